"""A sheet of two columns with no header row: a question (or a card's front) in the first, its answer in the second.

Anki's own CSV import, Quizlet's export and many hand-made flashcard sheets have no header: every row is a card,
``What is a closure?,A function with its environment``. Such a sheet names no question column, so it is read as
Anki reads it when its shape says so: no row has text beyond the second column, and its first row is data, not a
row of names (one of its cells asks, ends a sentence, runs over several lines or is long). A first row of short
names (``Name,Email``) is a header that names no question, and the sheet is refused as before. A ``.txt`` of
tab-separated rows (:mod:`.tabbedtext`) may hold more: row numbers, a short name before the question, Anki's tags
after the answer, empty columns (:func:`_tabbed`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import is_question
from ..lazyre import lazy_re

HEADERLESS = ["Question", "Answer"]  # the columns such a sheet is read with
SHORT_NAME = "Short name"  # a name the writer gave each question, in a column of its own: no field of a note
_READ_AS = {"#": "the rows' numbers", SHORT_NAME: "a short name", "Question": "the question", "Answer": "its answer",
            "#tags": "its tags", "": "empty"}
NULL = "\\N"  # a database's empty value, as MySQL and PostgreSQL write it in tab-separated text
_NAME_WORDS = 5  # a header's name is a few words; a cell longer than this is data
_LEAST_ROWS = 2
# one of Anki's tags: no space in it ("leadership", "ch03::delegation"), nor a sentence's last word ("years.")
_TAG = lazy_re(r"^[\w:.+/#-]*[\w:+/#-]$")
_MOST_TAGS = 8  # a cell of more words than this is a sentence, however its words end


def headerless(rows: Sequence[tuple[int, list[str]]], tagged: bool = False) -> list[str] | None:
    """The columns ``rows`` (every row of the sheet, blank ones left out) are read with when they are a two-column
    sheet with no header row; ``None`` when they are not. With ``tagged`` (a sheet saved as tab-separated text, as
    Anki's older export is), a third column of tags only is read as the notes' tags (``What is X?<TAB>It is
    ...<TAB>js basics``): Anki puts them there; in a sheet of another kind a third column is data of its own."""
    if len(rows) < _LEAST_ROWS:
        return None
    if tagged:
        return _tabbed(rows)
    if not any(_data(cell) for cell in rows[0][1][:2]) or any(cell.strip() for _, cells in rows for cell in cells[2:]):
        return None
    return list(HEADERLESS)


def _tabbed(rows: Sequence[tuple[int, list[str]]]) -> list[str] | None:
    """The columns of a tab-separated text with no header row, as a database or Anki saves one: a first column of
    whole numbers is the rows' numbers; a short name before the question (``Weekend<TAB>How do you spend your
    weekend?``: the name asks nothing, the question does, in most rows) is reported as a column not read; then the
    question and its answer; then Anki's tags, or columns left empty (``\\N``, a database's empty value, is one)."""
    width = max(len(cells) for _, cells in rows)
    columns = [[_value(cells, index) for _, cells in rows] for index in range(width)]
    names: list[str] = []
    if width > 2 and all(value.isdigit() for value in columns[0]):
        names.append("#")  # "17<TAB>...": the row's number
    start = len(names)
    if not any(_data(value) for value in (columns[start][0], columns[start + 1][0])):
        return None  # a first row of short names: a header that names no question
    if width - start > 2 and not _asking(columns[start]) and _asking(columns[start + 1]):
        names.append(SHORT_NAME)  # "Weekend<TAB>How do you spend your weekend?": reported, not read
    names.extend(("Question", "Answer"))
    for index in range(len(names), width):
        if index == width - 1 and all(_tags(value) for value in columns[index]) and any(columns[index]):
            names.append("#tags")  # Anki's tags, after the fields, separated by spaces
        elif any(columns[index]):
            return None  # a column of data we cannot name
        else:
            names.append("")
    return names[:width]


def _value(cells: list[str], index: int) -> str:
    value = cells[index].strip() if index < len(cells) else ""
    return "" if value == NULL else value


def _asking(values: list[str]) -> bool:
    """Whether most of a column's written cells ask."""
    written = [value for value in values if value]
    return bool(written) and 2 * sum(1 for value in written if is_question(value)) >= len(written)


def _tags(cell: str) -> bool:
    """Whether a cell is empty or holds tags only, one word each (no sentence: no space inside a tag)."""
    tags = cell.split()
    return len(tags) <= _MOST_TAGS and all(_TAG.match(tag) for tag in tags)


def _data(cell: str) -> bool:
    """Whether a cell of the first row is data rather than a column's name."""
    text = cell.strip()
    return "\n" in text or text.endswith((".", "!", "?", "？")) or len(text.split()) > _NAME_WORDS \
        or bool(text) and is_question(text)


def read_as(names: Sequence[str]) -> str:
    """What the report says of how a sheet with no header row was read with ``names``."""
    if list(names) == HEADERLESS:
        return "the first column read as the question, the second as its answer"
    return "its columns read in turn as " + ", ".join(_READ_AS.get(name, name) for name in names)
