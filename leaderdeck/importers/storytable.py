"""A table that tells a story a part per row (``| **Situation** | text |``), its row labels STAR's or the author's own.

A two-column table of ``| label | text |`` rows (below a header row) is a story when one of its rows is a Situation
or a Result; a part's row with its text cell empty (``| **Task** |  |``) is that part left to write. Rows named by a STAR part fill that part. A row named otherwise (``Bet``, ``Coalition``, ``Proof``)
is kept, its label in bold, in the part of the nearest STAR row above it: in the Action when that row set the
scene (a Situation or Task) and the table has no Action row, or when no STAR row comes above it (then in the
Action row, if the table has one). A row naming another kind of label (``Tips``, ``Question``) leaves the table
as it is: something else than a story.
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, PARAGRAPH
from .labels import STAR_SLOTS, normalise, slot

_MAX_LABEL_WORDS = 3
_SCENE = frozenset({"situation", "task"})
_STORY = frozenset({"situation", "result"})


@dataclasses.dataclass(slots=True)
class _Part:
    name: str
    opener: Block | None  # the row naming the part; None for an Action the table names no row of
    line: int
    rows: list[Block] = dataclasses.field(default_factory=list)


def star_rows(block: Block) -> list[Block]:
    """The rows of a story table, in order: each part's row as a labelled paragraph at its row's line (an Action
    opened with no text where rows of the author's own go into one the table does not name), then the rows kept
    in it as paragraphs ``**Label:** text``; empty when the table is something else."""
    rows = _rows(block)
    if rows is None or len(rows) < 2 or not any(name in _STORY for name, _, _ in rows):
        return []
    has_action = any(name in ("action", "answer") for name, _, _ in rows)
    parts: list[_Part] = []
    waiting: list[Block] = []  # author's rows above every STAR row, for the Action row further down
    made: _Part | None = None  # the Action no row names
    for name, label, row in rows:
        if name:
            parts.append(_Part(name, row, row.line))
            if name in ("action", "answer"):
                parts[-1].rows.extend(waiting)
                waiting = []
            continue
        kept = dataclasses.replace(row, text=f"**{label}:** {row.rest}", lead="", rest="")
        if parts and not (parts[-1].name in _SCENE and not has_action):
            parts[-1].rows.append(kept)
        elif has_action:
            waiting.append(kept)
        else:
            if made is None:
                made = _Part("action", None, row.line)
                parts.append(made)
            made.rows.append(kept)
    out: list[Block] = []
    for part in parts:
        opener = part.opener or Block(PARAGRAPH, part.line, part.line, "", lead="Action")
        out.extend([opener, *part.rows])
    return out


def _rows(block: Block) -> list[tuple[str, str, Block]] | None:
    """``(part, label, row)`` per row below the header (``part`` empty for a label of the author's own), each row
    a paragraph at its line; ``None`` when a row is no ``| label | text |`` pair or names another kind of label."""
    rows: list[tuple[str, str, Block]] = []
    for index, cells in enumerate(block.rows):
        filled = [cell.strip() for cell in cells if cell.strip()]
        if not filled:
            continue
        label = filled[0].strip(" *_:")
        if len(filled) == 1 and len(cells) == 2 and cells[0].strip() and slot(label) in STAR_SLOTS:
            filled = [filled[0], ""]  # "| **Task** |  |": a part left to write, the story's all the same
        name = slot(label) if len(filled) == 2 and 0 < len(label.split()) <= _MAX_LABEL_WORDS else "none"
        if name == "answer" and normalise(label) == "a":
            name = "answer"  # "| A |" or "| A (Action) |" after "| S |": the Action, as the note's kind reads it
        elif name not in STAR_SLOTS and name is not None:
            if rows or index > 0:
                return None  # a row that is no STAR part nor a part of the author's own: not a story table
            continue  # a header ("| Part | Story |") above the parts
        elif index == 0 and name is None:
            continue  # a header ("| Stage | Content |")
        line = block.row_lines[index] if index < len(block.row_lines) else block.line
        row = dataclasses.replace(block, kind=PARAGRAPH, line=line, end=line, text=filled[1],
                                  lead=label if name else "", rest=filled[1], rows=(), row_lines=())
        rows.append((name or "", label, row))
    return rows
