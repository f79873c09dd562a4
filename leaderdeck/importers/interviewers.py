"""A senior title naming who runs a round, not the band of the candidate: "CTO Conversation Guide", "Final VP
round", "The CTO Is Likely Evaluating".

An engineering manager's prep holds a page for the round with the CTO; the CTO is the interviewer there, and the
notes are the candidate's, at the band the candidate is hired for. A senior title, or a manager's, right before a
word naming a meeting (round, conversation, chat, call, fireside, 1:1) or as the one who evaluates, asks or looks for something
("the CTO is likely evaluating", "the VP will ask") names the interviewer; :func:`interviewer_aside` blanks it so
that no level is read from it. "VP interview questions" still names the VP's band: an interview named by a band
is the one for that band.
"""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# the senior titles that run a round of their own
_SENIOR = (r"(?:c[a-z]{1,2}o|ceo|cto|cio|cpo|coo|ciso|s?vp|evp|vice[ \t]+president|(?:co-?)?founders?|directors?"
           r"|head[ \t]+of[ \t]+[\w-]+|skip[- ]level(?:[ \t]+manager)?)(?:[ \t]+of[ \t]+[\w-]+)?")
# a manager runs a round too: "Manager Round", "Hiring Manager round", "EM call" name the one the candidate meets
_MANAGER = r"(?:(?:hiring|engineering|line|skip[- ]level)[ \t]+)?(?:managers?|ems?)"
# (opening with a look at the letters a title starts with: the search skips to where one may start)
_ROUND = lazy_re(rf"(?=[csvefdhlm])\b(?:{_SENIOR}|{_MANAGER})(?:['’]s)?[ \t·]+(?:round|rounds|conversation"
                 r"|conversations|chat|chats|call|calls|meeting|meetings|sync|fireside|1:1|one-on-one)\b",
                 re.IGNORECASE)
_JUDGE = lazy_re(rf"\b(?:the|your|a|an)[ \t]+{_SENIOR}[ \t]+(?:(?:is|are|will|would|may|might|could|can|often"
                 r"|usually|typically|probably)[ \t]+)*(?:(?:likely|going|trying)[ \t]+(?:to[ \t]+)?)?"
                 r"(?:evaluat|assess|judg|look|listen|prob|ask|want|test|check|screen|care)\w*\b[^.;:!?\n]*",
                 re.IGNORECASE)


def interviewer_aside(label: str) -> str:
    """``label`` with a senior title that names who runs the round blanked (see the module docstring)."""
    return _JUDGE.sub(" · ", _ROUND.sub(" · ", label))
