"""A scenario's question written as a line of its own right after its list of challenges, with no label over it:
``Challenges:`` over ``- you cannot share the plan`` / ``- you do not want to lie``, then ``What would you say to
them?``. The line asks the scenario's question; it is no challenge. Items right under it that each ask
(``What would you do?`` over ``- Who do you talk to first?``) are the points to discuss.
"""

from __future__ import annotations

import dataclasses

from .blocks import PARAGRAPH, ITEM
from .text import ends_asking, is_question
from .unit import Piece


def closing_ask(pieces: list[Piece]) -> tuple[list[Piece], str]:
    """``pieces`` without the question closing a list of challenges, and that question (``""``: none). Only when the
    scenario has no task of its own to ask it."""
    if any(p.slot == "task" for p in pieces):
        return pieces, ""
    for index, piece in enumerate(pieces):
        blocks = piece.blocks
        if piece.slot != "challenges":
            continue
        points = len(blocks)  # the items asking after the question: points to discuss
        while points > 0 and blocks[points - 1].kind is ITEM and is_question(blocks[points - 1].text):
            points -= 1
        at = points - 1  # the question
        if at < 0 or blocks[at].kind is not PARAGRAPH \
                or (blocks[at - 1].kind is not ITEM if at else not piece.rest.strip()):
            continue  # under its list, or under a challenge stated on the label's own line ("Constraints: ...")
        last = blocks[at]
        if last.lead or last.quoted or "\n" in last.text.strip() or not ends_asking(last.text.rstrip()):
            continue
        asked = [Piece("discussion", blocks[points].line, blocks=blocks[points:])] if points < len(blocks) else []
        return [*pieces[:index], dataclasses.replace(piece, blocks=blocks[:at]), *asked, *pieces[index + 1:]], \
            last.text.strip()
    return pieces, ""
