"""A folded card titled by what it covers, holding only coaching::

    <details><summary><b>Team fit</b></summary>
    <b>Why this matters:</b> ...
    <b>Best practice approach:</b> ...
    </details>

A ``<details>`` section is a card of its own: what it folds away belongs to its summary. When the summary asks
nothing (no question, no label of ours) and the card holds only coaching (what interviewers look for, tips, red
flags; not the ways it is asked, which are questions), the coaching is for no note of the page: reported under the card's title, never handed to the questions
of the group around it as that group's coaching.
"""

from __future__ import annotations

from collections.abc import Sequence

from .headingname import heading_name
from .labels import COACH_SLOTS
from .outline import Node
from .unit import UNASKED, Loose, Piece

_COACHING = COACH_SLOTS - {"variants", "followups"}  # a card listing ways it is asked holds questions, not coaching


def folded_card(node: Node, head: str, orphans: Sequence[Piece]) -> list[Loose]:
    """The report lines for ``orphans`` (the section's labelled pieces) when ``node`` is a ``<details>`` section
    titled ``head`` whose every filled piece is coaching; ``[]`` otherwise."""
    filled = [piece for piece in orphans if not piece.empty]
    if not head or node.head is None or not node.head.folded or not filled \
            or any(piece.slot not in _COACHING for piece in filled):
        return []
    return [Loose(piece.line, f"text under '{heading_name(head)}'", UNASKED) for piece in filled]
