"""An empty STAR skeleton: the parts of a story named with nothing written after them ("- Situation - ",
"- Task - ", "- Action -", "- Result  -"; "1. " / "2. " steps and "- **Impact:** " labels left blank). A form the
writer has not filled in: no answer, and no story.

Structure decides: every line is a list marker, a number, a label (a STAR part, bold or not, or any bold label)
and a dash or colon, with no word of text after them.
"""

from __future__ import annotations


from .blocks import Block, ITEM
from .labels import STAR_SLOTS, star_slot
from .unit import Piece
from ..lazyre import lazy_re

# a line with no text of its own: a bullet or number, a label, a dash or colon, and nothing after them
_EMPTY_LINE = lazy_re(r"^\s*(?:[-*+•]|\d{1,3}[.)])?\s*(?:(?:\*\*|__)[^*_\n]{1,40}?(?:\*\*|__)|(?P<label>[A-Za-z]"
                      r"[A-Za-z ]{0,30}?))?\s*[-–—:]?\s*(?:\*\*|__)?\s*$")
_MIN_PARTS = 2  # "- Situation -" alone might be a slip; two parts or more left empty are a form


def empty_form(text: str) -> bool:
    """Whether ``text`` is only list markers, numbers and labels with nothing written after them; a plain word
    standing alone counts only as a STAR part's name."""
    lines = [line for line in text.split("\n") if line.strip()]
    for line in lines:
        match = _EMPTY_LINE.match(line)
        if match is None or match.group("label") and star_slot(match.group("label")) not in STAR_SLOTS:
            return False
    return True


def drop_skeleton(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without an unlabelled answer that is only an empty STAR skeleton (two parts or more named with
    nothing after them): that answer was left to write."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.slot is not None or piece.rest:  # a labelled piece, or text on a label's line: no bare answer
            out.append(piece)
            continue
        if sum(1 for b in piece.blocks if b.kind is ITEM) < _MIN_PARTS:  # too few items to name the parts
            out.append(piece)
            continue
        after = dict(zip(map(id, piece.blocks), [*piece.blocks[1:], None]))
        items = [b for b in piece.blocks if b.kind is ITEM and not _filled_below(b, after[id(b)])]
        skeleton = [b for b in items if b.text.strip() and empty_form(b.text)
                    and star_slot(b.text.strip(" -–—:*_")) in STAR_SLOTS]
        if len(skeleton) >= _MIN_PARTS:
            rest = [b for b in piece.blocks if b not in skeleton and (b.text.strip() or b.rows)]
            if rest:
                out.append(Piece(None, rest[0].line, blocks=rest, indent=piece.indent))
            continue
        out.append(piece)
    return out


def _filled_below(item: Block, after: Block | None) -> bool:
    """A part's name over items nested under it (``- Action:`` over ``- traced the key``): written, no skeleton."""
    return after is not None and after.kind is ITEM and after.indent > item.indent
