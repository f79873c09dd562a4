"""Numbered Q&A article: ``N. Question?`` lines, each followed by its answer.

Also reads the Markdown variant, where questions are headings (``## 3. ...``,
``## 3️⃣ "..."``) and answers may start with an ``**Answer:**`` label. Intro
prose before the first question, ``Related: ...`` lines and prose after a
closing heading ("Conclusion", "Bonus Questions") are reported as skipped. A
question without an answer becomes a draft. Numbering may repeat or skip: a
numbered line is a question when it reads like one, or when it carries the
next number and is not inside a numbered list of an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Kind, QaBody
from ..taxonomy import Taxonomy
from .base import Format, ParseResult, Parsed, Skipped
from .document import Document, Line, prepare
from .markup import (bold_label, bullet, clean_title, heading, is_question, is_rule, prose, split_number,
                     strip_emphasis, strip_symbols, words)

FORMAT = Format.NUMBERED_QA

_RELATED = re.compile(r"^(?:\*\*)?(?:related|see also|read more|also read)(?:\*\*)?\s*:", re.IGNORECASE)
_ANSWER = re.compile(r"^(?:\*\*|__)?(?:answer|a|model answer|sample answer)(?:\s*\([^)]{0,30}\))?"
                     r"\s*(?::\s*(?:\*\*|__)?|(?:\*\*|__)\s*:)\s*", re.IGNORECASE)


@dataclass(slots=True)
class _Question:
    text: str
    line: int
    hint: str
    lines: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Walk:
    """State while reading the document top to bottom."""

    plain: bool
    questions: list[_Question] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    where: str = "introduction"
    outside: list[int] = field(default_factory=list)
    hint: str = ""
    last: int = 0
    list_next: int = 0  # the next item number of a numbered list inside an answer; 0: none

    def ask(self, number: int | None, text: str, line: int) -> None:
        self.flush()
        self.questions.append(_Question(text, line, self.hint))
        self.last = number if number is not None else self.last
        self.list_next = 0
        self.where = ""

    def section(self, title: str, line: int) -> None:
        self.flush()
        self.where = f"text under '{title}'"
        self.outside = [line]

    def flush(self) -> None:
        if self.where and len(self.outside) > (0 if self.where == "introduction" else 1):
            first, last = self.outside[0], self.outside[-1]
            span = f"line {first}" if first == last else f"lines {first}-{last}"
            self.skipped.append(Skipped(first, f"{self.where} ({span})", "prose, not a question"))
        self.outside = []


def detect(text: str) -> float:
    walk = _read(prepare(text), strict=True)
    asked = len(walk.questions)
    if asked == 0:
        return 0.0
    answered = sum(1 for q in walk.questions if any(line.strip() for line in q.lines))
    return min(0.85, 0.3 + 0.05 * asked + 0.05 * answered)


def parse(text: str, taxonomy: Taxonomy) -> ParseResult:
    walk = _read(prepare(text), strict=False)
    notes = tuple(
        Parsed(kind=Kind.QA, body=QaBody(question=q.text, answer=prose(q.lines, plain=walk.plain)), line=q.line,
               topic_hint=q.hint)
        for q in walk.questions
    )
    return ParseResult(notes=notes, skipped=tuple(walk.skipped))


def _read(doc: Document, *, strict: bool) -> _Walk:
    walk = _Walk(plain=not any(heading(line.text) or line.code for line in doc.lines))
    for line in doc.lines:
        if line.code:
            _text(walk, line, line.text)
        elif found := heading(line.text):
            _heading(walk, line, found[1], strict)
        elif not _numbered(walk, line, strict):
            _other(walk, line)
    walk.flush()
    return walk


def _heading(walk: _Walk, line: Line, text: str, strict: bool) -> None:
    number, _ = split_number(strip_symbols(text))
    title = clean_title(text)
    if title and (is_question(title) or (number is not None and not strict)):
        walk.ask(number, title, line.number)
    else:
        walk.hint = title
        walk.section(title, line.number)


def _numbered(walk: _Walk, line: Line, strict: bool) -> bool:
    """Handle a ``N. text`` line; False when ``line`` is not one."""
    if line.text[:1].isspace():
        return False
    number, rest = split_number(line.text)
    if number is None or not rest:
        return False
    rest = strip_emphasis(rest)
    # inside an answer, a list item: the next number of its list, or a count restarting below the questions'
    answering = bool(walk.questions) and not walk.where and any(t.strip() for t in walk.questions[-1].lines)
    listed = not rest.endswith("?") and (number == walk.list_next or (answering and number <= walk.last))
    follows = number == walk.last + 1 and not walk.list_next and not strict
    if not listed and (is_question(rest) or follows):
        walk.ask(number, rest, line.number)
    elif walk.questions and not walk.where:
        walk.list_next = number + 1
        walk.questions[-1].lines.append(line.text)
    else:
        walk.outside.append(line.number)
    return True


def _other(walk: _Walk, line: Line) -> None:
    text = line.text.strip()
    if _RELATED.match(text):
        walk.skipped.append(Skipped(line.number, f"'{text}'", "a link to another article"))
    elif is_rule(text):
        return
    elif walk.plain and not walk.where and walk.questions and _heading_like(text):
        walk.section(text, line.number)
    else:
        _text(walk, line, line.text)


def _text(walk: _Walk, line: Line, text: str) -> None:
    if walk.where or not walk.questions:
        if not line.blank:
            walk.outside.append(line.number)
        return
    current = walk.questions[-1]
    if not any(t.strip() for t in current.lines) and (match := _ANSWER.match(text.strip())):
        text = text.strip()[match.end():]
        if not text.strip():
            return
    if walk.list_next and not line.blank and not bullet(text) and not text[:1].isspace():
        walk.list_next = 0
    current.lines.append(text)


def _heading_like(text: str) -> bool:
    """A bare title line in plain text: short, capitalised, no closing punctuation."""
    if bold_label(text) or bullet(text) or not text[:1].isupper():
        return False
    return words(text) <= 8 and not re.search(r"[.?!,;:)\"”’]$", text)
