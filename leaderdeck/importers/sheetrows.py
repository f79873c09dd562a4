"""Rows of a spreadsheet that are not data: a title row (and blank rows) above the header, the header repeated
further down (sheets pasted together, a header on every printed page), a row drawn as a separator (``-----``),
and a group row that only names the rows under it (``LEADERSHIP``, ``— Delivery —`` alone in its row).

Each is found from the row's shape alone, and the caller reports it; a group's name becomes the category of the
rows under it that state none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .text import is_question

HEADER_SEARCH = 10  # rows above the header, at the most, that a title, a note or a date may take
_GROUP_WORDS = 6  # a group row names its group in a few words
_SMALL = frozenset({"and", "or", "of", "the", "for", "to", "in", "on", "a", "an", "with", "vs", "&"})


def header_index(rows: Sequence[tuple[int, list[str]]], names: Callable[[list[str]], bool]) -> int:
    """The index of the header among the first rows: the first row of two names or more that ``names`` a question
    column (or a story bank's; a title alone in its row, ``My questions``, is no header), else the first such row
    of one name (a sheet of one column), else the first row (the caller then says what the header lacks)."""
    first = rows[:HEADER_SEARCH]
    for least in (2, 1):
        for index, (_, cells) in enumerate(first):
            if sum(1 for cell in cells if cell.strip()) >= least and names([cell.strip() for cell in cells]):
                return index
    return 0


def repeats_header(cells: list[str], header: list[str]) -> bool:
    """A row that is the header again: the same names in the same columns (empty cells aside)."""
    filled = [(i, c.strip().casefold()) for i, c in enumerate(cells) if c.strip()]
    return len(filled) >= 2 and all(i < len(header) and header[i].casefold() == c for i, c in filled)


def group_name(cells: list[str]) -> str:
    """The name a group row gives the rows under it (``LEADERSHIP``, ``Stakeholders & Delivery``, ``--- People
    ---``): one cell alone in its row, a few words each capitalised (small words aside) that neither ask nor end a
    sentence; else ``""``."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) != 1 or "\n" in filled[0]:
        return ""
    name = filled[0].strip(" -=—–*#_:|~•·")
    words = name.split()
    if not words or len(words) > _GROUP_WORDS or name.endswith((".", "!", "?", ",", ";")):
        return ""
    lettered = [w for w in words if any(ch.isalpha() for ch in w)]
    if not lettered or any(not w[:1].isupper() and w.casefold() not in _SMALL for w in lettered
                           if w[:1].isalpha()):
        return ""
    if is_question(name):
        return ""
    return name.title() if name.isupper() and len(name) > 3 else name


def rule_row(cells: list[str]) -> bool:
    """A row drawn as a separator (``-----``, ``=====``, ``***``): filled cells holding no letter or digit."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and not any(ch.isalnum() for cell in filled for ch in cell)


_SUMMING = frozenset({"total", "totals", "grand total", "sum", "subtotal", "sub-total", "average", "avg", "mean",
                      "count", "overall"})


def totals_row(cells: list[str]) -> bool:
    """A row that sums the rows above it (``Total,,,,12``, ``Average;;3.5``): its first filled cell names the sum
    and every other filled cell holds a number, no words."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled or filled[0].casefold().rstrip(": ") not in _SUMMING:
        return False
    return all(not any(ch.isalpha() for ch in cell) and any(ch.isdigit() for ch in cell) for cell in filled[1:])
