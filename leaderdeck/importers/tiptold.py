"""A one-line tip under a question, then the writer's answer told as I: the answer, not more of the tip.

``*Tip: open with the product, not the pay.*`` (or ``Note:``, ``Interviewers look for: ...``) written on one line
with its words, right under a question, is coaching complete on its line. A paragraph after it told in the first
person (``I use the product daily ...``) is the writer's answer: coaching speaks to the reader, never as I. A
paragraph that does not speak as I or we stays with the label above it, as do the items of a list under it.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH
from .unit import Piece
from .voice import first_person

_ONE_LINE_COACHING = frozenset({"tips", "signals", "redflags"})


def told_after_tip(piece: Piece, block: Block, asked: bool) -> bool:
    """Whether ``block`` ends ``piece``, a coaching label with its words on its own line (see the module), under a
    question (``asked``): a paragraph at the label's depth told as I or we."""
    opener = piece.opener
    return asked and piece.slot in _ONE_LINE_COACHING and bool(piece.rest.strip()) and not piece.blocks \
        and opener is not None and opener.kind is PARAGRAPH and "\n" not in opener.text.strip() \
        and block.kind is PARAGRAPH and not block.lead and block.indent <= piece.indent \
        and first_person(block.text)
