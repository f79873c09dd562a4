"""The key points under an answer told as I: that answer's own summary, tips to remember, not what interviewers
look for.

``Key points:`` (or ``Key takeaways``) right under a question, before any answer, lists what a strong answer covers:
signals. Under an answer the writer tells in the first person (``I dropped two features ...``), the same label sums
that answer up in a few words to remember (``- Cut scope early``): the note's tips. Only this label moves; what
interviewers look for, named so, stays a signal wherever it stands.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .content import piece_text
from .labels import STAR_SLOTS
from .unit import Piece
from .voice import first_person
from ..lazyre import lazy_re

_KEY_POINTS = lazy_re(r"^\W*key (?:points?|takeaways?)\W*$", re.IGNORECASE)
_TOLD = frozenset({None, "answer", *STAR_SLOTS})


def told_summary(pieces: Sequence[Piece]) -> list[Piece]:
    """``pieces`` with a ``Key points`` signal that follows an answer told as I made tips (see the module)."""
    if not any(p.slot == "signals" and p.label for p in pieces):
        return list(pieces)  # cheap first: most notes have no labelled signals
    moved: set[int] = set()
    told = False
    for piece in sorted(pieces, key=lambda p: p.line):
        if piece.slot in _TOLD and not told:
            told = first_person(piece_text(piece))
        elif told and piece.slot == "signals" and _KEY_POINTS.match(piece.label):
            moved.add(id(piece))
    return [dataclasses.replace(p, slot="tips") if id(p) in moved else p for p in pieces]
