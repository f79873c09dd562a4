"""A question's answer under a title of its own: ``### For "What's your weakness?"`` over
``**Framework: Name it → Fix it → Show progress**`` and the sample answer under that line.

A question with no answer of its own, whose only sub-section holds plain text (no question, no story told in
parts) under a title that names how to answer, is answered by that text: the sub-section makes no note of its
own, and its title stays as the answer's first line, in bold. Coaching the sub-section holds (red flags, tips)
goes with the answer. A sub-section that asks, or tells a story (:func:`.sections.tell_the_answer`), is read
as before.
"""

from __future__ import annotations

from .labels import STAR_SLOTS
from .sections import is_story
from .unit import Piece, Unit

_TEXT = (None, "answer")


def titled_answer(unit: Unit, below: list[Unit]) -> bool:
    """Whether the one unit of ``below`` answers ``unit`` (see the module); when so, it takes ``unit``'s question
    and what ``unit`` held, its title set at the top of its answer."""
    if len(below) != 1 or unit.sections \
            or any(p.slot in (*_TEXT, *STAR_SLOTS) and not p.empty for p in unit.pieces):
        return False
    told = below[0]
    if told.question or not told.title or told.story or is_story(told.slots()) \
            or not any(p.slot in _TEXT and not p.empty for p in told.pieces):
        return False
    told.pieces[:0] = [*unit.pieces, Piece(None, told.line, rest=f"**{told.title.strip(' *')}**")]
    told.question, told.title = unit.question, ""
    told.variants[:0] = unit.variants
    told.follow_ups = (*unit.follow_ups, *told.follow_ups)
    told.line = unit.line
    return True
