"""A section's closing reflections: text told in the first person under a heading that does not ask, then a line
or two labelled as what the teller learned (``*Lesson:* ...``, ``**What could have gone better:** ...``).

The scanner starts a story at such a label, but a reflection alone tells no story: it closes the text above it.
Its pieces go back after that text, so the text and its reflection are read as one story (:mod:`.telling`).
"""

from __future__ import annotations

from .unit import Piece, Unit


def reflections_back(units: list[Unit], before: list[Piece]) -> tuple[list[Unit], list[Piece]]:
    """``(units, before)`` with a first unit made only of reflections (learning labels, no question, no title, no
    other part) moved back after the section's own unlabelled text it closes."""
    if not units or not before or before[-1].slot is not None or before[-1].empty:
        return units, before
    first = units[0]
    if first.question or first.title or not first.pieces or any(p.slot != "learning" for p in first.pieces):
        return units, before
    return units[1:], [*before, *first.pieces]
