"""Questions the writer asks for help, not questions an interviewer asks the candidate.

A prep page may hold the steps of a chat with an assistant ("Ask GPT - which of my projects fit ...?") or the
writer's own questions about their preparation ("What strengths should I stress?", "which examples from my resume
...?"). An interview question is put to the candidate about themselves; these are put by the writer, as I, to
someone advising them, or are instructions to ask a tool. They are reported, never made notes. A question about
the writer's resume or background that asks "you" for your view of it ("Is there anything in my background that
gives you pause?") is the classic closing question a candidate puts to the interviewer: it stays a question.
"""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# "Ask GPT - ...", "and ask the assistant: ...": an instruction to put what follows to a tool or a person
_ASK_SOMEONE = lazy_re(r"(?:^|\band\s+|[,;]\s*)ask\s+(?:[\w.@'’-]+\s+){0,2}?[\w.@'’-]+\s*[-–—:]\s+\S",
                       re.IGNORECASE)
# the writer's own preparation: "should I stress", "I should consider", "my resume", "my background" (not "Why do I
# want this job?": an interview question the writer rehearses as I)
_PREPARING = (r"(?:consider|stress|highlight|prepare|mention|focus on|use|pick|choose|lead with|emphasi[sz]e|include"
              r"|keep in mind|be keeping in mind|practi[cs]e|bring up|add|read|study|research|ask)")
# (the lookahead names the letters they open with, so the search skips the others quickly)
_OWN_PREP = lazy_re(rf"(?=[scI])(?:\b(?:should|shall|must|can)\s+I\s+(?:\w+\s+)?{_PREPARING}\b"
                    rf"|\bI\s+(?:should|need to|must|have to|ought to)\s+(?:\w+\s+)?{_PREPARING}\b)")
# "which stories from my resume fit?": the writer's own material, unless the question asks the listener's view of it
_MY_MATERIAL = lazy_re(r"(?=[Mm])\b[Mm]y\s+(?:resume|résumé|cv|CV|background|prep|preparation|portfolio)\b")
# "... gives you doubts about my fit?", "what concerns do you have about my background?": put to the one who
# judges the writer, as a candidate closes an interview (:mod:`.askthem`), not to someone helping them prepare
_TO_YOU = lazy_re(r"\byou\b", re.IGNORECASE)
# "Why should I hire you?": the interviewer speaking as I, about the candidate
_ABOUT_YOU = lazy_re(r"\b(?:hire|pick|choose|select|promote|trust|believe|take)\s+you\b", re.IGNORECASE)

ASKED_FOR_HELP = "a question the writer asks for help, not an interview question"


def asks_for_help(question: str) -> bool:
    """``question`` is the writer asking a tool or an adviser about their own preparation (see the module)."""
    if "ask" in question.casefold() and _ASK_SOMEONE.search(question):
        return True
    # each pattern searched only when the question holds its capital "I" or its "my" (they ignore no case)
    if "I" in question and _OWN_PREP.search(question) \
            or ("my" in question or "My" in question) and _MY_MATERIAL.search(question) \
            and not _TO_YOU.search(question):
        return not _ABOUT_YOU.search(question)  # most questions match neither: this is looked for only then
    return False
