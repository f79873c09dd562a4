"""Scenario document: Markdown with one heading per scenario.

A scenario is a section holding a ``**Situation**:`` (or ``**Scenario**:``,
``**Problem**:``) label next to ``**Key Challenges**:`` and ``**Expected
Discussion Points**:``. Discussion points are its sub-headings (``#### 1.
Heading`` + bullet questions) or numbered bold items with indented bullets.
``**Level**:``, ``**Duration**:`` and ``**Company**:`` may sit on the scenario
or on a heading above it (an interview with several rounds). The headings
above a scenario suggest its topic. Sections that hold no scenario (best
practices, tips, footers) are reported as skipped.
"""

from __future__ import annotations

import re

from ..model import DiscussionPoint, Kind, ScenarioBody
from ..taxonomy import Taxonomy
from .base import Format, ParseResult, Parsed, Skipped
from .document import Line, prepare
from .markup import bold_label, bullet, clean_title, split_number
from .sections import Block, Section, ancestors, code_spans, descendants, label_blocks, split_sections

FORMAT = Format.SCENARIOS

_KEYS = {
    "situation": "situation", "scenario": "situation", "problem": "situation", "context": "situation",
    "background": "situation", "key challenges": "challenges", "challenges": "challenges",
    "requirements": "challenges", "constraints": "challenges", "expected discussion points": "discussion",
    "expected discussion": "discussion", "discussion points": "discussion", "discussion": "discussion",
    "level": "level", "duration": "duration", "time": "duration", "company": "company",
    "question": "question", "prompt": "question",
}
_PREFIX = re.compile(r"^(?:scenario|case study|case|exercise|round|interview|problem)\s*\d*\s*[:.–—-]\s*",
                     re.IGNORECASE)
_DURATION = re.compile(r"\s*\((\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h))\)\s*$", re.IGNORECASE)
_ITEM = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+(?:\*\*|__)(?P<heading>.+?)(?:\*\*|__):?\s*(?P<rest>.*)$")


def detect(text: str) -> float:
    sections = split_sections(prepare(text))
    found = [s for s in sections if _is_scenario(s)]
    if not found:
        return 0.0
    named = sum(1 for s in found if _PREFIX.match(clean_title(s.title)))
    return min(0.95, 0.8 + 0.05 * len(found) + 0.05 * named)


def parse(text: str, taxonomy: Taxonomy) -> ParseResult:
    doc = prepare(text)
    sections = split_sections(doc)
    scenarios = [s for s in sections if _is_scenario(s)]
    used = {s.index for s in scenarios}
    notes: list[Parsed] = []
    skipped: list[Skipped] = []
    for section in scenarios:
        points = [d for d in descendants(sections, section) if d.index not in used]
        used.update(p.index for p in points)
        notes.append(_scenario(sections, section, points, skipped))
    above = {a.index for s in scenarios for a in ancestors(sections, s)} - used
    skipped.extend(_unused(sections, used | above, above))
    return ParseResult(notes=tuple(notes), skipped=tuple(sorted(skipped, key=lambda s: s.line)))


def _unused(sections: list[Section], used: set[int], above: set[int]) -> list[Skipped]:
    """Prose around the scenarios: text of the headings above them, and whole sections holding none."""
    out = []
    for section in sections:
        if section.index in above:
            head, _ = label_blocks(section.body)
            first = next((line.number for line in head if not line.blank), None)
            if first is not None:
                where = f"text under '{clean_title(section.title)}'" if section.level else "introduction"
                out.append(Skipped(first, where, "not a scenario"))
        elif section.index not in used and not section.level and section.has_text:
            out.append(Skipped(_first_line(section), "introduction", "not a scenario"))
        elif section.index not in used and section.level and (section.parent is None or section.parent in used):
            if any(s.has_text for s in (section, *descendants(sections, section))):
                out.append(Skipped(section.line, f"section '{clean_title(section.title)}'", "not a scenario"))
    return out


def _is_scenario(section: Section) -> bool:
    _, blocks = label_blocks(section.body)
    keys = {_KEYS.get(b.key) for b in blocks}
    return "situation" in keys and bool(keys & {"challenges", "discussion"})


