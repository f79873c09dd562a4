"""A heading that only states a fact of the heading right above it: ``## STORY 1: THE FLAKY TEST PURGE`` then
``### Tags: Quality, Ownership``, then the story's parts.

Read as a heading it would be the story's name (``Tags: Quality, Ownership``) and its label a topic; it is a line
of the story above instead, ``Tags: Quality, Ownership``, read like the same line written as a bold label.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH
from .labels import slot
from .text import strip_emphasis

_FACTS = frozenset({"tags", "competencies"})  # what a story shows; a heading naming a topic or level may head a group
_MAX_VALUE_WORDS = 12


def fact_heads(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each heading that states a fact (tags, competencies) right under a heading of a higher level
    turned into a label line of that heading's section; ``blocks`` itself when there is none."""
    found = {index: fact for index in range(1, len(blocks)) if (fact := _fact(blocks[index], blocks[index - 1]))}
    if not found:
        return blocks
    return [dataclasses.replace(block, kind=PARAGRAPH, level=0, text=f"**{found[index][0]}:** "
                                f"{found[index][1]}", lead=found[index][0], rest=found[index][1])
            if index in found else block for index, block in enumerate(blocks)]


def _fact(block: Block, above: Block) -> tuple[str, str] | None:
    """``(label, value)`` of ``block``, a heading ``Tags: a, b`` right under the heading ``above``; else ``None``."""
    if block.kind is not HEADING or above.kind is not HEADING or above.level >= block.level:
        return None
    label, colon, value = strip_emphasis(block.text.strip()).partition(":")
    value = value.strip()
    if not colon or not value or len(value.split()) > _MAX_VALUE_WORDS or slot(label.strip()) not in _FACTS:
        return None
    return label.strip(), value
