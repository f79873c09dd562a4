"""A Markdown document as a tree of heading sections, and ``**Label**:`` blocks inside them."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document, Line
from .markup import bold_label, bullet, heading, prose


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the lines up to the next heading (of any level).

    The document's text before its first heading is a section of level 0.
    """

    index: int
    level: int
    title: str
    line: int
    body: tuple[Line, ...]
    parent: int | None

    @property
    def has_text(self) -> bool:
        return any(not line.blank for line in self.body)


@dataclass(frozen=True, slots=True)
class Block:
    """A ``**Label**:`` line, the text after it, and the lines up to the next label."""

    label: str
    line: int
    rest: str
    lines: tuple[Line, ...]

    @property
    def key(self) -> str:
        return " ".join(self.label.casefold().split())

    def text(self) -> str:
        """Prose of the block without code (reported separately)."""
        return prose([self.rest, *(line.text for line in self.lines if not line.code)])

    def items(self) -> tuple[str, ...]:
        """The block's list items (nested items included), in order."""
        found = (bullet(line.text) for line in self.lines if not line.code)
        return tuple(item[1].strip() for item in found if item and item[1].strip())


def split_sections(doc: Document) -> list[Section]:
    sections: list[Section] = []
    starts: list[tuple[int, int, str, int]] = [(0, 0, "", 1)]
    for position, line in enumerate(doc.lines):
        found = None if line.code else heading(line.text)
        if found:
            starts.append((position, found[0], found[1], line.number))
    bounds = [s[0] for s in starts[1:]] + [len(doc.lines)]
    for index, ((position, level, title, number), end) in enumerate(zip(starts, bounds)):
        first = position + 1 if index else 0
        parent = next((s.index for s in reversed(sections) if s.level < level), None) if level else None
        sections.append(Section(index, level, title, number, doc.lines[first:end], parent))
    return sections


def ancestors(sections: list[Section], section: Section) -> list[Section]:
    """Parent first, up to the document's top."""
    out = []
    while section.parent is not None:
        section = sections[section.parent]
        out.append(section)
    return out


def descendants(sections: list[Section], section: Section) -> list[Section]:
    out = []
    for other in sections[section.index + 1:]:
        if other.level <= section.level:
            break
        out.append(other)
    return out


def label_blocks(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Block]]:
    """Lines before the first label, and one block per ``**Label**:`` line."""
    head: list[Line] = []
    blocks: list[tuple[str, int, str, list[Line]]] = []
    for line in lines:
        found = None if line.code or line.text[:1].isspace() else bold_label(line.text)
        if found:
            blocks.append((found[0], line.number, found[1], []))
        elif blocks:
            blocks[-1][3].append(line)
        else:
            head.append(line)
    return tuple(head), [Block(label, number, rest, tuple(body)) for label, number, rest, body in blocks]


def code_spans(lines: tuple[Line, ...]) -> list[tuple[int, int]]:
    """``(first, last)`` line numbers of each fenced code block."""
    spans: list[tuple[int, int]] = []
    previous = None
    for line in lines:
        if line.code:
            if spans and previous is not None and previous.code and previous.number == line.number - 1:
                spans[-1] = (spans[-1][0], line.number)
            else:
                spans.append((line.number, line.number))
        previous = line
    return spans
