"""Reading a document and cleaning up what copy-paste leaves behind.

``prepare`` turns any text into numbered lines: line endings unified, trailing
spaces dropped, YAML front matter blanked (its ``key: value`` pairs kept as
metadata), fenced code marked, and text that was UTF-8 but got decoded as
Windows-1252 (``ðŸŽ¯`` for 🎯, ``â€™`` for ’) repaired. Line numbers stay
those of the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceErrors
from ..textfile import read_text
from .base import DocumentError

MAX_BYTES = 8 * 1024 * 1024

_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_META = re.compile(r"^([A-Za-z][\w -]{0,30}):\s*(.*)$")
# A UTF-8 byte sequence whose bytes were each decoded as Windows-1252.
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a" \
        "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(
    f"(?:[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}})+"
)


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str
    code: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Document:
    lines: tuple[Line, ...]
    meta: tuple[tuple[str, str], ...] = ()
    repaired: tuple[tuple[int, str, str], ...] = ()

    def meta_value(self, *keys: str) -> str:
        wanted = {k.casefold() for k in keys}
        return next((v for k, v in self.meta if k.casefold() in wanted and v), "")


def read_document(path: Path, display: str) -> str:
    """The text of a file: UTF-8 (a BOM is fine) or UTF-16 with a BOM."""
    try:
        return read_text(path, display, max_bytes=MAX_BYTES, kind="text document", size_advice="",
                         utf8_advice="save the document as UTF-8 and import it again", utf16=True)
    except SourceErrors as exc:
        problem = exc.problems[0]
        raise DocumentError(problem.path, problem.line, problem.message) from None


def prepare(text: str) -> Document:
    """Numbered, cleaned lines of ``text``."""
    raw = text.removeprefix("\ufeff").splitlines()
    repaired: list[tuple[int, str, str]] = []
    cleaned = [_repair(line.rstrip(), number, repaired) for number, line in enumerate(raw, 1)]
    cleaned, meta = _blank_front_matter(cleaned)
    lines: list[Line] = []
    fence = ""
    for number, line in enumerate(cleaned, 1):
        match = _FENCE.match(line)
        if fence:
            lines.append(Line(number, line, code=True))
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = ""
        elif match:
            fence = match.group(1)
            lines.append(Line(number, line, code=True))
        else:
            lines.append(Line(number, line))
    return Document(tuple(lines), tuple(meta), tuple(repaired))


def _repair(line: str, number: int, repaired: list[tuple[int, str, str]]) -> str:
    def fix(match: re.Match[str]) -> str:
        damaged = match.group(0)
        try:
            good = b"".join(_byte(ch) for ch in damaged).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return damaged
        repaired.append((number, damaged, good))
        return good

    return _MOJIBAKE.sub(fix, line)


def _byte(char: str) -> bytes:
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        if ord(char) < 0x100:  # bytes Windows-1252 leaves undefined pass through as C1 controls
            return bytes([ord(char)])
        raise ValueError(char) from None


def _blank_front_matter(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Replace a leading ``---`` ... ``---`` block by blank lines; keep its pairs."""
    if not lines or lines[0].strip() != "---":
        return lines, []
    end = next((i for i, line in enumerate(lines[1:60], 1) if line.strip() in {"---", "..."}), None)
    inside = [line for line in lines[1:end or 1] if line.strip()]
    if end is None or not all(_META.match(line) or line.lstrip().startswith(("#", "- ")) for line in inside):
        return lines, []
    meta = [(m.group(1).strip(), m.group(2).strip().strip("'\""))
            for line in lines[1:end] if (m := _META.match(line))]
    return [""] * (end + 1) + lines[end + 1:], meta
