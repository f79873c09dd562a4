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
    siblings = next((top.children for top in tops if node in top.children), tops)
    found = {slot(c.head.text) for c in siblings if c is not node and c.head is not None}
    return bool(found & _CASE_PARTS) and not found & (set(STAR_SLOTS) - {"situation", "task"})
