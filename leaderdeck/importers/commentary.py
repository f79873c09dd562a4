"""An interviewer's commentary after the question it follows in the same paragraph.

An interviewer's page writes each question in bold and goes on, in plain words, with what to listen for:
``**Tell me about a project that slipped.** You want to hear how they reset dates. If a candidate says ...``.
That text is the question's signals, not its answer: it coaches the candidate (``this question``, what
interviewers want), speaks of the candidate in the third person (``a candidate``, ``good managers``), or of what
"you", the interviewer, want, look for or hear; or it puts the question to "you" again in other words, ending
asking. A sample answer says "I" from its first sentence on.
"""

from __future__ import annotations

import re

from .text import ends_asking, is_coaching
from .voice import as_i, first_person, to_you
from ..lazyre import lazy_re

_OF_CANDIDATE = lazy_re(
    r"\b(?:(?:a|the|this|your) candidate|candidates|(?:good|great|strong|weak|poor|bad|best|senior|junior|new)"
    r" (?:managers?|leaders?|engineers?|candidates?|answers?|responses?))\b", re.IGNORECASE)
_INTERVIEWER_WANTS = lazy_re(r"\byou(?:'re| are)? (?:(?:usually |really |also )?(?:want|looking for|look for"
                             r"|hope|expect|listen for)|(?:want|hope|expect) to (?:hear|see|know))\b"
                             r"|(?:^|[.!?]\s+)(?:look|listen|watch) (?:out )?for\b", re.IGNORECASE)


def interviewer_remark(text: str) -> bool:
    """``text``, written after a question in its paragraph, is what the interviewer listens for (see the module
    docstring); never when its first sentence tells as I."""
    if not text or as_i(text.split(".", 1)[0]):
        return False
    if is_coaching(text) or _OF_CANDIDATE.search(text) or _INTERVIEWER_WANTS.search(text):
        return True
    # "At some point your boss will ask what your team does. How do you show it?": the question put again
    return ends_asking(text.rstrip(), "\"”’)") and to_you(text) and not first_person(text)
