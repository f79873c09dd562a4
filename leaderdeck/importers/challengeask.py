"""A scenario's question written as a line of its own right after its list of challenges, with no label over it:
``Challenges:`` over ``- you cannot share the plan`` / ``- you do not want to lie``, then ``What would you say to
them?``. The line asks the scenario's question; it is no challenge.
"""

from __future__ import annotations

import dataclasses

from .blocks import PARAGRAPH, ITEM
from .text import ends_asking
from .unit import Piece


def closing_ask(pieces: list[Piece]) -> tuple[list[Piece], str]:
    """``pieces`` without the question closing a list of challenges, and that question (``""``: none). Only when the
    scenario has no task of its own to ask it."""
    if any(p.slot == "task" for p in pieces):
        return pieces, ""
    for index, piece in enumerate(pieces):
        blocks = piece.blocks
        if piece.slot != "challenges" or len(blocks) < 2 or blocks[-1].kind is not PARAGRAPH \
                or blocks[-2].kind is not ITEM:
            continue
        last = blocks[-1]
        if last.lead or last.quoted or "\n" in last.text.strip() or not ends_asking(last.text.rstrip()):
            continue
        return [*pieces[:index], dataclasses.replace(piece, blocks=blocks[:-1]), *pieces[index + 1:]], \
            last.text.strip()
    return pieces, ""
