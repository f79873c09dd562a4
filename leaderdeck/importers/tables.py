"""Markdown tables with one note per row: a header that names a question column.

Such a table is read exactly as the same table in a CSV file would be
(:func:`leaderdeck.importers.spreadsheet.import_table`: the same header names,
a star per row with STAR columns, a Q&A note otherwise, a draft without an
answer), each note at its row's line, the headings above the table its topic
hint. A table of questions none of which it answers, with an ``Answer:`` right under it, is one note
(:mod:`.answered`). Any other table stays a block of the document, text of the note around it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .answered import answer_below, answered_once
from .base import ParseResult
from .blocks import Block, BlockKind
from .spreadsheet import import_table


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
        if block.kind is BlockKind.HEADING:
            headings = [h for h in headings if h[0] < block.level] + [(block.level, block.text)]
        result = import_table(block.rows, block.row_lines) if block.kind is BlockKind.TABLE else None
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
