"""A story's question under a label line of its own, among the story's parts::

    ## The flaky deploys
    **Scenario Prompt**
    > Tell me about a time you fixed a process nobody owned.
    - **Situation:** ...

A bold label standing alone over a paragraph is read as a sub-heading, so the label comes to the story as a
question piece holding that one paragraph (quoted or not). The paragraph asks: it is the story's question, not
text outside its parts.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import PARAGRAPH
from .text import is_question, unquote
from .unit import Piece


def asked_by_label(pieces: Sequence[Piece]) -> tuple[str, Piece] | None:
    """``(the question, its piece)`` for the first question piece of ``pieces`` holding one line that asks, on its
    label's line or as its only paragraph; ``None`` when there is none."""
    for piece in pieces:
        if piece.slot != "question":
            continue
        if piece.rest.strip():
            text = "" if piece.blocks else piece.rest.strip()
        else:
            text = piece.blocks[0].text.strip() if len(piece.blocks) == 1 and piece.blocks[0].kind is PARAGRAPH else ""
        text = unquote(text)
        if text and "\n" not in text and is_question(text):
            return text, piece
    return None
