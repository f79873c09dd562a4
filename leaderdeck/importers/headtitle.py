"""A heading numbered as a question whose words do not ask (``### Question 1: Missed launch``) over a section that
opens with a ``**Question:** "..."`` line: the heading is the title of that question's note, not a second question.
"""

from __future__ import annotations

from .text import is_question
from .unit import Piece, Unit


def titles_labelled(question: str, before: list[Piece], first: Unit) -> bool:
    """Whether the heading's ``question`` (its words once the number is gone) names ``first``, the section's first
    question, asked on a ``Question:`` line with nothing but empty pieces ``before`` it."""
    return first.labelled and bool(first.question) and not first.title and not is_question(question) \
        and all(piece.empty for piece in before)


def take_over(unit: Unit, first: Unit) -> None:
    """``unit``, the heading's, becomes the note of ``first``: its question asked, the heading its title."""
    unit.title, unit.question = unit.question, first.question
    unit.pieces.extend(first.pieces)
    unit.variants.extend(first.variants)
    unit.follow_ups = (*unit.follow_ups, *first.follow_ups)
