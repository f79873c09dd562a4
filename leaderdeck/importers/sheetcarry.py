"""Rows of a spreadsheet that carry on the answer of the row above: cells merged down several rows.

A sheet kept in Excel or Google Sheets often writes a long answer over several rows, its question cell merged down
beside them; exported to CSV, only the first row names the question and the rows under it leave that cell empty
(``Access modifiers?,public: visible everywhere`` then ``,private: only the class``). Such a row, whose only text is
in the answer column and that comes right under a row with a question, is more of that answer, one line a row, never
a row asking nothing. A row with anything else in it (a category, a tag) is a row of its own, reported when it asks
nothing; so is one under a group or separator row.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CarriedAnswer:
    """The question and answer columns of a sheet that has one of each."""

    question: int
    answer: int

    def __call__(self, above: list[str], cells: list[str]) -> bool:
        """Whether ``cells`` carry on the answer of the row ``above``: that row asks (its question cell has text), and
        this one's only text is in the answer column."""
        filled = [i for i, cell in enumerate(cells) if cell.strip()]
        return filled == [self.answer] and self.question < len(above) and bool(above[self.question].strip())


def carried_answer(mapping: dict[int, str]) -> CarriedAnswer | None:
    """The sheet's :class:`CarriedAnswer` when its header maps one question column and one answer column."""
    questions = [i for i, field in mapping.items() if field == "question"]
    answers = [i for i, field in mapping.items() if field == "answer"]
    if len(questions) != 1 or len(answers) != 1:
        return None
    return CarriedAnswer(questions[0], answers[0])


def joined(above: list[str], cells: list[str], answer: int) -> list[str]:
    """The row ``above`` with the text of ``cells``' answer cell added to its own answer on a line of its own."""
    merged = list(above) + [""] * (answer + 1 - len(above))
    text = cells[answer].strip()
    merged[answer] = f"{merged[answer].rstrip()}\n{text}" if merged[answer].strip() else text
    return merged


def rows_named(lines: list[int]) -> str:
    """``row 4`` or ``rows 4-6`` (a run of rows carrying on one answer is always consecutive in the sheet's rows)."""
    return f"row {lines[0]}" if len(lines) == 1 else f"rows {lines[0]}-{lines[-1]}"
