"""An answer left to write: a question whose only answer is an empty item (``-``), then text pasted after it.

A bank copied from a guide reads ``7. Give an example of how you worked on a team.``, `` - `` (the writer's
answer, not written yet), blank lines, and then paragraphs of the guide's advice ("Improving upon a design:
Think about ..."). The empty item is the answer left to write: the question is a draft, and what follows it
after a blank line, when it does not speak as the writer ("I ..."), is no answer of it.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH
from .content import unfilled
from .unit import Unit
from .voice import first_person, to_you, unquoted


def left_to_write(unit: Unit | None, previous: Block | None, block: Block) -> bool:
    """Whether ``block`` comes after the empty item that is all ``unit``'s answer so far, standing apart from it
    at the question's margin or further out, and is not the writer's answer: advice to "you", or text with no
    first person."""
    if unit is None or not unit.question or not unit.pieces or block.kind is not PARAGRAPH \
            or block.indent > unit.indent or previous is None or previous.end >= block.line - 1 \
            or not unfilled(previous) or any(p.rest.strip() for p in unit.pieces) \
            or not all(unfilled(b) or not b.text.strip() for p in unit.pieces for b in p.blocks):
        return False  # where the block stands first, then the answer read so far: most blocks, before any text
    text = unquoted(block.text)
    return to_you(text) or not first_person(text)

