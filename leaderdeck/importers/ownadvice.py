"""Coaching inside a section of advice that asks nothing: that section's own.

A guide's section (``### Design rounds``) may hold prose to the reader and a labelled point (``Remember: ...``).
With no question of its own under a heading that is no coaching label, the labelled point is part of that
section's advice: it is reported with the section and never given to the notes of other sections (a section
headed ``### Tips`` or ``**Red flags:**`` alone still coaches the questions of its group).
"""

from __future__ import annotations

from .unit import Loose, Piece

MANY = "coaching for many questions, not one"  # reported so: the same reason as coaching a group's notes do not take


def own_advice(before: list[Piece], orphans: list[Piece]) -> list[Loose]:
    """The report lines for ``orphans`` when the section also holds text of its own (``before``: its unlabelled
    prose), else ``[]`` (the coaching goes on to the group above)."""
    if not orphans or not any(p.slot is None and not p.empty for p in before):
        return []
    return [Loose(p.line, f"section '{p.label or p.slot}'", MANY) for p in orphans if not p.empty]
