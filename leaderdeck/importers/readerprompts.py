"""Questions nested under a list of advice: prompts for the reader to think through, not a bank's questions.

A guide to telling stories lists what a story needs, each item opening with a bold phrase that its sentence runs
on from, with short questions nested under it for the reader to ask of their own story::

    - **Set the scene** with your team and your role.
      - Who depended on the work?
    - **Raise the stakes**, before you solve anything.
      - What would have been lost?

An item nested under such an item is no question of its own: the item above it is a sentence of advice (its bold
opening runs on into lower-case words or a comma, with no colon or dash naming it as a label, and it asks
nothing), and two items at least of its list are such sentences. A bank's group (``- **Ownership**: leaders
act for the whole company``, ``- **Conflict**``) names its questions and keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block, ITEM
from .text import is_question, plain_words
from ..lazyre import lazy_re

# "**Set the scene** with ...", "**End honestly**, not ...": a bold opening the sentence runs on from
_RUNS_ON = lazy_re(r"^(?:\*\*|__)[^*_:]+?(?:\*\*|__)(?:,\s*|\s+)[a-z(\"“']", re.UNICODE)
_MIN_ADVICE = 2


def reader_prompt(blocks: Sequence[Block], index: int) -> bool:
    """Whether the item at ``index`` is nested under a list of advice, a prompt for the reader (see the module
    docstring)."""
    block = blocks[index]
    if block.kind is not ITEM or not block.indent:
        return False
    parent = _parent(blocks, index)
    if parent is None or not _advises(blocks[parent]):
        return False
    return sum(1 for b in _siblings(blocks, parent) if _advises(b)) >= _MIN_ADVICE


def _parent(blocks: Sequence[Block], index: int) -> int | None:
    """The index of the item ``blocks[index]`` is nested in, if the blocks between are nested in it too."""
    depth = blocks[index].indent
    for at in range(index - 1, -1, -1):
        block = blocks[at]
        if block.indent < depth:
            return at if block.kind is ITEM and block.indent == depth - 1 else None
    return None


def _siblings(blocks: Sequence[Block], index: int) -> list[Block]:
    """The items of the list holding ``blocks[index]``, at its depth, as far as the list runs."""
    depth = blocks[index].indent

    def run(order: Sequence[Block]) -> list[Block]:
        out = []
        for block in order:
            if block.kind is not ITEM or block.indent < depth:
                break
            if block.indent == depth:
                out.append(block)
        return out

    return [*reversed(run([blocks[at] for at in range(index - 1, -1, -1)])), *run(blocks[index:])]


def _advises(block: Block) -> bool:
    """An item that is a sentence opening in bold and running on from it, asking nothing."""
    first = block.first_line.strip()
    return block.kind is ITEM and bool(_RUNS_ON.match(first)) and not is_question(plain_words(first)) \
        and not first.rstrip().endswith((":", "?"))
