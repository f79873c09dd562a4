"""Markdown STAR notes: stories whose parts are headings or bold labels.

Parts are found as headings (``### Situation``), bold labels
(``**Situation:**``, ``**Situation**:``, also inside bullets or blockquotes) or
plain labels (``Situation: ...``). A story ends where a part repeats or a new
heading starts; placeholders (``_[Describe ...]_``, an empty ``Situation -``)
are not answers, and a story made only of them is skipped as a template. The
question is the nearest heading above that asks something, else the story's
title. Sections next to a story ("Key Points to Cover", "Tips", "Clarifying
Questions") become its coach notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Kind, StarBody
from ..taxonomy import Taxonomy
from .base import Attention, Format, ParseResult, Parsed, Skipped
from .coaching import coach_for
from .document import Document, Line, prepare
from .markup import bold_label, bullet, clean_title, heading, is_placeholder, is_question, is_rule, prose
from .sections import Section, ancestors, descendants, split_sections

FORMAT = Format.MARKDOWN_STAR

_NAMES = r"situation|task|actions?|results?|outcome|learnings?|reflection|lessons?\s+learned"
_PART = re.compile(rf"^(?:[STARL]\s*[-–—:|]\s*)?({_NAMES})\b(?:\s*[-–—(:].*)?$", re.IGNORECASE)
_PLAIN = re.compile(rf"^({_NAMES})\s*(?::|[-–—](?=\s|$))\s*(.*)$", re.IGNORECASE)
_BOLD = re.compile(rf"^(?:\*\*|__)({_NAMES})\s*[:–—-]?\s*(?:\*\*|__)\s*[:–—-]?\s*(.*)$", re.IGNORECASE)
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_WRAPPER = re.compile(r"\b(example|sample|answer|response|template|star method|model)\b", re.IGNORECASE)
_META = {"competency": "competencies", "competencies": "competencies", "skills": "competencies",
         "level": "level", "category": "topic", "topic": "topic", "tags": "tags", "question": "question"}
_KEYS = {"situation": "situation", "task": "task", "action": "action", "result": "result", "outcome": "result",
         "learning": "learning", "reflection": "learning", "lesson": "learning"}


@dataclass(frozen=True, slots=True)
class _Marker:
    part: str
    line: Line
    rest: str
    heading_level: int  # 0: a label, not a heading


@dataclass(frozen=True, slots=True)
class _Story:
    parts: tuple[tuple[_Marker, str], ...]
    section: Section
    part_sections: tuple[int, ...]


def detect(text: str) -> float:
    doc = _unquoted(prepare(text))
    markers = [m for m in (_marker(line) for line in doc.lines) if m]
    core = {"situation", "task", "action", "result"}
    marked = len({m.part for m in markers if m.heading_level or _is_bold(m.line)} & core)
    labelled = len({m.part for m in markers} & core)
    if marked >= 2:
        return min(0.85, 0.25 + 0.15 * marked)
    return 0.0 if labelled < 2 else 0.1 + 0.1 * labelled


def _is_bold(line: Line) -> bool:
    item = bullet(line.text)
    return (item[1] if item else line.text).lstrip().startswith(("**", "__"))


def parse(text: str, taxonomy: Taxonomy) -> ParseResult:
    doc = _unquoted(prepare(text))
    sections = split_sections(doc)
    notes: list[Parsed] = []
    skipped: list[Skipped] = []
    owners: dict[int, list[int]] = {}
    used: set[int] = set()
    for story in _stories(doc, sections):
        used.update(a.index for a in (story.section, *ancestors(sections, story.section)))
        used.update(story.part_sections)
        if all(is_placeholder(text) for _, text in story.parts):
            skipped.append(Skipped(story.parts[0][0].line.number, "STAR template", "placeholders only, no answer"))
            continue
        owner = _owner(sections, story.section)
        if owner is None:
            skipped.append(Skipped(story.parts[0][0].line.number, "STAR story", "no question or title above it"))
            continue
        owners.setdefault(owner.index, []).append(len(notes))
        notes.append(_note(story, owner, sections))
    notes, extra = coach_for(sections, notes, owners, used)
    titled = [n for n in notes if n.body.question == n.name and not is_question(n.name)]
    attention = (Attention(titled[0].line, f"{len(titled)} of {len(notes)} stories have a title, not a question; "
                                           "the title is used as the question"),) if titled else ()
    return ParseResult(notes=tuple(notes), skipped=tuple(sorted([*skipped, *extra], key=lambda s: s.line)),
                       attention=attention)


def _unquoted(doc: Document) -> Document:
    lines = tuple(line if line.code else Line(line.number, _QUOTE.sub("", line.text)) for line in doc.lines)
    return Document(lines, doc.meta, doc.repaired)


def _marker(line: Line) -> _Marker | None:
    if line.code:
        return None
    if found := heading(line.text):
        match = _PART.match(clean_title(found[1]))
        return _Marker(_key(match.group(1)), line, "", found[0]) if match else None
    item = bullet(line.text)
    text = (item[1] if item else line.text).strip()
    if match := _BOLD.match(text):
        return _Marker(_key(match.group(1)), line, match.group(2), 0)
    if match := _PLAIN.match(text):
        return _Marker(_key(match.group(1)), line, match.group(2), 0)
    return None


def _key(name: str) -> str:
    name = name.casefold()
    return next(v for k, v in _KEYS.items() if name.startswith(k))


def _stories(doc: Document, sections: list[Section]) -> list[_Story]:
    """Group part markers into stories and cut each part's text."""
    section_of = {line.number: s for s in sections for line in s.body} | {s.line: s for s in sections if s.level}
    stories: list[list[_Marker]] = []
    for line in doc.lines:
        marker = _marker(line)
        if marker is None:
            continue
        current = stories[-1] if stories else None
        if current is None or marker.part in {m.part for m in current} or _heading_between(doc, current[-1], line):
            stories.append([])
        stories[-1].append(marker)
    out = []
    for markers in stories:
        first = markers[0]
        home = section_of[first.line.number]
        if first.heading_level:
            home = sections[home.parent] if home.parent is not None else home
        headed = tuple(section_of[m.line.number].index for m in markers if m.heading_level)
        out.append(_Story(tuple((m, _part_text(doc, m)) for m in markers), home, headed))
    return out


