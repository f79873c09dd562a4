"""Label lines and the parts of a story: which block labels (``**Situation:**``, ``Tips``, ``S:``), a table told
a STAR part per row, a title line standing over a story, and when a STAR label goes on or starts another story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block, PARAGRAPH, ITEM
from .coachlabels import coach_label, verdict_label
from .labels import STAR_SLOTS, numbered_story, slot, star_slot
from .postscript import postscript_label
from .text import QUESTION_MARKS, ends_asking, is_question, words
from .unit import Unit
from ..lazyre import lazy_re

MAX_LABEL_WORDS = 8
_MAX_TITLE_WORDS = 12


def label_of(block: Block) -> tuple[str, str, str] | None:
    """``(slot, label, rest)`` when ``block`` is a label line."""
    if block.kind not in (PARAGRAPH, ITEM):
        return None
    if block.lead and (found := slot(block.lead) or coach_label(block) or postscript_label(block)  # "Strategy:"
                       or verdict_label(block)):  # '**Bad:** "We just fixed it."'
        return found, block.lead, block.rest
    if block.lead and block.rest and numbered_story(block.lead):  # "Story 2: Cutting costs" after a story's Result
        return "title", block.lead, block.rest
    if block.plain and not block.lead and block.kind is PARAGRAPH and words(block.text) <= MAX_LABEL_WORDS:
        if (found := slot(block.text)) and not (ends_asking(block.text.rstrip()) and found in _ASKABLE):
            return found, block.text, ""  # "What they are looking for" on its own line labels; it does not ask
    if not block.plain and not block.lead and block.kind is PARAGRAPH \
            and "\n" not in block.text and words(block.text) <= _MAX_ANSWER_LABEL and _ANSWER_WORD.search(block.text) \
            and slot(block.text.strip(" *_:")) == "answer":
        return "answer", block.text.strip(" *_:"), ""  # "Recommended Answer" alone on its line (in a box too), over it
    return None


_MAX_ANSWER_LABEL = 4
_ANSWER_WORD = lazy_re(r"\b(?:answer|response)\b", re.IGNORECASE)


# labels that also read as questions: a bare line "Question" is a label; "Questions?" asks nothing either
_ASKABLE = frozenset({"question", "container", "covers", "variants", "followups", "clarify", "discussion", "signals",
                      "tips", "redflags", "answer"})


def is_title_line(block: Block) -> bool:
    """A short line of plain text that names rather than says: no label of ours, no question, no sentence end."""
    text = block.text.strip()
    return (block.kind is PARAGRAPH and block.plain and not block.quoted and block.indent == 0
            and "\n" not in text and 0 < words(text) <= _MAX_TITLE_WORDS and label_of(block) is None
            and not text.endswith((".", ",", ";", ":", "!", *QUESTION_MARKS)) and not is_question(text))


ANSWERING = frozenset({"answer", *STAR_SLOTS})


def goes_on(unit: Unit, name: str) -> bool:
    """A STAR label naming a part read already that does not start another story: the part just read named
    again ("Action (immediate):" then "Action (follow-up):"), or a later part than the story opened with (a
    closing "Result: the team bought in." after the Learning). The part the story opened with, or an earlier
    one, named again starts another story."""
    last = next((p.slot for p in reversed(unit.pieces) if p.slot in STAR_SLOTS), None)
    first = next((p.slot for p in unit.pieces if p.slot in STAR_SLOTS), None)
    return last == name or first is not None and STAR_SLOTS.index(name) > STAR_SLOTS.index(first)


def story_part(found: tuple[str, str, str], unit: Unit) -> bool:
    """A STAR part's label (``A:`` after ``S:``/``T:`` is the action, ``Response:`` the result, as the note's kind
    reads them)."""
    name, label, _ = found
    return name in STAR_SLOTS or name == "answer" and star_slot(label) in STAR_SLOTS \
        and bool(unit.slots() & set(STAR_SLOTS))


_AIMS = frozenset({"goal", "goals", "objective", "objectives", "aim", "purpose"})


def aims_question(unit: Unit | None, asked: bool, label: str, following: Block | None,
                  after: Sequence[Block] = ()) -> bool:
    """``**Goal**: Show architectural thinking`` right under a question (``unit``'s, or the heading's when
    ``asked``), before its ``**Answer**:``: what the question tests (a coaching signal), not the story's task. So
    is a goal over a story whose labelled parts, right after it, open on its Situation and name a Task of their
    own (``- **S**: ...`` ``- **T**: ...``: the ``after`` blocks): the story has its task, the goal is what it
    should show. A goal told inside a story's parts stays its task."""
    under = asked if unit is None else bool(unit.question) and not unit.slots()
    if not under or label.strip(" *_:").casefold() not in _AIMS:
        return False
    found = label_of(following) if following is not None else None
    if found is not None and found[0] == "situation":
        return _names_task(after)
    return found is not None and found[0] == "answer"


GOAL_REACH = 8  # the labelled parts read past the goal for the story's own Task (only so many of ``after``)


def _names_task(blocks: Sequence[Block]) -> bool:
    """One of the labelled blocks that open ``blocks`` (a story's parts, one after another) is its Task."""
    for block in blocks[:GOAL_REACH]:
        found = label_of(block)
        if found is None:
            return False
        if found[0] == "task":
            return True
    return False
