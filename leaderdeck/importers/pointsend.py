"""Text after a case's list of discussion points that asks nothing: words to the reader, not a point's question.

A case lists what to discuss, then often closes with a line to the reader ("Once you are done, you can read how
others solved it"). Set after a ``---`` rule that ends the list, or speaking to the reader, such a paragraph is
reported, never filed as a question of the last point. A paragraph that asks (or requests, "Describe ...") stays.
"""

from __future__ import annotations

import dataclasses

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .text import is_question
from .unit import Piece
from .voice import to_you

_CLOSING = "text after the discussion points"
_WHY = "words to the reader, not a question to discuss"


def after_points(pieces: list[Piece]) -> tuple[list[Piece], list[Skipped]]:
    """``pieces`` without the paragraphs closing a list of discussion points that ask nothing, and their report
    lines."""
    out: list[Piece] = []
    skipped: list[Skipped] = []
    for piece in pieces:
        closing = _closing(piece.blocks) if piece.slot == "discussion" else []
        skipped.extend(Skipped(b.line, _CLOSING, _WHY) for b in closing)
        out.append(dataclasses.replace(piece, blocks=[b for b in piece.blocks if b not in closing])
                   if closing else piece)
    return out, skipped


def _closing(blocks: list[Block]) -> list[Block]:
    """The paragraphs at the list's margin after its last item (no heading among the points) that ask nothing and
    follow a rule or speak to the reader."""
    if any(b.kind is HEADING for b in blocks):
        return []  # points given as sub-headings: a paragraph under one is that point's text
    items = [b for b in blocks if b.kind is ITEM]
    if not items:
        return []
    margin = min(b.indent for b in items)
    closing: list[Block] = []
    ruled = False
    for block in blocks[blocks.index(items[-1]) + 1:]:
        if block.kind is RULE:
            ruled = True
        elif block.kind is PARAGRAPH and block.indent <= margin and block.text.strip() \
                and not is_question(block.text) and (ruled or to_you(block.text)):
            closing.append(block)
    return closing
