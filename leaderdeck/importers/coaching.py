"""Sections next to a story that coach its answer ("Key Points to Cover", "Tips")."""

from __future__ import annotations

import dataclasses
import re

from ..model import Coach
from .base import Parsed, Skipped
from .markup import bullet, clean_title, prose, unquote
from .sections import Section, ancestors, descendants

# (field, words in the heading), first match wins
_KINDS = (
    ("why", re.compile(r"\bwhy\b")),
    ("clarify", re.compile(r"clarif")),
    ("assumptions", re.compile(r"assumption")),
    ("cheat", re.compile(r"cheat|memory hook|one[- ]liner|tl;?dr|takeaway")),
    ("signals", re.compile(r"key points|looking for|look for|signal|what good looks like|evaluat|assess")),
    ("tips", re.compile(r"tip|advice|pitfall|mistake|avoid|red flag|do'?s\b")),
)


def coach_for(sections: list[Section], notes: list[Parsed], owners: dict[int, list[int]],
              used: set[int]) -> tuple[list[Parsed], list[Skipped]]:
    """Notes with the coach sections under their heading added; the sections nobody takes, as skipped."""
    skipped: list[Skipped] = []
    unmapped: set[int] = set()
    for section in sections:
        if section.index in used:
            continue
        owner = next((a.index for a in ancestors(sections, section) if a.index in owners), None)
        kind = _kind(section.title) if section.level else None
        if owner is not None and kind is not None:
            for position in owners[owner]:
                notes[position] = _add(notes[position], kind, section)
            continue
        unmapped.add(section.index)
        if not section.level and section.has_text:
            first = next(line.number for line in section.body if not line.blank)
            skipped.append(Skipped(first, "introduction", "not part of a STAR story"))
        elif section.parent not in unmapped and any(s.has_text for s in (section, *descendants(sections, section))):
            skipped.append(Skipped(section.line, f"section '{clean_title(section.title)}'", "not part of a STAR story"))
    return notes, skipped


def _kind(title: str) -> str | None:
    key = clean_title(title).casefold()
    return next((kind for kind, pattern in _KINDS if pattern.search(key)), None)


def _entries(section: Section) -> list[str]:
    """Each list item, and each paragraph, of a section."""
    entries: list[str] = []
    paragraph: list[str] = []
    for line in section.body:
        if line.code:
            continue
        item = bullet(line.text)
        if item or line.blank:
            if paragraph:
                entries.append(prose(paragraph))
                paragraph = []
            if item and item[1].strip():
                entries.append(item[1].strip())
        else:
            paragraph.append(line.text)
    if paragraph:
        entries.append(prose(paragraph))
    return [e for e in entries if e]


def _add(note: Parsed, kind: str, section: Section) -> Parsed:
    entries = _entries(section)
    if not entries:
        return note
    coach = note.coach
    match kind:
        case "why":
            label = clean_title(section.title)
            coach = dataclasses.replace(coach, tips=(*coach.tips, f"**{label}:** " + "\n\n".join(entries)))
        case "signals":
            coach = dataclasses.replace(coach, signals=(*coach.signals, *entries))
        case "tips":
            coach = dataclasses.replace(coach, tips=(*coach.tips, *entries))
        case "cheat":
            coach = dataclasses.replace(coach, cheat_code="\n\n".join(filter(None, (coach.cheat_code, *entries))))
        case "clarify":
            return dataclasses.replace(note, clarifying_questions=(*note.clarifying_questions,
                                                                   *(unquote(e) for e in entries)))
        case "assumptions":
            return dataclasses.replace(note, assumptions="\n\n".join(filter(None, (note.assumptions, *entries))))
    return dataclasses.replace(note, coach=Coach(coach.signals, coach.cheat_code, coach.tips))
