"""Levels that sections name: a bank written per level (``## Staff Engineer questions``, ``## For Directors``).

A heading that names a band, as a document's title would, sets the level of the notes under it, up to the next
heading of its depth or higher; the innermost such section wins. A heading that is a note's own (a question, a
story's name) or opens a story's parts ("Hiring my first manager") names no level for the notes under it, nor does a
level word naming a trait or the people the candidate grows ("Executive Presence", "Developing Senior Leaders").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..taxonomy import Taxonomy
from .blocks import BlockKind, Document
from .evidence import Decided, label_level
from .headingname import heading_name
from .pagetitle import heads_a_story
from .text import clean_title, is_question
from .traitlevel import whom_for


@dataclass(frozen=True, slots=True)
class HeadedSpan:
    """The lines a heading covers: from ``start`` up to ``end`` (0: the document's end)."""

    start: int
    end: int

    def holds(self, line: int) -> bool:
        """Whether ``line`` is under this section's heading."""
        return self.start <= line and (not self.end or line < self.end)


@dataclass(frozen=True, slots=True)
class LevelSection(HeadedSpan):
    """The lines a heading naming a level covers, and that level."""

    level: Decided


def level_sections(doc: Document, taxonomy: Taxonomy, note_lines: Collection[int]) -> tuple[LevelSection, ...]:
    """Every section whose heading names a level; ``note_lines`` are the lines notes start on (their headings)."""
    headings = [(i, b) for i, b in enumerate(doc.blocks) if b.kind is BlockKind.HEADING]
    sections = []
    for position, (index, block) in enumerate(headings):
        if block.line in note_lines or is_question(clean_title(block.text)) or heads_a_story(doc.blocks, index):
            continue
        if (level := label_level(whom_for(block.text), taxonomy)) is None:  # not "Executive Presence"
            continue
        end = next((later.line for _, later in headings[position + 1:] if later.level <= block.level), 0)
        sections.append(LevelSection(block.line, end, Decided(level, "document", f"the heading '{heading_name(block.text)}'")))
    return tuple(sections)


def below_notes(doc: Document, note_lines: Collection[int]) -> frozenset[int]:
    """The lines of sub-headings (below the title's depth) with a note above them: such a heading governs the
    notes under it, never the document's notes above it, so it names no level for the document as a whole."""
    first = min(note_lines, default=0)
    return frozenset(b.line for b in doc.blocks if b.kind is BlockKind.HEADING and b.level >= 2 and first
                     and b.line > first)


def per_level(sections: Sequence[LevelSection]) -> frozenset[int]:
    """The heading lines of sections that name different levels: a bank written per level, whose headings name
    no level for the document as a whole (empty when its sections name one level or none)."""
    if len({s.level.value for s in sections}) < 2:
        return frozenset()
    return frozenset(s.start for s in sections)


def section_level(sections: Sequence[LevelSection], line: int) -> Decided | None:
    """The level of the innermost section holding ``line``, if any."""
    holding = [s for s in sections if s.holds(line)]
    return max(holding, key=lambda s: s.start).level if holding else None
