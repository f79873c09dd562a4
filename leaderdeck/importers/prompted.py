"""A short prompt heading with no question mark over the writer's own answer: one question and its answer.

Personal notes name a question in a few words (``##### Weaknesses``, ``## What You'd Do Differently``,
``## Most difficult bug - the socket storm``) and answer it under the heading in the first person, past or
present ("Sometimes I rush the details ...", "I would pair with the juniors sooner."), or in terse notes that
drop the pronoun ("Removed the extra servers by batching the messages."). The heading is the prompt, the text
its answer. Text that speaks to the reader (advice, instructions) or of others in the third person stays what it
was: reported under its heading.
"""

from __future__ import annotations

import re

from .aboutinterview import guide_essay
from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .jobsearch import tells_the_search
from .labels import normalise, slot
from .placeholders import is_placeholder
from .references import references
from .samples import numbered_sample
from .storyask import prompts_reader
from .text import QUESTION_MARKS, is_question, words
from .unit import Piece, Unit
from .voice import as_i, first_person, to_you, unquoted
from ..lazyre import lazy_re

_MAX_PROMPT_WORDS = 10
# labels that say their text is the writer's answer ("Example:" may be a sample under a principle's name)
_ANSWER_LABELS = frozenset({"answer", "a", "my answer", "response", "my response", "answer given"})
_SENTENCE_END = (".", ",", ";", ":", "!", *QUESTION_MARKS)
# a line of terse notes that opens on what was done: "Removed the extra servers", "Built a retry queue"
_DONE = lazy_re(r"^\W*(?:[A-Z][a-z]+ed|Built|Ran|Wrote|Led|Made|Cut|Took|Gave|Found|Kept|Drove|Set|Shipped)\b")
# a title naming one of the writer's stories: "Most difficult bug", "Conflict with my lead", "Biggest failure"; a
# superlative names a story when it qualifies the word after it ("Develop the Best" ends on it: a motto, no story)
_OWN_STORY = lazy_re(r"\b(?:most|biggest|hardest|toughest|worst|proudest|best|greatest)\s+[a-z]|\b(?:conflicts?|failures?"
                     r"|mistakes?|bugs?|stor(?:y|ies)|projects?|incidents?|setbacks?)\b", re.IGNORECASE)


# the writer speaking of the page itself ("I keep these notes for my loop"): an introduction, not an answer
_OF_THE_PAGE = lazy_re(r"(?:\bth(?:is|ese) (?:notes?|pages?|doc(?:ument)?s?|guides?|lists?|repo(?:sitory)?|files?"
                       r"|posts?|articles?|sections?)\b|\b(?:see|listed|written|shown) below\b)",
                       re.IGNORECASE)


_WHOLE_QUOTE = lazy_re(r"[*_]*[\"“]([^\"“”]+)[\"”][*_]*")


def _said(text: str) -> str:
    """The words of ``text`` when it is one quotation whole, its marks and emphasis aside; else ``""``."""
    found = _WHOLE_QUOTE.fullmatch(text.strip())
    return found.group(1) if found else ""


def prompt_heading(head: str) -> bool:
    """A heading that could name a question in a few words: one to ten words, no sentence, no label of ours, not
    itself asking (a heading that asks is read as a question already)."""
    text = head.strip()
    return 1 <= words(text) <= _MAX_PROMPT_WORDS and not text.endswith(_SENTENCE_END) and slot(text) is None \
        and not is_question(text) and not numbered_sample(text)  # "Example 2": a sample answer, no prompt


