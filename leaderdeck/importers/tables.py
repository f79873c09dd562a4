"""Markdown tables with one note per row: a header that names a question column.

Such a table is read exactly as the same table in a CSV file would be
(:func:`leaderdeck.importers.spreadsheet.import_table`: the same header names,
a star per row with STAR columns, a Q&A note otherwise, a draft without an
answer), each note at its row's line, the headings above the table its topic
hint; a two-column table of short prompts beside answers told as I is read so whatever its header says
(:mod:`.keyvalue`). A table of questions none of which it answers, with an ``Answer:`` right under it, is one note
(:mod:`.answered`). A table that tracks the reader's practice (tick boxes beside each question, :mod:`.trackers`) is
set aside and reported. Any other table stays a block of the document, text of the note around it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .answered import answer_below, answered_once
from .base import ParseResult, Skipped
from .blocks import Block, HEADING, TABLE
from .keyvalue import as_prompts_and_answers
from .spreadsheet import import_table
from .text import clean_title
from .trackers import PRACTICE_TRACKER, practice_tracker
from ..lazyre import lazy_re


def note_tables(blocks: Sequence[Block]) -> tuple[tuple[Block, ...], ParseResult]:
    """The blocks without the tables that hold notes, and the notes (skipped parts, report lines) of those
    tables."""
    kept: list[Block] = []
    headings: list[tuple[int, str]] = []
    notes, skipped, attention = [], [], []
    skip = 0
    for index, block in enumerate(blocks):
        if skip:
            skip -= 1  # the answer under a table of questions, in its note
            continue
        if block.kind is not TABLE:  # most blocks: kept, a heading noted for the tables under it
            if block.kind is HEADING:
                headings = [h for h in headings if h[0] < block.level] + [(block.level, block.text)]
            kept.append(block)
            continue
        rows = _plain_rows(block.rows)
        if rows and headings and practice_tracker(rows, headings[-1][1]):
            skipped.append(Skipped(block.line, f"table under '{clean_title(headings[-1][1])}'", PRACTICE_TRACKER))
            continue  # "| Question | Practiced? |" ticked row by row: the reader's form, not questions to learn
        result = import_table(rows, block.row_lines) if rows else None
        if result is None and rows and (prompted := as_prompts_and_answers(rows)) is not None:
            result = import_table(prompted, block.row_lines)  # "| Key | Value |" over the writer's own answers
        if result is None:
            kept.append(block)
            continue
        used, answer = answer_below(blocks, index)
        found = [one] if (one := answered_once(block, result.notes, answer)) is not None else result.notes
        skip = used if one is not None else 0
        hint = " ".join(text for _, text in headings)
        notes.extend(dataclasses.replace(note, topic_hint=note.topic_hint or hint) for note in found)
        skipped.extend(result.skipped)
        attention.extend(result.attention)  # a question on several rows, a row that does not ask
    return tuple(kept), ParseResult(notes=tuple(notes), skipped=tuple(skipped), attention=tuple(attention))


# a cell wholly in bold, italics or quotation marks: '**Leadership**', '"Tell me about a time ..."'
_WRAPPED = lazy_re(r"^(?P<mark>\*\*|__|\*|_|\"|“)(?P<text>[^*_\"“”\n](?:.*[^*_\"“”\s])?)(?:\*\*|__|\*|_|\"|”)$",
                   re.DOTALL)
_CLOSE = {"**": "**", "__": "__", "*": "*", "_": "_", '"': '"', "“": "”"}


def _plain_rows(rows: tuple[tuple[str, ...], ...]) -> list[list[str]]:
    """A table's cells without the bold, italics or quotation marks wrapping a whole cell (a Category cell in bold,
    a question in quotes): the words as a spreadsheet would hold them."""
    return [[_plain_cell(cell) for cell in row] for row in rows]


def _plain_cell(cell: str) -> str:
    text = cell.strip()
    while (found := _WRAPPED.match(text)) and text.endswith(_CLOSE[found.group("mark")]) \
            and found.group("text").count(found.group("mark")) == 0:
        text = found.group("text").strip()
    return text
