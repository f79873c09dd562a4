"""Rows of a table pasted into plain text: cells separated by tabs, as a spreadsheet or a document's table gives
them when copied.

``Story<TAB>Situation<TAB>Task<TAB>Action<TAB>Result`` over rows with the same number of tabs is a table, as a
Markdown table is (:mod:`.tables` reads it into notes, one a row). A run counts when its header row and at least
one row under it, on consecutive lines, hold the same number of cells (two or more), the header's cells are short
names two of which name a note's fields as a spreadsheet's would (:func:`.headers.header_mapping`: Question and
Answer, Story and Situation ...), and no line opens with a tab (a tab there indents a list, it separates no cell).
"""

from __future__ import annotations

from .blocks import Block, TABLE
from .headers import header_mapping

_HEADER_WORDS = 6  # a column's name, not a sentence
_LEAST_ROWS = 2  # the header and one row
_LEAST_NAMED = 2  # columns the header names as a note's fields
_NOTE_FIELDS = frozenset({"question", "answer", "title", "scenario", "situation", "task", "action", "result"})


def tabbed_tables(lines: tuple[str, ...]) -> dict[int, Block]:
    """The tables in ``lines``, by the index of their first line (see the module); ``{}`` for most texts, which
    hold no tab between words."""
    found: dict[int, Block] = {}
    index = 0
    while index < len(lines):
        cells = _cells(lines[index])
        if cells is None or not all(0 < len(cell.split()) <= _HEADER_WORDS for cell in cells) \
                or not _names_fields(cells):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and (row := _cells(lines[end])) is not None and len(row) == len(cells):
            end += 1
        if end - index >= _LEAST_ROWS:
            rows = tuple(tuple(_cells(line) or ()) for line in lines[index:end])
            found[index] = Block(TABLE, index + 1, end, rows=rows, row_lines=tuple(range(index + 1, end + 1)),
                                 plain=True)
        index = end
    return found


def _cells(line: str) -> list[str] | None:
    """A line's cells: two or more, split at its tabs; ``None`` for a line with no tab between words or opening
    with one."""
    if "\t" not in line or line.startswith("\t") or not line.strip():
        return None
    cells = [cell.strip() for cell in line.rstrip("\n").rstrip().split("\t")]
    return cells if len(cells) >= 2 and any(cells[1:]) else None


def _names_fields(header: list[str]) -> bool:
    fields = set(header_mapping(header)[0].values())
    return len(fields) >= _LEAST_NAMED and bool(fields & _NOTE_FIELDS)
