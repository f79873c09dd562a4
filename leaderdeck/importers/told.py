"""Stories told without a question or STAR labels: a title, then what happened in the teller's own words.

A personal story bank often reads ``Interpersonal conflict story`` (a bare line, or a ``## heading``) and then
bullets or lines in the first person. Such a titled run of narrative is one note: its title stands in for the
question (the report asks for the question), the narrative is its answer. A title whose text is not told in the
first person (advice, pasted code, a list of facts) stays text, reported under its own title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, PARAGRAPH, ITEM, RULE
from .labels import slot
from .text import ASK, QUESTION_MARKS, is_bare_link, is_question, words
from .voice import first_person, in_past, to_you, unquoted
from ..lazyre import lazy_re

_MAX_TITLE_WORDS = 10
_MAX_HEAD_WORDS = 16
_SENTENCE_END = (".", ",", ";", "!", *QUESTION_MARKS)
_INNER_STOP = lazy_re(rf"[.!…{ASK}]\s")
_CODE_END = ("{", "[", "(", "=", "=>", ");")
# a title naming the questions that follow, not a story: "Behavioral questions", "高频bq问题" (frequent questions)
_QUESTIONS = lazy_re(r"(?:\bquestions|问题|問題|質問|질문)\W*$", re.IGNORECASE)
# a page's title that names the questions it lists, a word or more after them: "Top 5 Behavioral Questions for
# Managers", "12 Questions I Ask Every Candidate", "Interview Questions & Answers" (never one story's name)
_LISTS_QUESTIONS = lazy_re(r"\b\d{1,4}\b.*\bquestions\b|\b(?:interview|behaviou?ral|leadership) questions\b"
                           r"|\bquestions\s*(?:and|&)\s*answers\b|\bQ\s*&\s*A\b", re.IGNORECASE)
# a title that names what it heads as one story of the teller's: "Outage story #3", "Project that went well: #1"
_STORY_NOUN = lazy_re(r"\b(?:stor(?:y|ies)|project|failure|success|mistake|incident|conflict|win|setback)\b",
                      re.IGNORECASE)


@dataclass(slots=True)
class Run:
    """Blocks under one title line (``title`` None: the blocks before the first title)."""

    title: Block | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def name(self) -> str:
        return title_text(self.title) if self.title is not None else ""


def title_text(block: Block) -> str:
    return block.text.strip().rstrip(":").strip()


def runs(blocks: list[Block]) -> list[Run]:
    """``blocks`` cut at the title lines among them."""
    out = [Run(None)]
    previous: Block | None = None
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if heads_text(block, previous, following):
            out.append(Run(block))
        elif block.kind is not RULE:
            out[-1].blocks.append(block)
        previous = block
    return [run for run in out if run.title is not None or run.blocks]


def names(title: str, most: int = _MAX_TITLE_WORDS, least: int = 2) -> bool:
    """A title that could name a story: two to ten words, no sentence in it, asking nothing, no label of ours."""
    text = title.strip().rstrip(":").strip()
    return least <= words(text) <= most and not text.endswith(_SENTENCE_END + _CODE_END) \
        and not _INNER_STOP.search(text) and not is_question(text) and slot(text) is None and not _QUESTIONS.search(text) \
        and not (("uestion" in text or "&" in text) and _LISTS_QUESTIONS.search(text))


def heads_text(block: Block, previous: Block | None, following: Block | None) -> bool:
    """Plain text: a line of its own that heads what follows (a group's one word, or a title of up to
    :data:`_MAX_HEAD_WORDS`; a colon may close it), after a blank line or a rule, with text right under it."""
    text = block.text.strip()
    if block.kind is not PARAGRAPH or not block.plain or block.quoted or block.indent or "\n" in text \
            or block.rest or not names(text, _MAX_HEAD_WORDS, 1):
        return False
    apart = previous is None or previous.kind is RULE or previous.end < block.line - 1
    return apart and following is not None and following.kind in (PARAGRAPH, ITEM)


def is_told(blocks: list[Block], closed: bool = False) -> bool:
    """What happened, told in the first person: two lines or paragraphs or more (in plain text, one paragraph of two
    sentences or more; one paragraph too when a reflection closes it, ``closed``: ``*Lesson:* ...``), none of them
    labelled, a third of
    them saying "I", "my" or "we" and a verb in the past outside quotes (advice quotes what to say and an
    introduction speaks of the page, in the present; a story says what the teller did). A line that is only a link
    (``[a talk on it](https://...)``) is a reference, no line of what happened."""
    texts = [b.text for b in blocks if b.kind in (PARAGRAPH, ITEM) and b.text.strip() and not is_bare_link(b.text)]
    if len(texts) < (1 if closed or _one_told(blocks) else 2) or len(texts) < len(blocks) / 2 \
            or any(b.lead and not b.plain for b in blocks):
        return False
    told = sum(1 for text in texts if first_person(bare := unquoted(text)) and in_past(bare))
    return told * 3 >= len(texts)


def _one_told(blocks: list[Block]) -> bool:
    """Plain text: one paragraph of two sentences or more is enough to tell a story."""
    return len(blocks) == 1 and blocks[0].plain and blocks[0].kind is PARAGRAPH \
        and len(_INNER_STOP.findall(blocks[0].text.strip())) >= 1


def is_noted(title: str, blocks: list[Block]) -> bool:
    """What happened, in terse notes that drop the pronoun ("Missed the edge cases. Led to bugs."), under a title
    naming one story ("Outage story #3 maybe:"): two lines or more, none labelled, a third of them in the past (a
    line may open on its verb: "Missed ...") and not speaking to the reader. Tips under a title speak in the present
    or to the reader: they stay text, and so do boxes to tick (``- [ ] Metrics ready``, ``- [ ] Gaps identified``):
    a checklist, however its lines are worded."""
    texts = [b.text for b in blocks if b.kind in (PARAGRAPH, ITEM) and b.text.strip()]
    if not _STORY_NOUN.search(title) or not names(title, _MAX_HEAD_WORDS) or len(texts) < 2 \
            or len(texts) < len(blocks) / 2 or any(b.lead and not b.plain for b in blocks) \
            or sum(1 for b in blocks if b.box) * 2 >= len(texts):
        return False
    past = sum(1 for text in texts if in_past((bare := unquoted(text)).lower()) and not to_you(bare))
    return past * 3 >= len(texts)
