"""Text above a question is never its answer: a labelled piece the section wrote before the question asks
(``**Impact:**`` over a list, then ``- Why do reviews take four days?``) is reported, not taken as the reply."""

from __future__ import annotations

from .base import Skipped
from .content import piece_text
from .unit import Piece, Unit

_ANSWERING = frozenset({"answer", "question"})  # a label that asks or answers, however it is placed


def below_question(unit: Unit, question: str, content: list[Piece]) -> tuple[list[Piece], list[Skipped]]:
    """``content`` without the labelled pieces written above the question's own line, and those reported."""
    above = [p for p in content if question and p.slot is not None and p.slot not in _ANSWERING
             and p.line < unit.line and piece_text(p)]
    skipped = [Skipped(p.line, f"'{p.label.strip(' *:') or p.slot}'", f"above the question on line {unit.line}, "
                       "not its answer") for p in above]
    return [p for p in content if p not in above], skipped
