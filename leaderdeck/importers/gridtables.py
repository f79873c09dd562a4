"""Pandoc's grid tables, as a Word or Confluence page converted to Markdown holds them, read as pipe tables.

markdown-it reads no grid table (``+----+----+`` borders, ``| ... |`` lines between them, ``+====+`` under the
header), so a table of questions and answers would be one paragraph of text. Each grid table becomes the pipe
table it means: a cell's lines joined (a line opening a list item, or the first after a blank one, starts a line
of its own, kept as ``<br>``, which a table's cell reads as a line break), one row per bordered row. A table
without a header border takes its first row as the header. The pipe table takes the grid's first lines and blank
ones fill the rest, so every line after the table keeps its number.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_BORDER = lazy_re(r"^\+(?:[-=:]+\+)+$")
_ITEM = lazy_re(r"^(?:[-*+]|\d{1,3}[.)])\s")


def ungridded(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with their grid tables written as pipe tables (a quick look spares a text with no border line)."""
    if not any(line[:2] == "+-" for line in lines):
        return lines
    out = list(lines)
    index = 0
    while index < len(out):
        line = out[index].strip()
        if line[:2] == "+-" and _BORDER.match(line):
            index = _rewrite(out, index)
        index += 1
    return tuple(out)


def _rewrite(out: list[str], start: int) -> int:
    """Rewrite the grid table whose top border is at ``start``; the index of its last line (``start`` when the
    lines there make no grid table)."""
    border = out[start].strip()
    cuts = [i for i, char in enumerate(border) if char == "+"]
    indent = len(out[start]) - len(out[start].lstrip())
    rows: list[list[list[str]]] = []
    header = False
    cells: list[list[str]] = [[] for _ in cuts[1:]]
    end = start
    for index in range(start + 1, len(out)):
        line = out[index].strip()
        if _BORDER.match(line):
            rows.append(cells)
            cells = [[] for _ in cuts[1:]]
            header = header or ("=" in line and len(rows) == 1)
            end = index
            continue
        if not (line.startswith("|") and line.endswith("|")) or len(line) != len(border):
            break
        for column, (left, right) in enumerate(zip(cuts, cuts[1:])):
            cells[column].append(line[left + 1:right].strip())
    if len(rows) < 1 or end == start:
        return start
    table = [_row(rows[0], indent)] + [" " * indent + "|" + "|".join(" --- " for _ in cuts[1:]) + "|"] \
        + [_row(row, indent) for row in rows[1:]]
    if not header and len(rows) == 1:
        return end
    for offset in range(end - start + 1):
        out[start + offset] = table[offset] if offset < len(table) else ""
    return end


def _row(cells: list[list[str]], indent: int) -> str:
    return " " * indent + "| " + " | ".join(_cell(lines) for lines in cells) + " |"


def _cell(lines: list[str]) -> str:
    """A cell's lines as one line of a pipe table's cell."""
    pieces: list[str] = []
    fresh = True
    for line in lines:
        if not line:
            fresh = True
            continue
        if fresh or _ITEM.match(line) or not pieces:
            pieces.append(line)
        else:
            pieces[-1] += " " + line
        fresh = False
    return "<br>".join(pieces).replace("|", "\\|")
