"""A quoted question, then an arrow and a remark on it: ``"Tell me about a time you failed" → Maps to **Ownership**``.

The quoted words are the question. What follows the arrow says something about the question (the principle it
maps to, what it tests), not its answer and not more of its words: a note on the question, kept as its tip. A
question written without quotes before an arrow (``Why now? → Because ...``) is a question and its answer on one
line, read elsewhere; but what a quoted question's arrow leads to may be advice on telling a story for it
(``"Tell me about a technical challenge" → Focus on the technical solution``): a tip, never its answer. What the
arrow leads to is the answer when it is wholly in quotes (``→ "Security first, then tests."``: the
words to say) or told as I or we from its first sentence (``→ I rank debt by business impact.``).
"""

from __future__ import annotations

import re

from .text import is_question
from .voice import first_person
from ..lazyre import lazy_re

# what to stress when telling a story for the question: "Focus on ...", "Emphasise ...", "Lead with ..."
_TELLING = lazy_re(r"^(?:focus (?:on|the)|emphasi[sz]e|highlight|stress|lead with|bring out|play up|talk up)\b",
                   re.IGNORECASE)
_QUOTES = "\"“"
_QUOTED_ARROW = lazy_re(r"^\s*[\"“](?P<asked>[^\"“”]{5,300})[\"”]\s*(?:→|->|=>|⟶|⇒|➡)\s*(?P<remark>\S.*)$")


def quoted_with_remark(text: str) -> tuple[str, str, bool] | None:
    """``(question, remark, whether the remark is its answer)`` when ``text`` is a quoted question, an arrow and a
    remark (see the module)."""
    if "→" not in text and ">" not in text and "⟶" not in text and "⇒" not in text and "➡" not in text:
        return None
    match = _QUOTED_ARROW.match(text)
    if match is None or not is_question(asked := match.group("asked").strip()):
        return None
    remark = match.group("remark").strip()
    return asked, remark, _answers(remark)


def _answers(remark: str) -> bool:
    """Whether ``remark``, after a quoted question's arrow, is its answer: wholly quoted, or told as I or we."""
    return remark[:1] in _QUOTES and remark[-1:] in "\"”" or first_person(remark.split(". ", 1)[0])


def telling_advice(line: str, after: str) -> bool:
    """Whether ``after``, what follows the arrow of ``line`` (a quoted question, an arrow, then ``after``), is advice
    on what to stress in telling a story for the question (see the module)."""
    return line.lstrip("-*_ \t")[:1] in _QUOTES and bool(_TELLING.match(after.strip()))
