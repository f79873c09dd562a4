"""A ``.txt`` file that is a sheet: every row's cells separated by tabs, the same number of them on every row.

Anki's "Notes in Plain Text" export before it wrote ``#separator:tab`` lines is such a file
(``What is a closure?<TAB>A function with its scope<TAB>js``), and so is a table a database or a spreadsheet
saved as tab-separated text under a ``.txt`` name. Read as plain text its rows are lines of prose with tabs in
them, and nothing in it reads as a note; read as a sheet each row is one. The shape decides: two rows or more, each
split at its tabs into the same number of cells (two or more, a field's quotes and line breaks read as a sheet
reads them), no row opening with a tab (a tab there indents a list), the first cell of every row written, and a
cell after it in most rows (a tab left at the end of every line of a text separates nothing).
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from pathlib import PurePath

_LEAST_ROWS = 2
_SUFFIXES = frozenset({".txt", ".text"})


@lru_cache(maxsize=4)  # asked of the same text when it is detected, its separator chosen and its rows read
def tab_separated(text: str, name: str) -> bool:
    """Whether ``text`` (a ``.txt`` file's) is a sheet of tab-separated rows (see the module)."""
    if PurePath(name).suffix.casefold() not in _SUFFIXES:
        return False
    first = text.lstrip("\ufeff\r\n").split("\n", 1)[0]
    if "\t" not in first or first.startswith("\t"):  # most texts: no tab in their first line, or a list's indent
        return False
    try:
        rows = [cells for cells in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter="\t")
                if any(cell.strip() for cell in cells)]
    except csv.Error:
        return False
    width = len(rows[0]) if rows else 0
    return len(rows) >= _LEAST_ROWS and width >= 2 \
        and all(len(cells) == width and cells[0].strip() for cells in rows) \
        and 2 * sum(1 for cells in rows if any(cell.strip() for cell in cells[1:])) > len(rows)
