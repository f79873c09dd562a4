"""What the candidate will ask the people they meet, written as the words they will say.

A line in quotation marks where the writer first speaks of themselves and then asks about the employer in the
present ("I noticed you run your own queue. How do you keep it healthy?", a label before it: ``Growth Q - I'd
love to learn more. What chances are there here to do that?"``) is a question to ask the interviewer, not one
to answer; so is a quoted question in which the teller asks the interviewer's leave or wish ("Shall I go on, or
move to the next one?", "Would it help if I gave the numbers?"). An interviewer's quoted prompt asks about what the
candidate did ("How did you ...?"), in the past.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .reading import Reading
from .text import ASK, ends_asking, plain_words, sentence_split, split_number
from .unit import Piece
from .voice import as_i
from ..lazyre import lazy_re

_CLOSING_QUOTE = lazy_re(rf"[{ASK}]\s*[\"”]$")
_LABEL = lazy_re(r"^[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}\s*(?:[-–—]|:)\s+")  # "Passion Q - "
# the employer asked about: "you", "your team", "this company", "here"
_EMPLOYER = lazy_re(r"\b(?:you|your|this (?:company|team|role|org\w*)|the (?:company|team|role|org\w*)|here)\b",
                    re.IGNORECASE)
# the teller asking the interviewer's leave or wish: "shall I go on", "would it help if I", "do you want me to"
_OFFER = lazy_re(r"\b(?:(?:shall|should|may|can|could) I (?:go on|continue|keep going|carry on|go (?:deeper|into)|move on"
                 r"|stop|elaborate|expand|skip|pause)\b|would (?:it|that) (?:help|be (?:helpful|useful)) if I\b"
                 r"|(?:do|would) you (?:want|like) me to\b)", re.IGNORECASE)
_PAST_ASKED = lazy_re(r"\b(?:did|was|were|had|have you|has)\b", re.IGNORECASE)  # "How did you ...?": what you did


def own_quoted_question(block: Block) -> bool:
    """Whether ``block`` is the candidate's own question in quotes: a statement about the writer, then a question
    about the employer in the present tense."""
    if block.kind not in (PARAGRAPH, ITEM) or block.lead \
            or "\"" not in block.text and "”" not in block.text:
        return False  # no quote to close it: most blocks
    text = " ".join(plain_words(block.text).split())
    if not _CLOSING_QUOTE.search(text):
        return False
    text = _LABEL.sub("", split_number(text)[1].strip().lstrip("\"“ ")).lstrip("\"“ ").rstrip("\"” ")
    sentences = [s for s in sentence_split(text) if s.strip()]
    if sentences and ends_asking(sentences[-1]) and _OFFER.search(sentences[-1]):
        return True  # "... shall I go on, or would you like another question?": the teller asks the interviewer
    if len(sentences) < 2 or not ends_asking(sentences[-1]):
        return False
    told, asked = " ".join(sentences[:-1]), sentences[-1]
    return not ends_asking(told) and as_i(told) and bool(_EMPLOYER.search(asked)) and not _PAST_ASKED.search(asked)


_THEIRS = "questions to ask them"  # the label they are set aside under: reported as questions to ask the interviewer


def set_theirs_aside(reading: Reading, block: Block) -> bool:
    """Set ``block`` aside when it is the candidate's own question (:func:`own_quoted_question`) where a question could
    start: with no question being read, or at the margin of a question answered already, after a blank line.
    A run of them is one piece, reported once."""
    unit, seen = reading.unit, reading.seen
    previous = seen[-2] if len(seen) > 1 else None
    if not own_quoted_question(block) or unit is not None and (
            block.indent > unit.indent or all(p.empty for p in unit.pieces)
            or previous is not None and previous.end >= block.line - 1):
        return False
    reading.end_unit()
    pieces = reading.holder()
    if pieces and pieces[-1].slot == "noise" and pieces[-1].label == _THEIRS:
        pieces[-1].blocks.append(block)
    else:
        pieces.append(Piece("noise", block.line, _THEIRS, blocks=[block], indent=block.indent))
    return True