def _heading_between(doc: Document, previous: _Marker, line: Line) -> bool:
    between = doc.lines[previous.line.number:line.number - 1]
    return any(not li.code and heading(li.text) and not _marker(li) for li in between)


def _part_text(doc: Document, marker: _Marker) -> str:
    """The marker's own text and the lines after it, up to the next part, heading or rule."""
    lines: list[str] = []
    for line in doc.lines[marker.line.number:]:
        if not line.code:
            found = heading(line.text)
            if _marker(line) or is_rule(line.text) or _meta(line):
                break
            if found and (not marker.heading_level or found[0] <= marker.heading_level):
                break
        lines.append(line.text)
    body = prose(lines)
    return "\n\n".join(t for t in (marker.rest.strip(), body) if t)


def _meta(line: Line) -> tuple[str, str] | None:
    """A top-level ``**Competency:** ...`` style line: ``(field, value)``."""
    if line.text[:1].isspace() or bullet(line.text):
        return None
    label = bold_label(line.text)
    key = _META.get(" ".join(label[0].casefold().split())) if label else None
    return (key, label[1]) if key and label else None


def _owner(sections: list[Section], home: Section) -> Section | None:
    """The heading that names the story: the nearest question, else the nearest real title."""
    chain = [s for s in (home, *ancestors(sections, home)) if s.level and not _PART.match(clean_title(s.title))]
    asking = next((s for s in chain if is_question(clean_title(s.title))), None)
    titled = next((s for s in chain if not _WRAPPER.search(s.title)), None)
    return asking or titled or (chain[0] if chain else None)


def _note(story: _Story, owner: Section, sections: list[Section]) -> Parsed:
    parts: dict[str, list[str]] = {}
    for marker, text in story.parts:
        if not is_placeholder(text):
            parts.setdefault(marker.part, []).append(text)
    meta: dict[str, list[str]] = {}
    for section in (owner, *descendants(sections, owner)):
        for line in section.body:
            if found := _meta(line):
                meta.setdefault(found[0], []).append(found[1])
    title = clean_title(owner.title)
    question = next(iter(meta.get("question", [])), "") or title
    category = title.split(":", 1)[0] if ":" in title and len(title.split(":", 1)[0].split()) <= 4 else ""
    competencies = tuple(c.strip() for v in meta.get("competencies", []) for c in re.split(r"[,;]", v) if c.strip())
    return Parsed(
        kind=Kind.STAR,
        body=StarBody(question=question, **{k: "\n\n".join(v) for k, v in parts.items()}),
        line=story.parts[0][0].line.number if question != title else owner.line,
        name=title,
        level_label=next(iter(meta.get("level", [])), ""),
        topic_labels=tuple(t for t in (*meta.get("topic", []), category, *competencies) if t),
        competencies=competencies,
        tags=tuple(t.strip() for v in meta.get("tags", []) for t in v.split(",") if t.strip()),
    )
