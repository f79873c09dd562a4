"""A section titled by a heading that names no question (``## Story1``, ``## The flaky deploy``) whose text opens
with a STAR part's label (``Situation: ...``) and tells no other part but what came of it (``Impact:``): the story
the heading names, begun and not finished (a draft), rather than a Situation with no title above it."""

from __future__ import annotations

from .blocks import Block, RULE
from .labels import STAR_SLOTS, normalise, star_slot
from .parts import label_of
from .placeholders import is_placeholder
from ..lazyre import lazy_re
from .text import clean_title, is_question
from .unit import Unit

OPENING = frozenset({"situation"})  # the part a story is begun with ("Role:" may open a job's facts)
_TOLD_LATER = frozenset({"impact"})  # "Impact: ..." after the Situation: what came of it, still a story's


def begun_story(head: str, body: list[Block], slots: set[str]) -> bool:
    """Whether a section headed ``head`` (a name, no question) opens its ``body`` with the label of a story's
    first part and holds nothing else but its impact (``slots``, every slot read in it): a story begun under its
    name."""
    if not head or is_question(clean_title(head)) or not slots & OPENING:
        return False
    if not slots - _FACTS <= OPENING | _TOLD_LATER and not (slots - _FACTS <= OPENING | _BLANK_LATER
                                                          and blank_parts(body)):
        return False  # "**Situation:**" then "## Challenges:": a case's scene, not a story begun
    found = next((found for block in body if block.kind is not RULE
                  and not ((found := label_of(block)) is not None and _fact(found))), None)
    return found is not None and found[0] in OPENING


_FACTS = frozenset({"competencies", "tags", "covers"})  # "Answers: Develop the Best" over the parts: what it shows
_BLANK_LATER = frozenset({"task", "impact"})  # "Situation: TBD" / "Task: TBD": a story still to write, not a case


def _fact(found: tuple[str, str, str]) -> bool:
    return found[0] in _FACTS or found[0] == "answer" and normalise(found[1]) == "answers"


def blank_parts(body: list[Block]) -> bool:
    """Whether every line of ``body`` with a STAR part's label leaves the part blank (``**Situation:** TBD``)."""
    parts = [line for block in body for line in block.text.splitlines()
             if (match := _PART_LINE.match(line.strip())) and star_slot(match["label"]) in STAR_SLOTS]
    return bool(parts) and all(not (rest := _PART_LINE.match(line.strip())["rest"].strip()) or is_placeholder(rest)
                               for line in parts)


_PART_LINE = lazy_re(r"^(?:\*\*|__)?(?P<label>[A-Za-z][\w /()-]{0,30}?)\s*[:：]?(?:\*\*|__)?\s*[:：]\s*(?P<rest>.*)$")


def name_begun(head: str, body: list[Block], units: list[Unit]) -> None:
    """The first of ``units`` read in a section headed ``head``, when it is a story begun under that name (see
    :func:`begun_story`) before questions of the section's own: titled by the heading, a story (a draft)."""
    first = units[0] if units else None
    if first is not None and not first.question and not first.title and begun_story(head, body, first.slots()):
        first.title = head
        mark_begun(first)


def mark_begun(unit: Unit) -> None:
    """``unit`` made a story begun under its name: a story (a draft until told), placed at its Situation."""
    unit.starred = True
    unit.line = next((piece.line for piece in unit.pieces if piece.slot in OPENING), unit.line)
