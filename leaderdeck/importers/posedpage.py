"""A page that poses one question and answers it in sections titled in its own words.

A page titled by a name (``# Scenario: Three Engineers, Six Months``) whose own text is only the question it
poses (``_Describe your plan for ..._``, a request or a question), its sub-sections titled in the writer's own
words (``## Requirements & Prioritization``, ``## Risk Management``) and holding no question of their own, is one
note: that question, answered by those sections under their headings. Sections titled by a label we read
(``## Purpose``: what it tests; ``## Summary``: the one-liner) stay what their label says.
"""

from __future__ import annotations

from .content import piece_text, section_text
from .labels import slot
from .outline import Node
from .unit import Piece, Unit


def answer_sections(units: list[Unit], before: list[Piece], children: list[tuple[Node, object]]) -> list[Node]:
    """The sub-sections (``children``: each node with what reading it gave) that answer the one question a
    section's own text poses (``units``), when that question has no answer of its own and no text stands above
    it (``before``); ``[]`` otherwise."""
    if len(units) != 1 or not units[0].question or units[0].title:
        return []
    if any(p.slot in (None, "answer") and piece_text(p).strip() for p in [*before, *units[0].pieces]):
        return []
    if any(result.units for _, result in children):
        return []
    found = [child for child, result in children if child.head is not None and not result.orphans
             and slot(child.head.text) is None and section_text(child).strip()]
    return found if len(found) >= 2 else []
