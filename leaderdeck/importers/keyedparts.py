"""A question over STAR parts that each say what to write there: a draft to write, its key the tips.

A story bank made to be filled in asks its question, then lists the parts of the answer with what goes in each::

    ## Shipping under a hard deadline

    Describe a launch you landed on a date you could not move.

    - **Context:** Where you were, and why the date was fixed.
    - **Actions:** What you personally cut, moved or asked for.
    - **Result:** What shipped, ideally with a number.

Each part is a line (or two) that speaks to the reader or names what to say; none tells what happened. Such parts are the
key to an answer not written yet: the question is a draft, the key lines are its tips (before, they were taken as the
story's answer). A part told as it happened (``I moved the freeze a week``), or a part of several lines, is a story.
"""

from __future__ import annotations

from .labels import SCENARIO_SLOTS, STAR_SLOTS, slot
from .leadin import LEAD
from .text import sentence_split
from .unit import Piece
from .untold import instructs, tells

KEYED = "its STAR parts say what to write there, not what happened"


def keyed_parts(question: str, told: list[str]) -> bool:
    """Whether ``told`` (the texts of the STAR parts under ``question``) is a key: a short line or two a part, none
    told as it happened, most of them instructing."""
    if not question or len(told) < 3:
        return False
    for text in told:
        lines = [line for line in text.split("\n") if line.strip()]
        if not lines or len(lines) > 2:
            return False
        for line in lines:
            if len(line.split()) > 30 or any(tells(sentence) for sentence in sentence_split(line)):
                return False
    return instructs(told)


_KEY = frozenset({*STAR_SLOTS, *SCENARIO_SLOTS, "answer", LEAD, None})  # the parts, any line of the key among them


def as_tips(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with the key's lines (STAR parts, a setting, unlabelled lines among them) turned into tips; a
    sample under an answer's own label after the key (``**Example Answer Outline:**`` over the parts told) stays
    the answer."""
    return [Piece("tips", p.line, p.label, _labelled(p), p.blocks, opener=p.opener) if p.slot in _KEY
            and not p.empty and not labelled_sample(p) else p for p in pieces]


def labelled_sample(piece: Piece) -> bool:
    """A piece under an answer's label of its own (``Example Answer Outline:``, ``Sample answer:``) that holds
    text under the label: the answer written out, not a line of the key."""
    return piece.slot == "answer" and bool(piece.label) and bool(piece.blocks) and slot(piece.label) == "answer"


def _labelled(piece: Piece) -> str:
    """The piece's own line with its label kept (``**Context:** Where you were``): the key names each part."""
    return f"**{piece.label}:** {piece.rest}" if piece.label and piece.rest else piece.rest
