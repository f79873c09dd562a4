"""Labelled text inside a group's section: it goes where its section goes.

A document's closing section (``## Summary``) may hold a label line of its own ("Key themes:" over a list).
When the section is reported as coaching for many questions, what it holds is reported with it: a label inside
it never reaches the notes on its own, however its label reads (the closing criteria of a bank, such as
"What we look for:" after the questions, are given to those questions only when they stand in a section of
their own, or open it).
"""

from __future__ import annotations

from .unit import Piece, Unit


def held_in_sections(orphans: list[Piece], units: list[Unit]) -> dict[int, Piece]:
    """For each piece of ``orphans`` cut from a label line inside a section (a heading piece of ``orphans``
    above it, with no question of ``units`` between them), keyed by ``id``: that section's heading piece."""
    asked = sorted(unit.line for unit in units)
    held: dict[int, Piece] = {}
    owner: Piece | None = None
    for piece in sorted(orphans, key=lambda p: p.line):
        if piece.heading:
            owner = piece
        elif owner is not None and piece.opener is not None and (not owner.end or piece.line <= owner.end) \
                and not any(owner.line < line < piece.line for line in asked):  # inside the heading's section
            held[id(piece)] = owner
    return held


def by_own_section(orphans: list[Piece], units: list[Unit], signals: str) -> tuple[list[Piece], list[Piece]]:
    """``orphans`` split in two: those that stand for themselves (free to be given to questions), and those
    held inside a section of another kind than ``signals`` (they go, or are reported, with that section)."""
    held = held_in_sections(orphans, units)
    kept = [p for p in orphans if id(p) in held and held[id(p)].slot != signals]
    return [p for p in orphans if p not in kept], kept
