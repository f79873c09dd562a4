"""The advice that turns a list of red flags round: what to do instead.

    Avoid:

    > First I joined a bank...
    >
    > Then I moved to a startup...

    Instead, open with the team you built.

Under a red-flag label, the examples to avoid are quoted or listed; a plain paragraph after them that opens with a
word of contrast ("Instead", "Rather", "Better") is the advice to follow: a tip, not one more red flag.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import BlockKind
from .text import plain_words
from .unit import Piece
from ..lazyre import lazy_re

_CONTRAST = lazy_re(r"^(?:instead|rather|better|do this instead|what works(?: better)?)\b", re.IGNORECASE)


def turned_apart(piece: Piece) -> list[Piece]:
    """``piece``, and when it is a red-flag piece, its paragraphs of contrary advice after its examples as a tips
    piece of their own (see the module docstring)."""
    if piece.slot != "redflags":
        return [piece]
    turned, seen = [], False
    for block in piece.blocks:
        if block.quoted or block.kind is BlockKind.ITEM:
            seen = True
        elif seen and block.kind is BlockKind.PARAGRAPH and not block.lead \
                and _CONTRAST.match(" ".join(plain_words(block.text).split())):
            turned.append(block)
    if not turned:
        return [piece]
    kept = dataclasses.replace(piece, blocks=[b for b in piece.blocks if all(b is not t for t in turned)])
    return [kept, Piece("tips", turned[0].line, blocks=turned)]
