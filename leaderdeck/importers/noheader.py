"""A sheet of two columns with no header row: a question (or a card's front) in the first, its answer in the second.

Anki's own CSV import, Quizlet's export and many hand-made flashcard sheets have no header: every row is a card,
``What is a closure?,A function with its environment``. Such a sheet names no question column, so it is read as
Anki reads it when its shape says so: no row has text beyond the second column, and its first row is data, not a
row of names (one of its cells asks, ends a sentence, runs over several lines or is long). A first row of short
names (``Name,Email``) is a header that names no question, and the sheet is refused as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import is_question

HEADERLESS = ["Question", "Answer"]  # the columns such a sheet is read with
_NAME_WORDS = 5  # a header's name is a few words; a cell longer than this is data
_LEAST_ROWS = 2


def headerless(rows: Sequence[tuple[int, list[str]]]) -> bool:
    """Whether ``rows`` (every row of the sheet, blank ones left out) are a two-column sheet with no header row."""
    if len(rows) < _LEAST_ROWS or any(cell.strip() for _, cells in rows for cell in cells[2:]):
        return False
    return any(_data(cell) for cell in rows[0][1][:2])


def _data(cell: str) -> bool:
    """Whether a cell of the first row is data rather than a column's name."""
    text = cell.strip()
    return "\n" in text or text.endswith((".", "!", "?", "？")) or len(text.split()) > _NAME_WORDS \
        or bool(text) and is_question(text)
