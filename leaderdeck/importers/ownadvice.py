"""Coaching inside a section of advice that asks nothing: that section's own.

A guide's section (``### Design rounds``) may hold prose to the reader and a labelled point (``Remember: ...``).
With no question of its own under a heading that is no coaching label, the labelled point is part of that
section's advice: it is reported with the section and never given to the notes of other sections (a section
headed ``### Tips`` or ``**Red flags:**`` alone still coaches the questions of its group). The prose may be a
sub-section's (``## System design`` over ``### How the round runs`` and ``### What they look for``).

A titled section with no sub-section whose only text is one labelled red flag (a card ``### Silence after you
answer`` over ``Trap: ...``: the trap of that moment) holds it as its own text: reported as the text under its
title, never as coaching for many questions. Other coaching labels (``Remember:``, ``Key themes:``) are reported
by their label, as coaching for many questions; a label that is no coaching (``Example:`` beside the section's
other points) is the section's text, reported as the text under its title (a sub-section by its own heading).
"""

from __future__ import annotations

from collections.abc import Sequence

from .labels import COACH_SLOTS
from .outline import Node
from .sections import last_line
from .unit import UNASKED, Loose, Piece

MANY = "coaching for many questions, not one"  # reported so: the same reason as coaching a group's notes do not take


def own_advice(before: list[Piece], orphans: list[Piece], node: Node, loose: Sequence[Loose],
               title: str = "") -> list[Loose]:
    """The report lines for ``orphans`` when the section ``node`` (titled ``title``) also holds text of its own
    (``before``: its unlabelled prose, or a titled sub-section's text already reported in ``loose``), or is a
    titled section holding one labelled point and nothing else; else ``[]`` (the coaching goes on to the group
    above)."""
    filled = [p for p in orphans if not p.empty]
    if title and not node.children and len(filled) == 1 and filled[0].opener is not None \
            and filled[0].slot == "redflags" \
            and not any(p.slot is None and not p.empty for p in before):
        return [Loose(node.line, f"text under '{title}'", UNASKED)]  # "### Silence after you answer" / "Trap: ..."
    if not orphans or not any(p.slot is None and not p.empty for p in before) and not _told_below(node, loose):
        return []
    return [Loose(p.line, p.place, MANY) if p.slot in COACH_SLOTS or not title
            else Loose(p.line, p.place if p.heading else f"text under '{title}'", UNASKED)
            for p in orphans if not p.empty]  # a sub-section is named by its own heading, a labelled point by the title


def _told_below(node: Node, loose: Sequence[Loose]) -> bool:
    """Whether a sub-section of ``node`` holds text of its own that no question took (reported already)."""
    if not node.children:
        return False
    start, end = node.children[0].line, last_line(node)
    return any(start <= item.line <= end and item.why == UNASKED for item in reversed(loose))


