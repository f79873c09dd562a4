"""A bank of the writer's own answers keeps its terse ones: under one question, ``Lead with data. Name the
trade-off. Write it down.`` beside other questions answered as I or we.

On a coaching page, a paragraph or list under a question made only of imperatives is advice to the reader (its
tips, the note a draft). In a bank where the writer answers their own questions, telling most of them as I or we,
and labels no coaching anywhere (no tips, signals or red flags), the same imperatives are the writer's notes of
what they will say: the answer, as terse as they wrote it. Such a bank is marked on its units
(``Unit.own_answers``) before its notes are made.
"""

from __future__ import annotations

from .labels import COACH_SLOTS
from .unit import Unit
from .voice import first_person, unquoted

_LEAST = 2  # questions answered as I or we, at least, and at least half of the answered ones


def mark_own_answers(units: list[Unit]) -> None:
    """Mark ``units`` as a bank of the writer's own answers (see the module) when it is one."""
    if len(units) < _LEAST + 1 or any(p.slot in COACH_SLOTS for unit in units for p in unit.pieces) \
            or any(unit.asides or unit.follow_ups for unit in units):
        return  # a page labelling coaching, or too short to be a bank
    answered = [texts for unit in units if unit.question.strip() and (texts := _texts(unit))]
    needed = max(_LEAST, -(-len(answered) // 2))  # told as I or we: at least two, and at least half
    told = 0
    for texts in answered:
        if any(first_person(unquoted(text)) for text in texts):
            told += 1
            if told == needed:  # a bank of the writer's own answers whatever the rest tell: no need to read them
                break
    if told < needed:
        return
    for unit in units:
        unit.own_answers = True


def _texts(unit: Unit) -> list[str]:
    """The unlabelled text under a unit's question: its answer as written."""
    return [b.text for p in unit.pieces if p.slot in (None, "answer") for b in p.blocks if b.text.strip()] \
        + [p.rest for p in unit.pieces if p.slot in (None, "answer") and p.rest.strip()]
