"""Coaching boxes closing an answer's text: ``**Don't say:** "I want more pay." ...`` or ``**Staff signal:** ...``
after the sample answer, inside a section of it (a saved page's card writes its answer under a title line, its
boxes after it).

Such a paragraph opens with a bold label naming what the interviewer listens for (signals) or what not to say (red
flags): it is that coaching, not more of the answer. Only the paragraphs closing the answer are read so, and only
while some answer is left before them.
"""

from __future__ import annotations

from .labels import slot
from .unit import Piece
from ..lazyre import lazy_re

# "**Don't say:** ...", "**Don't say**: ...": a bold label, a colon, then the box's text
_BOX = lazy_re(r"^\*\*(?P<label>[^*\n]{1,40}?)\s*(?::\*\*|\*\*\s*:)\s*(?P<rest>\S[\s\S]*)$")
_BOXES = ("signals", "redflags")


def closing_boxes(paragraphs: list[str], line: int) -> tuple[list[str], list[Piece]]:
    """``paragraphs`` of an answer without the coaching boxes closing them, and those boxes as pieces of their
    slot (at ``line``, the note's)."""
    kept = list(paragraphs)
    boxes: list[Piece] = []
    while len(kept) > 1 and (match := _BOX.match(kept[-1].strip())) and slot(match["label"]) in _BOXES:
        kept.pop()
        boxes.insert(0, Piece(slot(match["label"]), line, match["label"], rest=match["rest"].strip()))
    return kept, boxes
