"""A topic x level table of note counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .model import Level, Note
from .taxonomy import Taxonomy


def count_table(notes: Iterable[Note], taxonomy: Taxonomy) -> list[list[str]]:
    """Rows of text: a header, one row per topic, then totals."""
    counts = Counter((n.topic.name, n.level) for n in notes)
    header = ["Topic", *(level.label for level in Level), "Total"]
    rows = [header]
    for topic in taxonomy.topics:
        cells = [counts[(topic.name, level)] for level in Level]
        rows.append([topic.name, *map(_cell, cells), str(sum(cells))])
    totals = [sum(counts[(t.name, level)] for t in taxonomy.topics) for level in Level]
    rows.append(["Total", *map(str, totals), str(sum(totals))])
    return rows


def format_table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def _cell(count: int) -> str:
    return str(count) if count else "."
