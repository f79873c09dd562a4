"""A case's backstory: ``## The story`` (bold or not) over the cast and stakes of a case, beside its scene and the
questions it asks to discuss, is the case's background, like ``## Background``; ``Story: name`` names a story."""

from __future__ import annotations

from .labels import SCENARIO_SLOTS, STAR_SLOTS, slot
from .outline import Node
from .text import clean_title
from .textreader import label_of as line_label

_CASE_PARTS = SCENARIO_SLOTS | {"task"}


def backstory(node: Node, tops: list[Node]) -> bool:
    """Whether ``node``, headed like a story's name label with no name after it, is the background of the case its
    sibling sections (among ``tops``, the document's outermost sections, or under its title) tell."""
    if slot(node.head.text) != "title" or line_label(clean_title(node.head.text))[1] or not node.body:
        return False
    siblings = next((top.children for top in tops if any(child is node for child in top.children)), tops)
    found = _slots(siblings)  # its own slot ("title") is neither a case's part nor a story's
    return bool(found & _CASE_PARTS) and not found & _TOLD


_TOLD = frozenset(STAR_SLOTS) - {"situation", "task"}
_LAST: list = [None, 0, frozenset()]  # the sections last read, their number and their slots


def _slots(sections: list[Node]) -> frozenset[str | None]:
    """The slots the headings of ``sections`` give, kept for the list last asked about: a bank of a thousand
    sections headed ``## Story`` asks it of the same list a thousand times."""
    if _LAST[0] is not sections or _LAST[1] != len(sections):
        _LAST[:] = [sections, len(sections), frozenset(slot(c.head.text) for c in sections if c.head is not None)]
    return _LAST[2]
