"""Two wordings of one question on one line, joined by a slash.

    ## Question 4: "How do you pick up a new tool? / How do you learn?"

Each side of the `` / `` asks (ends with a question mark): the first is the question, the others its variants. A
slash inside a question ("design/build", "Why A / B?") joins words, not questions, and stays. Quoted prompts joined
by "or" or a slash, the first asking (``"Who are you?" ou "Fale sobre você"``), are the question and its variants too
(:func:`~.orprompts.heading_alternatives`).
"""

from __future__ import annotations

from .orprompts import heading_alternatives
from .text import ends_asking, unquote
from ..lazyre import lazy_re

_SLASH = lazy_re(r"\s+/\s+")


def paired_asks(question: str) -> tuple[str, list[str]]:
    """``(question, variants)`` for ``"Q1? / Q2?"`` (see the module); ``(question, [])`` for any other question."""
    if "/" in question:  # no slash, no second wording to split off: most questions
        sides = [unquote(side) for side in _SLASH.split(unquote(question))]
        if len(sides) >= 2 and all(side and ends_asking(side) for side in sides):
            return sides[0], sides[1:]
    offered = heading_alternatives(question)
    return (offered[0], offered[1:]) if offered else (question, [])
