"""A column of scores in a sheet: ``Evaluation`` holding ``7/10``, ``Confidence`` holding ``4``, ``Rating`` holding
``★★★``.

A practice sheet or a mock-interview tool's export scores each answer in a column of its own. The header may read
as one of our fields (``Evaluation`` as what the interviewer looks for), but a cell that is only a number, a
fraction or a run of stars says nothing a card can teach: such a column is a rating, left out of the notes and
reported once by its header. A column is so read when it is mapped to coaching or tags (never a question, answer,
story part or level), and at least two of its cells are filled and every filled cell is a score.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import lazy_re

_SCORE = lazy_re(r"^\s*(?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:/\s*\d{1,3}|%)?|[★☆⭐\ufe0f ]+)\s*$")
_COACHING = frozenset({"signals", "tips", "competencies", "tags", "redflags"})
_MIN_FILLED = 2


def score_columns(data: Sequence[tuple[int, Sequence[str]]], mapping: dict[int, str]) -> set[int]:
    """The indexes of the columns of ``data`` (rows of cells, each with its line) that hold only scores (see the
    module), among those ``mapping`` gives to coaching or tags."""
    out = set()
    for index, field in mapping.items():
        if field not in _COACHING:
            continue
        filled = [row[index] for _, row in data if index < len(row) and row[index].strip()]
        if len(filled) >= _MIN_FILLED and all(cell[:1].isdigit() or cell.strip()[:1] in "★☆⭐" for cell in filled) \
                and all(_SCORE.match(cell) for cell in filled):
            out.add(index)
    return out
