"""Headings whose marks an exporter escaped: ``\\#\\# Collaboration``, as Google Docs writes Markdown typed into it.

A writer who types ``## Collaboration`` into Google Docs (or pastes Markdown there) gets a paragraph whose marks
the "Download as Markdown" export escapes, so it stays text and the questions under it run on as the answer of
the question above. A line that opens with one to six escaped ``#`` marks and a space after them is the heading
the writer typed. ``\\#1 priority`` (no space after the mark) stays text. So is a line opening with an escaped
bullet (``\\- What would you do differently?``, typed as a dash in the document) a list item, unless the line
closes with the same escaped mark (``\\* Notes: ... \\*``, a pair typed around the words).
"""

from __future__ import annotations

from ..lazyre import lazy_re

_ESCAPED_HEAD = lazy_re(r"^([ ]{0,3})((?:\\#){1,6})[ \t]+(?=\S)")
_ESCAPED_BULLET = lazy_re(r"^([ \t]*)\\([-*+])[ \t]+(?=\S)")


def unescaped_heads(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with their escaped heading and bullet marks read as marks (a quick look spares a text without
    them)."""
    if "\\" not in (text := "\n".join(lines)) or not any(mark in text for mark in _BULLETS | {"\\#"}):
        return lines  # one look at the whole text: most documents escape no mark
    return tuple(_ESCAPED_HEAD.sub(_marks, line) if (opening := line.lstrip(" \t")[:2]) == "\\#"
                 else _ESCAPED_BULLET.sub(r"\1\2 ", line) if opening in _BULLETS and not line.endswith(opening)
                 else line for line in lines)


_BULLETS = frozenset({"\\-", "\\*", "\\+"})


def _marks(match) -> str:
    return f"{match.group(1)}{'#' * (len(match.group(2)) // 2)} "
