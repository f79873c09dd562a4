"""Questions a reader asks themselves while practising, not an interview question.

A practice instruction ends in a self-check after a colon: ``Record one answer and play it back: Did you linger
on the setting? Did you give a number?``. What comes before the colon asks nothing; what comes after is two
questions or more, each a yes-or-no question (``Did you ...?``, ``Was it ...?``). An interview prompt asks one
open question, or its lead asks itself (``Tell me about a conflict: did you win? Did you lose?``).
"""

from __future__ import annotations

import re

from .text import ASK, is_question
from ..lazyre import lazy_re

_YES_NO = lazy_re(r"^[\"“]?(?:did|do|does|have|has|had|are|is|was|were|can|could|would|will|should)\s+"
                  r"(?:you|it|they|your|the)\b", re.IGNORECASE)
_QUESTION = lazy_re(rf"[^{ASK}]+[{ASK}]")


def self_check(text: str) -> bool:
    """``text`` is an instruction that closes with yes-or-no questions for the reader to check their own answer."""
    if ":" not in text or sum(text.count(mark) for mark in ASK) < 2:
        return False  # cheap: no colon, or fewer than two questions
    lead, _, checks = text.partition(":")
    asked = [q.strip() for q in _QUESTION.findall(checks)]
    if len(asked) < 2 or not all(_YES_NO.match(q) for q in asked) or any(mark in lead for mark in ASK):
        return False
    return not is_question(lead.strip())  # "Tell me about a conflict: did you win? ...": the prompt asks
