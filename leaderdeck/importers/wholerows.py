"""Rows a tool wrote whole inside one pair of quotes: ``"role,question,level"`` over
``"Platform lead,How do you size a migration?,Senior"`` (a quote inside such a row doubled, as in any cell).

A sheet passed through a script that quoted each line as one field (a list of lines written out as a
one-column CSV) keeps its columns inside the quotes, the quotes in its cells doubled. Read as it stands,
every row is one cell and the header names no question column, so nothing is found. Each row's one cell is
the row as it was written: read again with the same separator, it gives the columns back.

Only a sheet of single-cell rows whose first cell holds the separator is read again, and the caller keeps
the columns only where they name a question column (a one-column sheet of quoted questions with commas in
them, ``"Why this team, and why now?"``, has no header to find among its halves and stays as it is).
"""

from __future__ import annotations

import csv
import io

_LEAST_ROWS = 2  # a header and one row under it


def opened_rows(rows: list[tuple[int, list[str]]], delimiter: str) -> list[tuple[int, list[str]]] | None:
    """``rows`` (line, cells) read again with ``delimiter`` when every one is a single cell and the first holds
    the separator (see the module); else ``None``."""
    if len(rows) < _LEAST_ROWS or any(len(cells) != 1 for _, cells in rows) or delimiter not in rows[0][1][0]:
        return None
    opened = []
    for line, (cell,) in rows:
        try:
            cells = next(csv.reader(io.StringIO(cell, newline=""), delimiter=delimiter), [])
        except csv.Error:
            return None  # not a row written inside the quotes after all
        opened.append((line, cells))
    return opened
