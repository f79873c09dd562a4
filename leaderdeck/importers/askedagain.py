"""A question heading whose sub-section asks the same question again: the page's title, not a second note.

``# How to answer "Tell me about yourself"`` over ``## Tell me about yourself.`` (answered there) and ``## Walk me
through your resume.``: the heading names the page's first question, and the sub-section asks it and holds its
answer. A heading with nothing of its own (no text, coaching, variants or follow-ups) then makes no note: one note
for the question, not a draft beside it. The heading is reported.
"""

from __future__ import annotations

from .text import clean_title
from .unit import Loose, Unit
from ..lazyre import lazy_re

_MARKS = lazy_re(r"[\W_]+")
ASKED_AGAIN = "the page's title: the question it names is asked again below it"


def asked_again(unit: Unit, below: list[Unit]) -> Loose | None:
    """What to report of ``unit`` (a question heading) when it titles a sub-section asking its question again;
    ``None`` when it has anything of its own or no sub-section asks it."""
    if unit.sections or unit.follow_ups or unit.variants or any(not piece.empty for piece in unit.pieces):
        return None
    own = _plain(unit.question)
    if not own or not any(other.question and _plain(other.question) == own for other in below):
        return None
    return Loose(unit.line, f"heading '{clean_title(unit.question)}'", ASKED_AGAIN)


def _plain(question: str) -> str:
    return " ".join(_MARKS.sub(" ", question.casefold()).split())
