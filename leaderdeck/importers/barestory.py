"""A section titled by a heading that names no question (``## Story1``, ``## The flaky deploy``) whose text opens
with a STAR part's label (``Situation: ...``) and tells no other part but what came of it (``Impact:``): the story
the heading names, begun and not finished (a draft), rather than a Situation with no title above it."""

from __future__ import annotations

from .blocks import Block, RULE
from .parts import label_of
from .text import clean_title, is_question
from .unit import Unit

OPENING = frozenset({"situation"})  # the part a story is begun with ("Role:" may open a job's facts)
_TOLD_LATER = frozenset({"impact"})  # "Impact: ..." after the Situation: what came of it, still a story's


def begun_story(head: str, body: list[Block], slots: set[str]) -> bool:
    """Whether a section headed ``head`` (a name, no question) opens its ``body`` with the label of a story's
    first part and holds nothing else but its impact (``slots``, every slot read in it): a story begun under its
    name."""
    if not head or is_question(clean_title(head)) or not slots & OPENING or not slots <= OPENING | _TOLD_LATER:
        return False  # "**Situation:**" then "## Challenges:": a case's scene, not a story begun
    first = next((block for block in body if block.kind is not RULE), None)
    found = label_of(first) if first is not None else None
    return found is not None and found[0] in OPENING


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
