"""Questions nested under a question item: that question's follow-ups.

    - What career growth did you have in your last role?
      - What did you get better at?
      - What did you struggle with?

Every item nested under the question asks, so none of them is its answer or a question of its own: each is a
follow-up of the question above it (kept as a follow-up tip, as plain text's indented questions are). A nested list
that also says something (an answer that asks a question along the way) is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING, ITEM
from .text import ends_asking, is_criterion, is_question
from .unit import Unit


def follow_up_of(blocks: Sequence[Block], index: int, unit: Unit | None) -> bool:
    """Whether the block at ``index`` is a follow-up nested under the question item that started ``unit`` (read
    with nothing else under it yet): an item in a nested run of items that all ask."""
    block = blocks[index]
    if unit is None or not unit.question or block.kind is not ITEM or any(not p.empty for p in unit.pieces):
        return False
    start = index - 1
    while start >= 0 and blocks[start].line > unit.line:  # back to the item that asked, no further
        start -= 1
    if start < 0 or blocks[start].line != unit.line or blocks[start].kind is not ITEM \
            or block.indent <= blocks[start].indent:
        return False
    parent = blocks[start]
    end = start + 1
    while end < len(blocks) and blocks[end].indent > parent.indent and blocks[end].kind is not HEADING:
        end += 1
    run = blocks[start + 1:end]
    return index < end and all(_asks(b) for b in run)


def _asks(block: Block) -> bool:
    """A nested item that only asks, of the one answering ("What did you struggle with?")."""
    text = block.text.strip()
    return block.kind is ITEM and not block.lead and "\n" not in text and is_question(text) \
        and ends_asking(text, "\"”’)") and not is_criterion(text)
