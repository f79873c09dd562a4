"""List items that ask inside an answer: the teller's agenda or reasoning steps, not new questions.

An answer often lays out a plan or the questions its teller works through as a list ("I keep a fixed shape:" over
"- 5 min: how is the person doing?", "I start from the problem:" over "- Where are we today?"). Such an item is
part of the answer being read when the answer's question is known and was not itself a list item (the document's
questions are shaped otherwise: a heading, a ``Q:`` line), and either

- the list is introduced by a line of that answer ending in a colon (the answer's own lead-in) that does not
  speak of questions ("Some typical questions are:" heads a bank), or
- the item's question follows a short label of the teller's and goes on in lower case (``5 min: how ...?``, a
  step of an agenda) in a list where another item asks nothing.

A list of questions after an answer with no such lead-in (``- Why do you want to join?``) stays a list of questions,
and so does a list whose items have their own answers nested under them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block, HEADING, ITEM
from .text import is_question
from .unit import Piece, Unit
from ..lazyre import lazy_re

_STEP = lazy_re(r"^[^:?\n*]{1,30}:\s+[a-z]")  # "5 min: how are they doing?": a step's label, the ask in lower case
_ANSWER_PIECES = (None, "answer")
_MAX_STEPS = 60  # blocks of a list that an answer lays out; a longer list is a bank
_NAMES_QUESTIONS = lazy_re(r"\bquestions?\b", re.IGNORECASE)  # "Some typical questions are:": a bank's lead-in


def _list_bounds(blocks: Sequence[Block], index: int) -> tuple[int, int] | None:
    """The indexes of the first item of the list ``blocks[index]`` is an item of, and one past its last block;
    ``None`` for a list longer than an answer's steps run (a bank of questions), which is not walked further."""
    item = blocks[index]
    start = index
    while start > 0 and (blocks[start - 1].indent > item.indent
                         or blocks[start - 1].kind is ITEM and blocks[start - 1].indent == item.indent):
        start -= 1
        if index - start > _MAX_STEPS:
            return None
    while start < index and not (blocks[start].kind is ITEM and blocks[start].indent == item.indent):
        start += 1
    end = index + 1
    while end < len(blocks) and (blocks[end].indent > item.indent
                                 or blocks[end].kind is ITEM and blocks[end].indent == item.indent):
        end += 1
        if end - start > _MAX_STEPS:
            return None
    return start, end


def _in_answer(block: Block, piece: Piece | None) -> bool:
    """Whether ``block`` was read into ``piece``, a piece of an answer (labelled so, or not labelled)."""
    return piece is not None and piece.slot in _ANSWER_PIECES \
        and (piece.opener is block and bool(piece.rest.strip()) or any(b is block for b in reversed(piece.blocks)))


def asks_in_answer(blocks: Sequence[Block], index: int, unit: Unit | None, piece: Piece | None,
                   under_question: bool) -> bool:
    """Whether ``blocks[index]``, a list item that asks, is a step of the answer being read, not a new question."""
    block = blocks[index]
    if block.kind is not ITEM or not is_question(block.first_line):
        return False
    if unit is not None and (not unit.question or unit.from_item) or unit is None and not under_question:
        return False
    if (bounds := _list_bounds(blocks, index)) is None:
        return False
    start, end = bounds
    if any(b.indent > block.indent for b in blocks[start:end]):
        return False  # "- Why this team?" over its own answer nested under it: a list of questions answered
    lead_in = blocks[start - 1] if start > 0 else None
    if lead_in is not None and lead_in.kind is not HEADING and lead_in.indent <= block.indent \
            and lead_in.text.rstrip(" *_").endswith(":") and not _NAMES_QUESTIONS.search(lead_in.text) \
            and _in_answer(lead_in, piece):
        return True  # "**A**: I start from the problem:" over "- Where are we today?"
    if not _STEP.match(block.first_line) or piece is None or piece.slot not in _ANSWER_PIECES or piece.empty:
        return False
    items = [b for b in blocks[start:end] if b.kind is ITEM and b.indent == block.indent]
    return any(not is_question(b.first_line) for b in items)  # "- Rest: whatever they bring"
