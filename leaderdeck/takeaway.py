"""Does a STAR story's Learning name a change in what the speaker does?

An interviewer asks "what did you learn?" to hear a practice, not a virtue: what
you now do, stopped doing, built, or would do next time. Length says little:
"We now rehearse rollbacks every quarter." is a complete answer, while "I
learned a lot about the importance of communication and teamwork." is not,
however long it grows. So a Learning passes when it holds one of these signals:

- **now or since**: "I now ...", "Now we ...", "since then", "from then on",
  "these days", "going forward", "no longer", "anymore";
- **next time**: "next time", "I would ...", "I'd ...", "I should have ...",
  "I will ...", "instead of", "rather than";
- **a change made**: "I added / started / stopped / introduced / changed /
  built / wrote / set up ...";
- **a habit or rule**: "I always / never ...", a sentence opening with
  "Always" or "Never", "every week / quarter / time ...", "weekly", "before
  any ...", "a rule", "by default".

A signal followed by a verb of knowing ("I now know", "I now understand") is an
insight, not a practice, and does not count.
"""

from __future__ import annotations

import re
from .lazyre import lazy_re

_ME = r"(?:i|we|my team|our team)"
_SIGNALS = (
    rf"\b{_ME}\s+(?:now|always|never|no longer)\b",
    r"\bnow,?\s+(?:i|we|every|each|all|our|my|the)\b",
    r"\bnow\s+(?:has|have|gets|get|runs|run|starts|start|includes|include)\b",
    r"\b(?:since then|ever since|from then on|these days|going forward|from now on|anymore|any more)\b",
    rf"\bnext time\b|\b{_ME}(?:\s+(?:would|should have|will)|['’](?:d|ll))\b",
    r"\b(?:instead of|rather than)\b",
    rf"\b{_ME}\s+(?:also\s+)?(?:added|started|stopped|introduced|changed|switched|built|wrote|created|set up"
    r"|made it a rule|moved|replaced|began)\b",
    r"(?:^|[.!?]\s+)(?:always|never)\b",
    r"\bevery\s+(?:day|week|sprint|month|quarter|year|release|launch|time|new|review|one-to-one|1:1)\b",
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b",
    r"\bbefore (?:any|every|each|i|we)\b",
    r"\b(?:a rule|by default|my default|checklist|habit|ritual|routine)\b",
)
_PRACTICE = lazy_re("|".join(f"(?:{s})" for s in _SIGNALS), re.IGNORECASE)
_INSIGHT = lazy_re(r"\s*(?:know|understand|realise|realize|appreciate|see|believe|think|value|recognise"
                   r"|recognize|feel|agree)\b", re.IGNORECASE)


def names_a_practice(learning: str) -> bool:
    """Whether ``learning`` states something the speaker does (or would do) differently."""
    text = " ".join(learning.split())
    return any(not _INSIGHT.match(text, match.end()) for match in _PRACTICE.finditer(text))
