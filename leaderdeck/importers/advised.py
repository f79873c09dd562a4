"""A list of advice under a question, where its answer would be: the question's tips, not its answer.

A guide often lists, under a question it does not answer, how to answer it::

    ### Tell me about a time you took a risk that failed.
    * Say early what failing meant for the team
    * Don't spend long on the setting; get to what you did
    * Close with what you learned and how you use it now

Every item speaks to the reader (a verb in the imperative, or "you"/"your") and none tells what the writer did
("I", "we"): such a list is coaching, and the question is still to answer. A list with a first-person item in it,
or where fewer than two thirds of the items give advice, stays the answer.
"""

from __future__ import annotations

import re

from .blocks import BlockKind
from .text import is_instruction, plain_words
from .unit import Piece
from .voice import first_person, to_you

_ADVICE_START = re.compile(
    r"^(?:try|don'?t|do not|never|always|make sure|remember|wrap|get|go|keep|avoid|start|end|begin|focus|explain"
    r"|describe|show|highlight|mention|talk|tell|use|be|pick|choose|prepare|practi[cs]e|state|give|share|frame"
    r"|structure|quantify|emphasi[sz]e|stay|set|define|include|close|finish|think|consider|acknowledge|admit"
    r"|own|spend|skip|lead with|open with)\b", re.IGNORECASE)


def advice_list(pieces: list[Piece]) -> bool:
    """Whether ``pieces`` (a question's unlabelled text) are only a list of two items or more, each in no first
    person, at least two thirds of them advice to the reader."""
    if not pieces or any(p.slot is not None or p.rest.strip() for p in pieces):
        return False
    blocks = [b for p in pieces for b in p.blocks if b.text.strip() or b.rows]
    if len(blocks) < 2 or any(b.kind is not BlockKind.ITEM for b in blocks):
        return False
    texts = [" ".join(plain_words(b.text).split()) for b in blocks]
    if any(first_person(text) for text in texts):
        return False
    advising = sum(1 for text in texts if _ADVICE_START.match(text) or to_you(text) or is_instruction(text))
    return advising * 3 >= len(texts) * 2
