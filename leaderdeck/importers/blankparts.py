"""A template of blank STAR parts under a question, then the sample answer told in the same parts.

A coaching page copied as text gives ``Situation`` / ``[Set the scene ...]``, ``Task`` / ``[What was your
role?]`` ... as a template to fill in, and further down a sample answer told in the same parts (``Situation: A
backend engineer ...``). When a part comes round again after a template whose every part is a blank, the sample is
the question's story, not a second story for it: the template's parts are set aside as one template, reported.
"""

from __future__ import annotations

from .content import piece_text
from .labels import STAR_SLOTS
from .placeholders import is_placeholder
from .unit import Piece, Unit

_LEAST = 2  # parts of a template: one blank part alone may be an unfinished story


def blanks_set_aside(unit: Unit) -> bool:
    """Whether ``unit``'s STAR parts, two or more, are all blanks; if so they become one template piece (reported
    as such, never kept) and the unit reads on."""
    if not unit.question:
        return False  # a story bank's titled stories: each part coming round again is the next story's
    parts = [p for p in unit.pieces if p.slot in STAR_SLOTS]
    if len(parts) < _LEAST or any(not p.empty and not is_placeholder(piece_text(p)) for p in parts) \
            or all(p.empty for p in parts):
        return False
    first = parts[0]
    template = Piece("noise", first.line, "STAR answer template", blocks=[b for p in parts for b in p.blocks])
    at = unit.pieces.index(first)
    unit.pieces[:] = [p for p in unit.pieces if p.slot not in STAR_SLOTS]
    unit.pieces.insert(min(at, len(unit.pieces)), template)
    return True
