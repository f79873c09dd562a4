"""A page that poses one question and answers it in sections titled in its own words.

A page titled by a name (``# Scenario: Three Engineers, Six Months``) whose own text is only the question it
poses (``_Describe your plan for ..._``, a request or a question), its sub-sections titled in the writer's own
words (``## Requirements & Prioritization``, ``## Risk Management``) and holding no question of their own, is one
note: that question, answered by those sections under their headings. Sections titled by a label we read
(``## Purpose``: what it tests; ``## Summary``: the one-liner) stay what their label says. The request may also be
quoted (``> How would you ...?``): then it is the note's question, the name staying its name. So is a section
whose own text is a ``**Question**:`` and a lead-in of the writer's own with nothing after it (``**Plan**:`` over
``#### Week 1`` and ``#### Week 2``): the sections under it are the answer.
"""

from __future__ import annotations

import dataclasses

from .blocks import PARAGRAPH
from .content import piece_text, section_text
from .labels import slot
from .outline import Node
from .text import is_question
from .unit import Piece, Unit


def answer_sections(units: list[Unit], before: list[Piece], children: list[tuple[Node, object]]) -> list[Node]:
    """The sub-sections (``children``: each node with what reading it gave) that answer the one question a
    section's own text poses (``units``), when that question has no answer of its own and no text stands above
    it (``before``); ``[]`` otherwise."""
    if len(units) != 1 or not units[0].question:
        return []
    if units[0].title and any(piece_text(p).strip() for p in units[0].pieces):
        return []  # a named story or scene with text of its own: not a page posing one question
    if any(p.slot in (None, "answer") and piece_text(p).strip() and not lead_ins_only(p)
           for p in [*before, *units[0].pieces]):
        return []  # "**Plan**:" alone over the sections: the writer's lead-in to them, no answer of its own
    if any(result.units for _, result in children):
        return []
    found = [child for child, result in children if child.head is not None and not result.orphans
             and slot(child.head.text) is None and section_text(child).strip()]
    return found if len(found) >= 2 else []


def lead_ins_only(piece: Piece) -> bool:
    """An unlabelled piece that is only bold lead-ins with nothing after them (``**Investigation Approach**:``): a
    label we do not know, over nothing of its own."""
    texts = [b for b in piece.blocks if b.text.strip() or b.rows]
    return piece.slot is None and bool(texts) and all(b.lead and not b.rest.strip() for b in texts)


def posed_prompt(pieces: list[Piece]) -> tuple[str, list[Piece]] | None:
    """A Q&A note named only by its title (``Scenario: name``, nothing under that label) whose text opens with
    the one-line request it poses, quoted or not: that request as the question, and the pieces left (the name's
    own piece goes; the name stays the note's). ``None`` for any other note."""
    named = next((p for p in pieces if p.slot), None)
    if named is None or named.slot != "scenario" or not named.rest or named.blocks:
        return None
    opener = next((p for p in pieces if p.line > named.line and p.slot is None and p.blocks), None)
    first = opener.blocks[0] if opener is not None else None
    text = first.text.strip().strip("_*").strip() if first is not None else ""
    if first is None or first.kind is not PARAGRAPH or "\n" in text or not is_question(text):
        return None
    left = dataclasses.replace(opener, blocks=opener.blocks[1:])
    return text, [left if p is opener else p for p in pieces if p is not named]
