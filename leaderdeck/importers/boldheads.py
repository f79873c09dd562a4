"""Numbered bold group labels over sections: ``1. **Conflict Resolution**`` standing alone right above
``### Story 1: ...``, then ``2. **Perseverance**`` right above the next story's heading.

Markdown reads each label as a list of one item, so the sections after it are not under it, and the next label is
read as the last words of the story above it. A numbered item wholly in bold, alone in its list (no item right
before it) and right above a heading, two or more so, numbered in order, each above a heading of the same depth (two
or more), is a heading of its own one level above those headings: it heads the sections after it up to the next
label, and names what they show (:mod:`.grouphead`, :mod:`.principlegroups`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING, ITEM
from .text import strip_emphasis

_MIN_RUN = 2


def bold_group_heads(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each numbered bold group label of a run turned into a heading (see the module docstring);
    ``blocks`` itself when there is no such run."""
    found = [index for index in range(len(blocks) - 1) if _label(blocks, index)]
    if len(found) < _MIN_RUN:
        return blocks
    levels = {blocks[index + 1].level for index in found}
    numbers = [blocks[index].number or 0 for index in found]
    if len(levels) != 1 or min(levels) < 2 or numbers != sorted(set(numbers)):
        return blocks
    level = min(levels) - 1
    out = list(blocks)
    for index in found:
        block = blocks[index]
        out[index] = Block(HEADING, block.line, block.end, text=f"{block.number}. "
                           f"{strip_emphasis(block.text.strip())}", level=level)
    return out


def _label(blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index]`` is a numbered item wholly in bold on one line, at the margin, alone in its list and
    right above a heading."""
    block = blocks[index]
    if block.number is None or block.kind is not ITEM or block.indent or block.quoted or not block.bold \
            or "\n" in block.text.strip() or blocks[index + 1].kind is not HEADING:
        return False
    return not index or blocks[index - 1].kind is not ITEM
