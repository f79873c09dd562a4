"""Label lines over coaching for the question above: an outline of how to answer it, a strategy, what to name,
what an answer must hold, and the follow-ups an interviewer may ask after it.

A guide writes, under a question it does not answer, a label alone on its line over a list::

    **Example structure:**
    - Who the audience was
    - How you made it simple

    **Strategy:**
    - Pick a real weakness

    **Methods to mention:**
    - Impact vs. effort

    Interviewer might ask:
    - "What would you change?"

The outline, the strategy and what to mention are the question's tips, what an answer must hold its signals, and
what an interviewer may ask next its follow-ups: never the answer, nor questions of their own. Only a label
standing alone on a paragraph's line counts: a heading (``## Strategy``, a topic) or a point of an answer's list
(``- **Strategy:** we moved to quarterly plans``) keeps its role.
"""

from __future__ import annotations

import re

from .blocks import Block, BlockKind
from .labels import normalise

_QUALIFIER = r"(?:(?:example|sample|recommended|suggested|possible|proposed|typical|basic|simple|good|ideal|your)\s)?"
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tips", re.compile(  # "Example structure", "Recommended outline", "Strategy", "Prioritization methods to mention"
        rf"^{_QUALIFIER}(?:(?:answer|response|story)\s)?(?:structure|outline|skeleton|flow)$"
        rf"|^{_QUALIFIER}(?:(?:answer|response|interview|overall|winning|key)\s)?strateg(?:y|ies)$"
        r"|^(?:[a-z-]+\s){0,3}(?:to|you can|you could|you should|worth) (?:mention|cite|name|bring up|reference"
        r"|refer to|drop)$")),
    ("signals", re.compile(  # "Critical elements", "Must-have points"
        r"^(?:critical|essential|must[- ]haves?|core|vital|crucial|required) (?:elements|ingredients|points"
        r"|components|parts|things)(?: to (?:cover|hit|show|include|mention))?$")),
    ("followups", re.compile(  # "Interviewer might ask", "They may follow up with"
        r"^(?:the |your )?(?:interviewers?|they|panel|hiring managers?)(?: (?:may|might|will|could|can|often"
        r"|usually|typically|probably|(?:is|are) likely to))? (?:ask|follow up|probe|dig)(?: (?:with|into|about"
        r"|you))?(?: (?:questions|things) like| something like)?$")),
)


def coach_label(block: Block) -> str | None:
    """The coaching slot a paragraph's label alone on its line names (see the module docstring), else ``None``."""
    if block.kind is not BlockKind.PARAGRAPH or not block.lead or block.rest.strip():
        return None
    text = normalise(block.lead)
    return next((name for name, pattern in _RULES if pattern.match(text)), None)
