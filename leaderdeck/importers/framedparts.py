"""Plain label lines inside a question card, and the text a card gives between its question and its first STAR part.

A saved page of question cards writes its labels as plain lines: ``Your example to build from`` over the ``S:`` /
``T:`` rows, ``The framework they want to hear`` or ``Triage framework to articulate`` over a list or a block of short
labelled lines, ``Answer structure`` closing the paragraph of what the interviewer tests. Such a line (a paragraph of
one short line opening with a capital, no label, emphasis or closing punctuation, asking nothing, about the answer
or to its reader: ``you``, ``answer``, ``structure``, ``framework``, ``example``...) only introduces what follows it:

- at the end of a coaching piece (the interviewer's signals, tips), after a paragraph that ends its sentence and
  right before the answer or a story's parts, it is the label of what follows, not one more signal: dropped;
- opening unlabelled text above a story's first part, it is dropped and the text under it kept: as the opening of
  the story (its Situation) when the question asks how the candidate does something (``How do you decide ...``,
  ``How would you ...``: a framework is what that answer says) and the text does not instruct; otherwise as a tip
  (``Use the cache rework or the queue split. Pick the one ...``: advice on how to answer). A paragraph under it
  that opens in lower case is the rest of a wrapped sentence, not introduced: left as it was. A label line with
  nothing under it before the parts is their label: dropped;
- opening the text of an answer over a list or code, it is dropped: the answer is what it introduces.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM, CODE
from .content import piece_text
from .labels import STAR_SLOTS
from .leadin import LEAD
from .text import is_instruction, is_question
from .unit import Piece
from ..lazyre import lazy_re

_MAX_WORDS = 8
_UNCLOSED = lazy_re(r"[\w'’)]$")  # no stop, colon or question mark after the label's last word
_COACH = ("signals", "tips")
# a label about the answer or to its reader: "Your example to build from", "Answer structure", "The framework they
# want to hear"; a story's name over its parts ("The Billing Migration") says none of it and is left as it was
_ABOUT_ANSWER = lazy_re(r"\b(?:you|your|they|answers?|structure[sd]?|frameworks?|examples?|templates?|outlines?"
                        r"|criteria|steps)\b", re.IGNORECASE)
_CLOSED = lazy_re(r"[.?!:)\"”’]$")  # a paragraph ending a sentence: the line after it is not more of it
# "How do you decide ...", "How would you handle ...", "What is your approach to ...": asks for a method
_METHOD = lazy_re(r"^(?:how (?:do|would|should|will|can) you|what(?:'s|’s| is) your (?:approach|process|framework"
                  r"|method|way))\b", re.IGNORECASE)


def _above_parts(piece: Piece, pieces: list[Piece]) -> bool:
    """Whether ``piece`` is above the first STAR part of ``pieces`` with text (asked only of a label line's piece:
    few)."""
    first = min((p.line for p in pieces if p.slot in STAR_SLOTS and not p.empty), default=None)
    return first is not None and piece.line < first


def framed_parts(pieces: list[Piece], question: str, story: bool) -> list[Piece]:
    """``pieces`` with the plain label lines that introduce what follows them dropped, and the text a label line
    opens above a ``story``'s first part kept as its opening or a tip (see the module)."""
    out: list[Piece] = []
    for index, piece in enumerate(pieces):
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        if piece.slot in _COACH and len(piece.blocks) > 1 and label_line(piece.blocks[-1]) \
                and _CLOSED.search(piece.blocks[-2].text.strip()) and after is not None \
                and (after.slot in STAR_SLOTS or after.slot is None):
            piece.blocks = piece.blocks[:-1]  # "Your example to build from" under the signals, over the parts
        elif piece.slot is None and not piece.rest.strip() and not piece.heading and piece.blocks \
                and label_line(piece.blocks[0]):
            above = story and _above_parts(piece, pieces)
            if len(piece.blocks) == 1 and above:
                continue  # the label of the parts right under it
            if len(piece.blocks) > 1 and _introduced(piece.blocks[1], above):
                piece.blocks = piece.blocks[1:]
                piece.line = piece.blocks[0].line
                if above and _METHOD.match(question.strip()) and not _instructs(piece.blocks):
                    piece.slot = LEAD
                elif above:  # one tip, its list or code kept whole
                    piece.slot, piece.rest, piece.blocks = "tips", piece_text(piece), []
        out.append(piece)
    return out


def label_line(block: Block) -> bool:
    """A paragraph of one short line with no label, emphasis or closing punctuation, asking nothing, about the
    answer or speaking to its reader."""
    text = block.text.strip()
    return block.kind is PARAGRAPH and not block.lead and not block.bold and not block.quoted \
        and not block.indent and "\n" not in text and 0 < len(text.split()) <= _MAX_WORDS \
        and bool(_UNCLOSED.search(text)) and text[:1].isupper() and not is_question(text) \
        and bool(_ABOUT_ANSWER.search(text))


def _introduced(block: Block, above: bool) -> bool:
    """``block`` is what a label line over it introduces: a list or code, or (above a story's parts) a paragraph
    of its own, not the rest of a sentence wrapped onto the next line."""
    if block.kind in (CODE, ITEM):
        return True
    return above and block.kind is PARAGRAPH and not block.text.lstrip()[:1].islower()


def _instructs(blocks: list[Block]) -> bool:
    """The text opens by telling the reader what to do (``Use the cache rework ...``)."""
    return blocks[0].kind is PARAGRAPH and is_instruction(blocks[0].text.split(".")[0])
