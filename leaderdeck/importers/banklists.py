"""A label that reads as "more ways to ask it" ("Common questions", "Common behavioral questions") over a list of
questions, when no single note of the page can hold them: a bank of those questions.

On a page about one question (at most a few notes) such a list is that question's variants. When the document
holds many notes, or none at all, the list cannot be any one note's variants: each item that asks is a question of
its own, a draft until answered. The section is read again, as a group, only then. A label over points after the
list (``**Key points to show:**``) gives those points to the list's questions as what to show (signals), and so does
what interviewers look for above the list in its section (``**What interviewers evaluate:** ...``); other text
read there is handed back to be reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .outline import Node
from .scan import Scanner
from .unit import Piece, Unit

ReadGroup = Callable[[Node, list[str], list[Piece]], list[Unit]]  # reads a section again, as a group of questions


@dataclass(frozen=True, slots=True)
class Held:
    """How to read a remembered list again: as the group of questions its ``section`` holds, or, with no section,
    as the questions of its own blocks; with the section's ``hints`` and stated facts ``meta``, and the
    ``criteria`` (what to look for) read above it."""

    section: Node | None
    hints: list[str]
    meta: list[Piece]
    criteria: list[Piece] = field(default_factory=list)


@dataclass(slots=True)
class BankLists:
    """The variants-worded sections of one document that hold questions, by the piece each was read into."""

    read_group: ReadGroup  # how the document's sections are read again as a group (quietly: nothing reported)
    held: dict[int, tuple[Piece, Held]] = field(default_factory=dict)  # by the piece's ``id``
    unplaced: list[Piece] = field(default_factory=list)  # text read with a list that belongs to none of its questions

    def note(self, piece: Piece, section: Node, hints: list[str], meta: list[Piece]) -> None:
        """Remember that ``piece`` lists questions: ``section``'s, read again as a group."""
        self.held[id(piece)] = piece, Held(section, hints, meta)

    def holds(self, piece: Piece) -> bool:
        """Whether ``piece`` is a remembered list of questions."""
        return id(piece) in self.held

    def among(self, pieces: list[Piece], hints: list[str], meta: list[Piece]) -> None:
        """Remember each variants-worded piece of a section's own text, before any question of it, whose items
        ask: read again with the section's ``hints`` and stated facts ``meta``."""
        for piece in pieces:
            if piece.slot == "variants" and piece.blocks and Scanner(hints).asks(piece.blocks):
                self.held[id(piece)] = piece, Held(None, hints, meta, [
                    p for p in pieces if p.slot == "signals" and not p.heading and not p.empty and p.line < piece.line])

    def banked(self, units: list[Unit], orphans: list[Piece], page: int) -> list[Piece]:
        """When ``units`` are more than a page's ``page`` notes, or none, turn each remembered list among
        ``orphans`` into its questions (added to ``units`` in reading order); the orphans left."""
        if not self.held or units and len(units) <= page:
            return orphans
        left: list[Piece] = []
        found: list[Unit] = []
        gone: list[Piece] = []  # criteria given to the questions of the list below them
        for piece in orphans:
            _, held = self.held.pop(id(piece), (piece, None))
            if held is None:
                left.append(piece)
                continue
            asked = self._questions(piece, held.hints, held.meta) if held.section is None \
                else self.read_group(held.section, held.hints, held.meta)
            if asked:
                given = held.criteria
                for unit in asked:
                    unit.pieces.extend(given)
                found.extend(asked)
                gone.extend(given)
            else:
                left.append(piece)
        if found:
            units.extend(found)
            units.sort(key=lambda u: u.line)
        return [p for p in left if p not in gone]

    def _questions(self, piece: Piece, hints: list[str], meta: list[Piece]) -> list[Unit]:
        """The questions ``piece`` lists, each a note of its own, with the points a label after them gives."""
        scan = Scanner(hints).scan(piece.blocks)
        units = scan.units
        for unit in units:
            unit.meta[:0] = [m for m in meta if m not in unit.meta]
        for loose in (p for p in scan.loose if not p.empty):
            head = loose.blocks[0] if loose.slot is None and loose.blocks else None
            if units and head is not None and head.lead and not head.rest and len(loose.blocks) > 1:
                points = Piece("signals", loose.line, head.lead, blocks=loose.blocks[1:], indent=loose.indent)
                for unit in units:
                    unit.pieces.append(points)
            else:
                self.unplaced.append(loose)
        return units
