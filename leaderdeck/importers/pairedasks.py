"""Two wordings of one question on one line, joined by a slash.

    ## Question 4: "How do you pick up a new tool? / How do you learn?"

Each side of the `` / `` asks (ends with a question mark): the first is the question, the others its variants. A
slash inside a question ("design/build", "Why A / B?") joins words, not questions, and stays. Quoted prompts joined
by "or" or a slash, the first asking (``"Who are you?" ou "Fale sobre você"``), are the question and its variants too
(:func:`~.orprompts.heading_alternatives`). Two sides in different scripts that each ask or request, whatever
mark closes them (``Describe a launch you led. / 描述一次你领导的发布。``, a bilingual bank's line), are one question
in two languages: the first is the question, the other its variant.
"""

from __future__ import annotations

from .cjkwrap import CJK
from .orprompts import heading_alternatives
from .text import ends_asking, is_question, unquote
from ..lazyre import lazy_re

_SLASH = lazy_re(r"\s+/\s+")
_CJK_CHAR = lazy_re(rf"[{CJK}]")


def paired_asks(question: str) -> tuple[str, list[str]]:
    """``(question, variants)`` for ``"Q1? / Q2?"`` (see the module); ``(question, [])`` for any other question."""
    if "/" in question:  # no slash, no second wording to split off: most questions
        sides = [unquote(side) for side in _SLASH.split(unquote(question))]
        if len(sides) >= 2 and all(side and ends_asking(side) for side in sides) or _translated(sides):
            return sides[0], sides[1:]
    offered = heading_alternatives(question)
    return (offered[0], offered[1:]) if offered else (question, [])


def _translated(sides: list[str]) -> bool:
    """Two sides, one written in CJK and the other not, each asking or requesting: one question in two languages."""
    if len(sides) != 2 or not all(sides):
        return False
    first, second = (_CJK_CHAR.search(side) is None for side in sides)
    return first != second and all(is_question(side) for side in sides)
