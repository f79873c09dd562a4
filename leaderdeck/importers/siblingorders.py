"""A task set among a list's questions, each item over its own answer, is a prompt too.

A take-home or a set of scenario prompts may list what it asks as items, each followed by the writer's answer:

    - How would you assess the team's testing today?

    I would read the last quarter's incidents first ...

    - Draft a 30-day plan for taking over the team

    Week one is listening ...

The second item asks nothing (it orders work: draft, create, propose, outline ...), so it was read as more of the
answer above it, and its own answer with it. An item that opens with such an order is read as a prompt (as a ``Q:``
line is) when the item before it in the same list asks and is followed by text of its own, and the item itself is
followed by text (its answer) before the next item. An order with nothing under it, one told as I, a label ending in
a colon, or one in a list whose items do not ask, is left as it was.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, HEADING, ITEM
from .text import is_question
from .voice import first_person
from ..lazyre import lazy_re

_ORDER = lazy_re(r"^(?:please\s+)?(?:draft|create|design|propose|outline|prepare|write|suggest|recommend|sketch"
                 r"|present|define|develop|build|plan|list|identify|estimate|prioriti[sz]e|evaluate|compare)\s+\S",
                 re.IGNORECASE)
_INITIALS = frozenset("DCPOWSRBLIEdcpowsrblie")  # the first letters of the orders above
_MIN_WORDS = 4


def sibling_orders(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each order among a list's answered questions read as a prompt (see the module)."""
    if not any(b.kind is ITEM and b.text[:1] in _INITIALS for b in blocks):
        return blocks  # no item opening with an order's letter: most documents
    out = list(blocks)
    last: dict[int, int] = {}  # the index of the last item at each indent, in the list still open
    for index, block in enumerate(blocks):
        if block.kind is HEADING:
            last.clear()
            continue
        if index and block.indent < blocks[index - 1].indent:  # no list is deeper than the block above's indent
            for deeper in [k for k in last if k > block.indent]:  # a deeper list ended
                del last[deeper]
        if block.kind is not ITEM:
            continue
        before = last.get(block.indent)
        last[block.indent] = index
        if before is not None and _answered(blocks, index) and _order(block) and _answered(blocks, before) \
                and is_question(blocks[before].text):
            out[index] = dataclasses.replace(block, text=f"Q: {block.text}", lead="Q", rest=block.text, prompt=True)
    return out


def _order(block: Block) -> bool:
    """Whether ``block`` opens by ordering work, in a few words, neither told as I nor a label."""
    text = block.text.strip()
    return text[:1] in _INITIALS and not block.quoted and not text.endswith((":", "：")) \
        and len(text.split()) >= _MIN_WORDS and bool(_ORDER.match(text)) and not is_question(text) \
        and not first_person(text)


def _answered(blocks: Sequence[Block], index: int) -> bool:
    """Whether the item ``blocks[index]`` is followed by text of its own (not an item) at its indent or deeper."""
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return after is not None and after.kind is not ITEM and after.kind is not HEADING \
        and after.indent >= blocks[index].indent
