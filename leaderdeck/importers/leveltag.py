"""A level tag closing a question: ``Tell me about a time you removed a blocker for your team. (Manager)``, or
opening it before a dash or colon: ``Senior Manager — How do you plan headcount?``.

A bank that mixes levels marks the questions meant for one band with the band's name in brackets after the
question's last mark, or before the question and a dash. The tag is no part of the question: it is the note's
level.
"""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# "(Manager)", "(for managers)", "(EM only)", "(Staff+)", "(Director level)" after the question's final mark
_TAG = lazy_re(r"^(?P<asked>.*[.?!][\"”’]?)\s*\((?P<tag>(?:for\s+)?(?:an?\s+)?(?:(?:senior|staff|principal"
               r"|engineering|people|first[- ]time)\s+)?(?:managers?|EMs?|directors?|VPs?|staff\+?|principals?"
               r"|seniors?|executives?|CTOs?|tech\s+leads?|head\s+of\s+engineering)(?:\s+(?:only|level|and\s+above"
               r"|\+))?)\)\s*$", re.IGNORECASE | re.DOTALL)
# "Senior Manager — How do you ...?", "🎯 Staff+: Tell me ...", "EM - How ...?": the band, a dash or colon, the question
_LEADING = lazy_re(r"^[^\w(]{0,4}(?P<tag>(?:(?:senior|staff|principal|engineering|people|first[- ]time)\s+)?"
                   r"(?:managers?|EMs?|directors?|VPs?|staff|principals?|seniors?|executives?|CTOs?|tech\s+leads?"
                   r"|head\s+of\s+engineering)\+?(?:\s+level)?)\s*(?:—|–|:| -)\s+(?P<asked>\S.*[?.][\"”’]?)$",
                   re.IGNORECASE | re.DOTALL)
_AROUND = lazy_re(r"^(?:for\s+)?(?:an?\s+)?|\s+(?:only|and\s+above)$", re.IGNORECASE)
_PLURAL = lazy_re(r"(?<=[A-Za-z]{2})s$")  # "(for managers)": the band of one


def level_tag(question: str) -> tuple[str, str]:
    """``(question, level)``: a band's name in brackets closing the question split off (``"... do? (Manager)"`` ->
    ``("... do?", "Manager")``); ``(question, "")`` when there is none."""
    asked = question.strip()
    match = _TAG.match(asked) if asked.endswith(")") else None  # no closing bracket, no tag: most questions
    if match is None and ("—" in asked or "–" in asked or ":" in asked or " - " in asked):
        match = _LEADING.match(asked)  # "Senior Manager — How do you plan headcount?"
    if match is None:
        return question, ""
    return match.group("asked").strip(), _PLURAL.sub("", _AROUND.sub("", match.group("tag").strip()))
