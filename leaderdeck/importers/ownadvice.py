"""Coaching inside a section of advice that asks nothing: that section's own.

A guide's section (``### Design rounds``) may hold prose to the reader and a labelled point (``Remember: ...``).
With no question of its own under a heading that is no coaching label, the labelled point is part of that
section's advice: it is reported with the section and never given to the notes of other sections (a section
headed ``### Tips`` or ``**Red flags:**`` alone still coaches the questions of its group). The prose may be a
sub-section's (``## System design`` over ``### How the round runs`` and ``### What they look for``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .outline import Node
from .sections import last_line
from .unit import UNASKED, Loose, Piece

MANY = "coaching for many questions, not one"  # reported so: the same reason as coaching a group's notes do not take


def own_advice(before: list[Piece], orphans: list[Piece], node: Node, loose: Sequence[Loose]) -> list[Loose]:
    """The report lines for ``orphans`` when the section ``node`` also holds text of its own (``before``: its
    unlabelled prose, or a titled sub-section's text already reported in ``loose``), else ``[]`` (the coaching goes
    on to the group above)."""
    if not orphans or not any(p.slot is None and not p.empty for p in before) and not _told_below(node, loose):
        return []
    return [Loose(p.line, p.place, MANY) for p in orphans if not p.empty]


def _told_below(node: Node, loose: Sequence[Loose]) -> bool:
    """Whether a sub-section of ``node`` holds text of its own that no question took (reported already)."""
    if not node.children:
        return False
    start, end = node.children[0].line, last_line(node)
    return any(start <= item.line <= end and item.why == UNASKED for item in reversed(loose))


