"""STAR page: one behavioural question copied from a prep site as plain text.

Headings are bare lines ("Clarifying Questions", "Situation – Context"); the
question block holds a category/title line, the question, a level line and
competency tags. Everything is optional and found by its heading, so pages
with missing sections or slightly different labels still import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Coach, Kind, StarBody
from ..taxonomy import Taxonomy
from .base import Format, ParseResult, Parsed, Skipped
from .document import Document, Line, prepare
from .markup import bullet, heading, plain_label, prose, unquote, words

FORMAT = Format.STAR_PAGE

_PART = re.compile(
    r"^(?P<name>situation|task|actions?|results?|outcome|learnings?|reflection|lessons?\s+learned|"
    r"learning\s*(?:/|&|and)\s*reflection)\s*(?:[–—-]\s*[^.!?:]{0,40})?:?$",
    re.IGNORECASE,
)
_PART_KEYS = {"situation": "situation", "task": "task", "action": "action", "result": "result",
              "outcome": "result", "learning": "learning", "reflection": "learning", "lesson": "learning"}
_CATEGORIES = ("Behavioral", "Behavioural", "Situational", "Technical", "Leadership", "Hypothetical",
               "Competency", "General")
_GLUED = re.compile(rf"^({'|'.join(_CATEGORIES)})\s*([A-Z].*)$")
_CONTAINERS = {"questions & insights", "questions and insights", "insights", "the star narrative",
               "star narrative", "star answer", "sample answer", "model answer", "the answer"}
_COACH = {"coach strategy", "coaching strategy", "coach notes", "coaching notes", "coach tips", "coaching tips"}
_COACHING = {"coach", "signals", "cheat", "tip"}


@dataclass(frozen=True, slots=True)
class _Section:
    kind: str
    name: str
    line: int
    inline: str
    lines: tuple[Line, ...]

    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


def detect(text: str) -> float:
    doc = prepare(text)
    kinds = [h for line in doc.lines if not line.blank and (h := _header(line.text, ""))]
    parts = {name for kind, name, _ in kinds if kind == "part"}
    if len(parts) < 2:
        return 0.0
    markdown = sum(1 for line in doc.lines if heading(line.text) or line.text.lstrip().startswith("**"))
    found = {kind for kind, _, _ in kinds}
    score = 0.45 + 0.08 * len(parts) + 0.1 * len(found & {"question", "coach", "clarify"})
    return max(0.0, min(score, 0.95) - (0.4 if markdown > 2 else 0.0))


def parse(text: str, taxonomy: Taxonomy) -> ParseResult:
    doc = prepare(text)
    sections = _sections(doc)
    skipped: list[Skipped] = []
    question_block = next((s for s in sections[1:] if s.kind == "question"), sections[0])
    if question_block is not sections[0] and any(not line.blank for line in sections[0].lines):
        first = next(line for line in sections[0].lines if not line.blank)
        skipped.append(Skipped(first.number, "text before the question", "not part of the page's sections"))
    head = _question(question_block, taxonomy)
    if not head.question:
        return ParseResult(skipped=tuple(skipped))
    parts: dict[str, list[str]] = {}
    clarify: list[str] = []
    assumptions: list[str] = []
    coach = _CoachBuilder()
    for section in sections[1:]:
        if section.kind == "part":
            parts.setdefault(section.name, []).append(_part_text(section.texts()))
        elif section.kind == "clarify":
            clarify.extend(unquote(_unbullet(t)) for t in section.texts() if t.strip())
        elif section.kind == "assume":
            assumptions.append(prose([section.inline, *section.texts()], plain=True))
        elif section.kind in _COACHING:
            coach.add(section)
        elif section.kind == "container" and any(not line.blank for line in section.lines):
            skipped.append(Skipped(section.line, f"text under '{section.name}'", "not a known section"))
    star = StarBody(question=head.question, **{k: "\n\n".join(p for p in v if p) for k, v in parts.items()})
    note = Parsed(
        kind=Kind.STAR, body=star, line=head.line, name=head.title or head.question,
        level_label=head.level, topic_labels=tuple(t for t in (head.title, head.category) if t),
        competencies=head.competencies, tags=(head.category.casefold(),) if head.category else (),
        clarifying_questions=tuple(c for c in clarify if c), assumptions="\n\n".join(a for a in assumptions if a),
        coach=coach.build(),
    )
    return ParseResult(notes=(note,), skipped=tuple(skipped))


def _header(text: str, current: str) -> tuple[str, str, str] | None:
    """``(kind, name, inline text)`` when ``text`` is a bare section heading."""
    stripped = text.strip()
    key = " ".join(stripped.replace("\"", "").replace("“", "").replace("”", "").casefold().split()).rstrip(":")
    head, _, inline = stripped.partition(":")
    inline = inline.strip().lstrip("*").strip()
    if match := _PART.match(stripped):
        name = match.group("name").casefold()
        return "part", next(v for k, v in _PART_KEYS.items() if name.startswith(k)), ""
    if key in {"the question", "question"}:
        return "question", "", ""
    if key.startswith("clarifying question"):
        return "clarify", "", ""
    if key.startswith("assumption") and words(head) <= 4:
        return "assume", "", inline
    if key in _COACH:
        return "coach", "", ""
    if key.startswith("signals") and words(head) <= 6:
        return "signals", "", inline
    if "cheat code" in key and words(stripped) <= 6:
        return "cheat", "", inline
    if key == "strategy breakdown":
        return "tip", "Strategy Breakdown", ""
    if key in _CONTAINERS:
        return "container", stripped.rstrip(":"), ""
    if current in _COACHING and stripped.endswith(":") and words(stripped) <= 8:
        return "tip", stripped.rstrip(":").strip(), ""
    return None


def _sections(doc: Document) -> list[_Section]:
    starts: list[tuple[int, tuple[str, str, str], int]] = [(0, ("question", "", ""), 1)]
    current = "question"
    for index, line in enumerate(doc.lines):
        if not line.blank and (header := _header(line.text, current)):
            starts.append((index + 1, header, line.number))
            current = header[0]
    ends = [start - 1 for start, _, _ in starts[1:]] + [len(doc.lines)]
    return [_Section(kind, name, number, inline, doc.lines[start:end])
            for (start, (kind, name, inline), number), end in zip(starts, ends)]


@dataclass(frozen=True, slots=True)
class _Head:
    question: str = ""
    line: int = 0
    title: str = ""
    category: str = ""
    level: str = ""
    competencies: tuple[str, ...] = ()


def _question(section: _Section, taxonomy: Taxonomy) -> _Head:
    lines = [line for line in section.lines if not line.blank]
    if not lines:
        return _Head()
    asked = next((i for i, line in enumerate(lines) if line.text.rstrip().endswith("?")), None)
    if asked is None:
        asked = max(range(len(lines)), key=lambda i: len(lines[i].text))
    category, title = _category_title([line.text.strip() for line in lines[:asked]])
    after = [_unbullet(line.text) for line in lines[asked + 1:]]
    level = ""
    if after and (taxonomy.resolve_level(after[0]) or "level" in after[0].casefold().split()):
        level = after.pop(0)
    return _Head(question=lines[asked].text.strip(), line=lines[asked].number, title=title, category=category,
                 level=level, competencies=tuple(a for a in after if 0 < words(a) <= 8))


def _category_title(lines: list[str]) -> tuple[str, str]:
    if not lines:
        return "", ""
    if match := _GLUED.match(lines[0]):
        return match.group(1), match.group(2).strip()
    if len(lines) >= 2:
        return lines[0], lines[1]
    return ("", lines[0]) if lines[0] not in _CATEGORIES else (lines[0], "")


def _unbullet(text: str) -> str:
    item = bullet(text)
    return (item[1] if item else text).strip()


def _item(text: str) -> tuple[bool, str]:
    """One line of a STAR part: ``(is_list_item, markdown)``."""
    text = text.strip()
    if label := plain_label(text):
        return True, f"- **{label[0]}:** {label[1]}"
    if item := bullet(text):
        return True, f"- {item[1]}"
    return False, text


def _part_text(lines: list[str]) -> str:
    """``Label: text`` lines become list items with the label in bold; other lines paragraphs."""
    out: list[str] = []
    previous_item = False
    for is_item, text in (_item(t) for t in lines if t.strip()):
        if out:
            out.append("\n" if is_item and previous_item else "\n\n")
        out.append(text)
        previous_item = is_item
    return "".join(out)


class _CoachBuilder:
    """Collects signals, the cheat code and named paragraphs (tips) of the coach sections."""

    def __init__(self) -> None:
        self.signals: list[str] = []
        self.cheat: list[str] = []
        self.tips: list[str] = []

    def add(self, section: _Section) -> None:
        texts = [t.strip() for t in section.texts() if t.strip()]
        if section.kind == "signals":
            if section.inline:
                self.signals.extend(s.strip() for s in section.inline.split(",") if s.strip())
            self.signals.extend(_label_item(_unbullet(t)) for t in texts)
        elif section.kind == "cheat":
            self.cheat.append(prose([section.inline, *texts], plain=True))
        elif section.kind == "tip" and texts:
            self.tips.append(f"**{section.name}:** " + prose(texts, plain=True))
        else:
            self.tips.extend(_label_item(_unbullet(t)) for t in texts)

    def build(self) -> Coach:
        return Coach(signals=tuple(self.signals), cheat_code="\n\n".join(c for c in self.cheat if c),
                     tips=tuple(self.tips))


def _label_item(text: str) -> str:
    label = plain_label(text)
    return f"**{label[0]}:** {label[1]}" if label else text
