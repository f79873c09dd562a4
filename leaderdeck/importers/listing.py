"""How the report names many lines and long text: the first :data:`LISTED` lines then "...", text cut short.

A bank of a thousand questions without answers, or a chip under every question, must not give a report
of a thousand lines: the report names a few lines of each kind and counts the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

LISTED = 8  # lines named one by one; more of the same are counted


def line_list(lines: Sequence[int]) -> str:
    """``"3, 9, 14"``; past :data:`LISTED` lines, the first of them and ``", ..."``."""
    return ", ".join(str(line) for line in lines[:LISTED]) + (", ..." if len(lines) > LISTED else "")


def short(text: str, width: int = 60) -> str:
    """``text`` on one line, cut to ``width`` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
