"""What an interviewer measures, over the questions that test it.

An interviewer's guide gives each competency a section: first what to measure ("Measure:", "What we measure",
"Look for", "What to assess:", "E1 Expectations:", a "Goal:" over the questions, or questions about "this person" in
the third person), then the questions to ask, under a ``Questions:`` or ``Sample questions:`` label or none. The
criteria are the signals of every one of that section's questions, however many there are; they are never
questions of their own. Tips stated with them above the questions ("**Tips:**" over how to answer) are every
question's too.
"""

from __future__ import annotations

from .unit import Piece, Unit

_SIGNALS = "signals"
_TIPS = "tips"


def measured(units: list[Unit], before: list[Piece]) -> list[Piece]:
    """Give the criteria a section opens with (``before``, read above its first question) to each of its questions
    (``units``) when every unit of the section asks (or its first was listed under a ``Questions:`` label); the
    criteria given."""
    if not units or not units[0].question or not units[0].labelled and not all(unit.question for unit in units):
        return []
    given = [p for p in before if p.slot == _SIGNALS and not p.heading and not p.empty]  # read above the first
    if given:  # how to answer, stated beside what is measured: for each question too
        given.extend(p for p in before if p.slot == _TIPS and not p.heading and not p.empty)
    for unit in units:
        unit.pieces.extend(given)
    return given