def _first_line(section: Section) -> int:
    return next(line.number for line in section.body if not line.blank)


def _scenario(sections: list[Section], section: Section, points: list[Section],
              skipped: list[Skipped]) -> Parsed:
    fields = _fields(section, points, skipped)
    above = ancestors(sections, section)
    meta = _inherited(above)
    title = clean_title(section.title)
    duration = _DURATION.search(title)
    title = _DURATION.sub("", title)
    title = _PREFIX.sub("", title).strip() or title
    value = {k: fields[k].text() if k in fields else meta.get(k, "") for k in ("level", "company", "question")}
    discussion = (*_numbered_points(fields.get("discussion")), *(_point(p) for p in points))
    body = ScenarioBody(
        title=title,
        situation=fields["situation"].text() if "situation" in fields else "",
        question=value["question"],
        challenges=fields["challenges"].items() if "challenges" in fields else (),
        discussion=tuple(p for p in discussion if p.heading),
        duration=duration.group(1) if duration else (fields["duration"].text() if "duration" in fields
                                                     else meta.get("duration", "")),
        company=value["company"],
    )
    hint = " ".join(_PREFIX.sub("", clean_title(a.title)) for a in above if a.level >= 2)
    return Parsed(kind=Kind.SCENARIO, body=body, line=section.line, name=title, level_label=value["level"],
                  topic_hint=hint)


def _fields(section: Section, points: list[Section], skipped: list[Skipped]) -> dict[str, Block]:
    """The scenario's labelled blocks by field; what has no place in a card goes to ``skipped``."""
    head, blocks = label_blocks(section.body)
    fields: dict[str, Block] = {}
    for block in blocks:
        key = _KEYS.get(block.key)
        if key is None:
            skipped.append(Skipped(block.line, f"'{block.label}' of the scenario", "not a scenario field"))
        else:
            fields.setdefault(key, block)
    for first, last in code_spans(tuple(line for s in (section, *points) for line in s.body)):
        skipped.append(Skipped(first, f"code block (lines {first}-{last})", "code is not part of a scenario card"))
    if stray := _stray(head):
        skipped.append(Skipped(stray, "text before the scenario's fields", "not a scenario field"))
    for point in points:
        if stray := _stray(point.body):
            skipped.append(Skipped(stray, f"text under '{clean_title(point.title)}'",
                                   "only list items become discussion questions"))
    return fields


def _stray(lines: tuple[Line, ...]) -> int | None:
    """The first line of prose (not a list item, not code) among ``lines``."""
    return next((li.number for li in lines if not (li.blank or li.code or bullet(li.text))), None)


def _inherited(above: list[Section]) -> dict[str, str]:
    """Level, duration and company stated on a heading above the scenario (nearest wins)."""
    meta: dict[str, str] = {}
    for section in above:
        for block in label_blocks(section.body)[1]:
            key = _KEYS.get(block.key)
            if key in {"level", "duration", "company"}:
                meta.setdefault(key, block.text())
    return meta


def _numbered_points(block: Block | None) -> list[DiscussionPoint]:
    """``1. **Heading**:`` items with their indented bullets; plain bullets become headings."""
    if block is None:
        return []
    points: list[tuple[str, list[str]]] = []
    for line in block.lines:
        if line.code or line.blank:
            continue
        if match := _ITEM.match(line.text):
            points.append((match.group("heading").strip().rstrip(":"), [match.group("rest")] if match.group("rest")
                           else []))
        elif (item := bullet(line.text)) and points and item[0] > 0:
            points[-1][1].append(item[1].strip())
        elif item:
            points.append((item[1].strip(), []))
    return [DiscussionPoint(heading, tuple(q for q in questions if q)) for heading, questions in points]


def _point(section: Section) -> DiscussionPoint:
    _, heading = split_number(clean_title(section.title))
    questions = []
    for line in section.body:
        item = None if line.code else bullet(line.text)
        if item:
            label = bold_label(item[1])
            questions.append(f"**{label[0]}:** {label[1]}".strip() if label else item[1].strip())
    return DiscussionPoint(heading.rstrip(":"), tuple(questions))
