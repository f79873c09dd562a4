"""Indentation that comes from HTML nesting, not from Markdown.

Authors indent what a ``<details>`` section holds, by a tab or four spaces, as they would indent HTML:

    <details>
    	<summary>Why did you move teams?</summary>
    	I wanted to work closer to the people who use our service.
    </details>

Read as Markdown, such a line is an indented code block, and every answer would show as code. In HTML,
indentation means nothing, so the text of an HTML block is read without its common indentation; and a
Markdown block indented no deeper than the section's ``<summary>`` (after a blank line inside the section)
is the section's prose. A fenced block stays code, and so does a block indented deeper than the summary.
"""

from __future__ import annotations

import re
from ..lazyre import lazy_re

_OPEN = lazy_re(r"<details\b", re.IGNORECASE)
_CLOSE = lazy_re(r"</details\s*>", re.IGNORECASE)
_LONE_TAG = lazy_re(r"^\s*</?[A-Za-z][^>]*>\s*$")  # "</details>" at the margin: the HTML, not its text
_SUMMARY_AT = lazy_re(r"^([ \t]*)<(?:summary|details)\b", re.IGNORECASE | re.MULTILINE)


def columns(text: str) -> int:
    """How many columns the leading whitespace of ``text`` takes (a tab moves to the next multiple of 4)."""
    width = 0
    for char in text:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def dedented(content: str) -> str:
    """``content`` (the text of an HTML block) without the indentation its lines of text share."""
    lines = content.split("\n")
    filled = [line for line in lines if line.strip() and not _LONE_TAG.match(line)]
    if not filled:
        return content
    shared = min(columns(line) for line in filled)
    if not shared:
        return content
    return "\n".join(_cut(line, shared) for line in lines)


def _cut(line: str, width: int) -> str:
    """``line`` with ``width`` columns of its leading whitespace removed."""
    index = 0
    while index < len(line) and line[index] in " \t" and columns(line[:index]) < width:
        index += 1
    return line[index:]


class Sections:
    """The ``<details>`` sections open at a point of the document, each with the indent of its summary."""

    def __init__(self) -> None:
        self.indents: list[int] = []

    def seen(self, content: str) -> None:
        """Note the sections an HTML block opens and closes."""
        opened, closed = len(_OPEN.findall(content)), len(_CLOSE.findall(content))
        marks = _SUMMARY_AT.findall(content)
        indent = max((columns(mark) for mark in marks), default=0)
        for _ in range(opened - closed):
            self.indents.append(indent)
        for _ in range(closed - opened):
            if self.indents:
                self.indents.pop()

    def prose(self, line: str) -> bool:
        """Whether an indented code block starting at ``line`` is only indented as the open section's content."""
        if not self.indents or not self.indents[-1]:
            return False  # a summary at the margin: a block indented under it is meant as code
        return columns(line) <= max(self.indents[-1], 4)


class Folds:
    """The heading levels of the open ``<details>`` sections, aligned with :class:`Sections`: a section's
    ``<summary>`` is a heading, and a heading written inside the section belongs under it, whatever its ``#``
    count (authors write ``## Story name`` inside a section whose summary asks the question)."""

    def __init__(self) -> None:
        self.open: list[list[int]] = []  # per open section: [its summary's level, the shift of its headings], or []

    def follow(self, sections: Sections) -> int | None:
        """Align with ``sections`` after an HTML block: the level of the last summary closed (the level the
        document is back at), ``None`` when no titled section closed."""
        back = None
        while len(self.open) > len(sections.indents):
            closed = self.open.pop()
            back = closed[0] if closed else back
        self.open.extend([] for _ in range(len(sections.indents) - len(self.open)))
        return back

    def titled(self, level: int) -> None:
        """The innermost open section's summary is a heading of ``level``."""
        if self.open:
            self.open[-1] = [level, -1]

    def level(self, written: int) -> int:
        """The level of a heading written with ``written`` ``#`` inside the open sections: moved, with the headings
        after it in the same section, under the innermost summary if it would stand beside or above it."""
        inner = next((fold for fold in reversed(self.open) if fold), None)
        if inner is None:
            return written
        if inner[1] < 0:
            inner[1] = max(0, inner[0] + 1 - written)
        return min(written + inner[1], 6)
