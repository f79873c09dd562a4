"""Lines of a text found by one search of the whole text, and the lines its fences hold.

A rule that looks for a rare shape of line searches the joined text once, with a pattern that opens on the line
break before the line (a search passes over a text far sooner than a match tried on each of its lines), and maps
each match to its line (:func:`lines_opened`). Such rules leave the lines inside a fence as they are
(:func:`fenced_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence


_FENCES = ("```", "~~~")


def lines_opened(pattern: re.Pattern[str], text: str) -> list[int]:
    """The indexes of the lines of ``text``, after its first, at whose start ``pattern`` (opening with the line
    break before the line) matches."""
    indexes, line, at = [], 0, 0
    for match in pattern.finditer(text):
        line += text.count("\n", at, match.start() + 1)
        at = match.start() + 1
        indexes.append(line)
    return indexes


def fenced_lines(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines inside a fence, its own lines included: a fence opened by three backticks or tildes
    closes on the same marks."""
    fenced, fence = set(), ""
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith(_FENCES):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
            fenced.add(index)
        elif fence:
            fenced.add(index)
    return fenced