def answers_prompt(head: str, blocks: list[Block], told: bool = False) -> bool:
    """Whether ``blocks`` (the text under the heading ``head``, before any question) are the writer's answer to
    it (a quotation alone there is the writer's line to say, read as the writer's words): none labelled, asking or
    speaking of the page, fewer than half speaking to the reader (a prompt to the
    reader opening them, ``Write about ...``, aside: :mod:`.storyask`), and a third of them
    speaking as "I" (any tense), or, under a title naming one of the writer's stories, each in the first person or
    opening on what was done (terse notes). On a page of such prompts (``told``, :mod:`.promptpage`), text told as
    I that also speaks to "you" is the writer's words to the interviewer, not advice to the reader, under a
    heading of two words or more; text that only points to the writer's own notes (``[the launch
    story](./stories.md#launch)``) answers there too (the note a draft, the pointers its tips)."""
    told = told and words(head) > 1  # a lone word ("Common", "General") may name a group: no leeway for it
    texts = [b.text for b in blocks if b.kind in (PARAGRAPH, ITEM) and b.text.strip()]
    # one quotation alone under the heading (``> **“I’ve led three teams ...”**``): the line the writer means to say
    texts = [_said(texts[0])] if len(texts) == 1 and _said(texts[0]) else [unquoted(text) for text in texts]
    texts = texts[1:] if len(texts) > 1 and prompts_reader(texts[0]) else texts  # "Write about ..." over it
    if told and texts and prompt_heading(head) and points_only(texts):
        return True  # "## Tight deadline" over "[the launch story](./stories.md#launch)": answered in my notes
    if not texts or not prompt_heading(head) or any(b.lead and not b.plain for b in blocks) \
            or any(is_question(text.split("\n")[0]) or _OF_THE_PAGE.search(text) for text in texts) \
            or sum(1 for text in texts if to_you(text) and not (told and as_i(text))) * 2 >= len(texts) \
            or guide_essay(head, blocks) \
            or tells_the_search(texts):  # "## Phone Screens" over how my calls with recruiters went
        return False
    if sum(1 for text in texts if as_i(text)) * 3 >= len(texts):
        return True
    return bool(_OWN_STORY.search(head)) and all(
        first_person(text) or any(_DONE.match(line.strip()) for line in text.split("\n")) for text in texts)


def points_only(texts: list[str]) -> bool:
    """Whether every line of ``texts`` only points to the writer's own notes (``See [the story](./bank.md#x)``)."""
    return all(references(line) for text in texts for line in text.split("\n"))


def prompt_answered(pieces: list[Piece], line: int, head: str, hints: list[str],
                    meta: list[Piece], told: bool = False) -> tuple[list[Unit], list[Piece]]:
    """``([the note], the pieces left)`` when the unlabelled text of ``pieces`` (a section's text before any
    question) answers its heading ``head`` at ``line`` (:func:`answers_prompt`); ``([], pieces)`` otherwise."""
    text = [p for p in pieces if p.slot is None and not p.empty]
    if not text or not answers_prompt(head, [b for p in text for b in p.blocks], told):
        return [], pieces
    unit = Unit(line, question=head, hints=list(hints), meta=list(meta), pieces=text)
    return [unit], [p for p in pieces if p not in text]


def answer_labelled(pieces: list[Piece], line: int, end: int, head: str, hints: list[str],
                    meta: list[Piece]) -> tuple[list[Unit], list[Piece]]:
    """``([the note], the pieces left)`` when a prompt heading ``head`` (:func:`prompt_heading`) at ``line`` (its
    last line ``end``) opens on text under an answer's own label (``## Handling a missed deadline`` over ``**Answer:**
    I told them early ...``, or a candidate's turn, :mod:`.dialogue`; not a label that may name a sample,
    ``Example:``), right under it (nothing read off between them, such as a table of its own notes), and the text
    is no placeholder: the label says the text answers something, and the heading is all that names it. The note takes the labelled pieces (the answer, and coaching labelled beside it);
    text with no label stays where it was. ``([], pieces)`` when the section's text does not open on such an
    answer (text above the label may be the question, worded as no question is), or asks a question of its own."""
    filled = [p for p in pieces if not p.empty]
    if not filled or filled[0].slot != "answer" or normalise(filled[0].label) not in _ANSWER_LABELS \
            or filled[0].line > end + 2 or not prompt_heading(head) \
            or is_placeholder(" ".join([filled[0].rest, *(b.text for b in filled[0].blocks)])) or any(
            p.slot is None and any(is_question(b.text.split("\n")[0]) for b in p.blocks) for p in filled):
        return [], pieces
    taken = [p for p in pieces if p.slot is not None and p.slot != "noise" and not p.empty]
    unit = Unit(line, question=head.rstrip(" :"), hints=list(hints), meta=list(meta), pieces=taken)
    return [unit], [p for p in pieces if p not in taken]


def asks_somewhere(blocks: list[Block]) -> bool:
    """Whether a document's ``blocks`` ask a question anywhere (a heading, paragraph or item whose first line asks):
    a bank of questions, whose short headings may be prompts; a coaching page that asks none keeps its headings."""
    return any(is_question(b.text.split("\n")[0]) for b in blocks
               if b.kind in (HEADING, PARAGRAPH, ITEM) and b.text.strip())
