"""Levels that sections name: a bank written per level (``## Staff Engineer questions``, ``## For Directors``).

A heading that names a band, as a document's title would, sets the level of the notes under it, up to the next
heading of its depth or higher; the innermost such section wins. A heading that is a note's own (a question, a
story's name) or opens a story's parts ("Hiring my first manager") names no level for the notes under it, nor does a
level word naming a trait or the people the candidate grows ("Executive Presence", "Developing Senior Leaders").
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..taxonomy import Taxonomy
from .blocks import Document, HEADING
from .evidence import Decided, label_level, may_name_band
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
    headings = [(i, b) for i, b in enumerate(doc.blocks) if b.kind is HEADING]
    sections = []
    for position, (index, block) in enumerate(headings):
        if block.line in note_lines or not may_name_band(block.text, taxonomy) \
                or is_question(clean_title(block.text)) or heads_a_story(doc.blocks, index):  # the quick "no" first
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
    return frozenset(b.line for b in doc.blocks if b.kind is HEADING and b.level >= 2 and first
                     and b.line > first)


def per_level(sections: Sequence[LevelSection]) -> frozenset[int]:
    """The heading lines of sections that name different levels: a bank written per level, whose headings name
    no level for the document as a whole (empty when its sections name one level or none)."""
    if len({s.level.value for s in sections}) < 2:
        return frozenset()
    return frozenset(s.start for s in sections)


def section_levels(sections: Sequence[LevelSection], lines: Iterable[int]) -> dict[int, Decided]:
    """The level of the innermost section holding each of ``lines`` that one holds."""
    return {line: section.level for line, section in innermost(sections, lines).items()}


S = TypeVar("S", bound=HeadedSpan)


def innermost(spans: Sequence[S], lines: Iterable[int]) -> dict[int, S]:
    """For each of ``lines`` that a span holds, the innermost span holding it: the one starting last (of those
    starting on one line, the first listed). One pass over the lines and the spans in order: the spans begun so
    far wait in a heap, latest start first, and one found ended is dropped for good, later lines being later."""
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    begun: list[tuple[int, int]] = []  # (-start, index) of the spans begun at or before the current line
    found: dict[int, S] = {}
    next_ = 0
    for line in sorted(set(lines)):
        while next_ < len(order) and spans[order[next_]].start <= line:
            heapq.heappush(begun, (-spans[order[next_]].start, order[next_]))
            next_ += 1
        while begun and not spans[begun[0][1]].holds(line):
            heapq.heappop(begun)
        if begun:
            found[line] = spans[begun[0][1]]
    return found
