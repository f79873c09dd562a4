"""A story's name over its question: ``## Platform migration`` over ``*Tell me about ...*`` and ``### Situation``,
``### Task``, ... sub-sections. The heading names the story the question under it asks for, as a bold
``Story:`` line would: its title, not lost for the question's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .labels import STAR_SLOTS, star_slot

if TYPE_CHECKING:
    from .outline import Node

_FEWEST = 2  # parts: one sub-heading that happens to read "Result" is no story told in parts


def parts_below(node: "Node") -> bool:
    """Whether ``node``'s sub-sections are a story's parts (two or more, each headed by a STAR part's name)."""
    heads = [child.head.text for child in node.children if child.head is not None]
    return len(heads) >= _FEWEST and len(heads) == len(node.children) \
        and all(star_slot(head.strip(" *_:")) in STAR_SLOTS for head in heads)
