"""The prompt a story answers, written as a paragraph of its own between the story's name and its first part.

A personal story bank often copies the form it prepares for: ``## Career Moves`` over ``Think about the moves
you've made so far. Write about recent ones.`` over ``*Situation*`` ... . That paragraph is not the teller's story
but what it answers: it speaks to the reader about the reader's own past ("you've made", "you have led") and
prompts (``Write about ...``, ``Think about ...``, ``Consider ...``, ``Describe ...``) or asks. It becomes the
story's question; the heading stays the story's name. Advice above the parts ("Keep it under two minutes") speaks
of no past of the reader's and stays as it was read.
"""

from __future__ import annotations

import re

from .blocks import BlockKind
from .labels import STORY_SLOTS
from .text import QUESTION_MARKS, plain_words, words
from .unit import Piece
from .voice import first_person
from ..lazyre import lazy_re

# "Write about ...", "Think about ...", "Consider ...", "Describe ...", "Tell us about ...", "Reflect on ..."
_PROMPTS = lazy_re(r"^(?:please\s+)?(?:write|think|reflect|consider|describe|tell\s+(?:us|me)|share|recall"
                   r"|talk)\b", re.IGNORECASE)
# the reader's own past: "you've made", "you have led", "you’ve encountered", "a time you led", "you worked"
_YOUR_PAST = lazy_re(r"\byou(?:'ve|’ve|\s+have|\s+had|\s+\w+ed)\b|\b(?:times?|moments?|occasions?)\s+(?:when\s+|that\s+)?"
                     r"you\b", re.IGNORECASE)
_MAX_WORDS = 80


def asked_above(pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """``(question, pieces)``: the one unlabelled paragraph above a story's first part that prompts the reader
    about their own past, as the story's question, and the pieces without it; ``("", pieces)`` when there is
    none."""
    first = min((p.line for p in pieces if p.slot in STORY_SLOTS and not p.empty), default=None)
    above = [p for p in pieces if first is not None and p.line < first and not p.empty]
    if len(above) != 1 or above[0].slot is not None or above[0].rest.strip():
        return "", pieces
    texts = [b for b in above[0].blocks if b.text.strip()]
    if len(texts) != 1 or texts[0].kind is not BlockKind.PARAGRAPH or texts[0].quoted or texts[0].lead:
        return "", pieces
    text = " ".join(texts[0].text.split())
    flat = plain_words(text)
    if words(flat) > _MAX_WORDS or first_person(flat) or not _YOUR_PAST.search(text) \
            or not (_PROMPTS.match(flat.strip()) or text.rstrip().endswith(QUESTION_MARKS)):
        return "", pieces
    return text, [p for p in pieces if p is not above[0]]
