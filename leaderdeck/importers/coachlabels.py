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
(``- **Strategy:** we moved to quarterly plans``) keeps its role, and so does a list under such a label told in
the first person (``**Strategy:**`` over ``- I split the move into three phases``): the answer's own part
(:func:`told_apart`).

A bare verdict over a sample in quotes on its own line (``**Bad:** "We worked hard and shipped."`` then
``**Good:** "I cut the build to three minutes."``) contrasts what not to say with what to say: the first a red
flag, the second the answer (:func:`verdict_label`). Without the quotes, such a verdict is a point of its own
("- **Good:** reads got faster"), not a label of ours.
"""

from __future__ import annotations

import re
from itertools import takewhile

from .blocks import Block, PARAGRAPH, ITEM
from .labels import normalise, slot
from .quoting import quoted_whole
from .text import plain_words
from .unit import Piece
from .voice import first_person, unquoted
from ..lazyre import lazy_re

_QUALIFIER = r"(?:(?:example|sample|recommended|suggested|possible|proposed|typical|basic|simple|good|ideal|your)\s)?"
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tips", lazy_re(  # "Example structure", "Recommended outline", "Strategy", "Prioritization methods to mention"
        rf"^{_QUALIFIER}(?:(?:answer|response|story)\s)?(?:structure|outline|skeleton|flow)$"
        rf"|^{_QUALIFIER}(?:(?:answer|response|interview|overall|winning|key)\s)?strateg(?:y|ies)$"
        r"|^(?:[a-z-]+\s){0,3}(?:to|you can|you could|you should|worth) (?:mention|cite|name|bring up|reference"
        r"|refer to|drop)$")),
    ("signals", lazy_re(  # "Critical elements", "Must-have points"
        r"^(?:critical|essential|must[- ]haves?|core|vital|crucial|required) (?:elements|ingredients|points"
        r"|components|parts|things)(?: to (?:cover|hit|show|include|mention))?$")),
    ("followups", lazy_re(  # "Interviewer might ask", "They may follow up with"
        r"^(?:the |your )?(?:interviewers?|they|panel|hiring managers?)(?: (?:may|might|will|could|can|often"
        r"|usually|typically|probably|(?:is|are) likely to))? (?:ask|follow up|probe|dig)(?: (?:with|into|about"
        r"|you))?(?: (?:questions|things) like| something like)?$")),
)


def coach_label(block: Block) -> str | None:
    """The coaching slot a paragraph's label alone on its line names (see the module docstring), else ``None``."""
    if block.kind is not PARAGRAPH or not block.lead or block.rest.strip():
        return None
    text = normalise(block.lead)
    return next((name for name, pattern in _RULES if pattern.match(text)), None)


# a verdict on the sample quoted after it: what not to say, or what to say
_VERDICTS = {"bad": "redflags", "weak": "redflags", "poor": "redflags", "wrong": "redflags", "worse": "redflags",
             "good": "answer", "strong": "answer", "better": "answer", "great": "answer", "right": "answer"}


def verdict_label(block: Block) -> str | None:
    """The slot a bare verdict labels when a paragraph's line holds it and then only a sample in quotes
    (``**Bad:** "We just fixed it."``: a red flag; ``**Good:** "I traced it to ..."``: the answer), else ``None``."""
    if block.kind is not PARAGRAPH or not block.lead:
        return None
    name = _VERDICTS.get(normalise(block.lead))
    if name is None or "\n" in block.rest.strip() or quoted_whole(block.rest.strip(), ".") is None:
        return None
    return name


def told_apart(pieces: list[Piece]) -> None:
    """Give back to the answer each piece a label of :func:`coach_label` opened whose own text (up to the next label
    line) is told in the first person, quotes aside: the label line and its text, unlabelled, as written."""
    for piece in pieces:
        opener = piece.opener
        if opener is None or slot(piece.label) is not None or coach_label(opener) is None:
            continue
        own = list(takewhile(lambda b: not b.lead or b.kind is ITEM, piece.blocks))  # to the next label
        if any(first_person(unquoted(plain_words(block.text))) for block in own):
            piece.slot, piece.label, piece.blocks = None, "", [opener, *piece.blocks]
