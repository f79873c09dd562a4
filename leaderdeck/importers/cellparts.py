"""A story typed into one cell of a sheet in labelled lines -> its STAR parts.

A sheet with one column for the whole story (``My Story (STAR)``) often holds it as label lines inside the cell:
``S: Billing alerts were ignored.`` / ``T: ...`` / ``A: ...`` / ``R: ...`` (or ``Situation:`` ... ``Result:``).
Read as an answer, those labels would sit in its text; read by their labels, the row tells a story like a row with
a column per part. The cell is read so only when it is nothing but such parts: it opens on a part's label, no part
is named twice, two parts at least and one of them what was done or came of it. Lines without a label carry on the
part above them; a line naming its parts inline (``S: ... T: ... A: ... R: ...``) is read as one a part. The lines
may be list items (``- **Situation:** ...``, as a table converted from HTML gives them), and a first line labelled
as the story's summary (``Summary:``, ``Summary (v2):``, ``TL;DR:``) is its one-liner, read apart
(:func:`cell_story`).
"""

from __future__ import annotations

from .dashparts import dashed_runs
from .inlineparts import inline_parts
from .labels import STAR_SLOTS, slot, star_slot
from .textreader import label_of
from ..lazyre import lazy_re

_TOLD = frozenset({"action", "result", "learning"})
_ITEM_MARK = lazy_re(r"^[-*+•][ \t]+")  # "- **Situation:** ...": a list item's marker before its label


def cell_parts(text: str) -> dict[str, str] | None:
    """The STAR parts ``text`` tells in labelled lines (see the module), in its order; ``None`` for other text."""
    found = cell_story(text)
    return found[0] if found is not None else None


def cell_story(text: str) -> tuple[dict[str, str], str] | None:
    """The STAR parts ``text`` tells in labelled lines and the summary line above them (``""`` when none);
    ``None`` for other text."""
    lines = _labelled_lines(text)
    summary = ""
    if lines and lines[0][0] and slot(lines[0][0]) == "cheat" and lines[0][1].strip():
        summary, lines = lines[0][1].strip(), lines[1:]  # "Summary (New): I introduced ..." over the parts
    parts = _parts(lines)
    return (parts, summary) if parts is not None else None


def _parts(lines: list[tuple[str, str, str]]) -> dict[str, str] | None:
    parts: dict[str, list[str]] = {}
    current = None
    for label, rest, line in lines:
        part = star_slot(label) if label else None
        if part in STAR_SLOTS:
            if part in parts:
                return None  # a part named again: two stories, or no parts at all
            parts[part] = [rest.strip()] if rest.strip() else []
            current = part
        elif current is None:
            return None  # text before the first label: an answer that speaks of the method, not parts
        else:
            parts[current].append(line.strip())
    if len(parts) < 2 or not parts.keys() & _TOLD:
        return None
    return {part: "\n".join(lines) for part, lines in parts.items()}


def _labelled_lines(text: str) -> list[tuple[str, str, str]]:
    """``(label, rest, line)`` of each line of ``text`` that is not blank, a line naming its parts inline
    (``S: ... T: ... A: ... R: ...``) cut into one a part."""
    found = []
    lines = tuple(text.strip().split("\n"))
    dashed = dashed_runs(lines) if len(lines) >= 3 else {}  # "Task - keep it up", "s: ..." typed in lower case
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        label, rest = dashed.get(index) or label_of(_ITEM_MARK.sub("", line.strip(), count=1))
        inline = inline_parts(label, rest) if label else None
        found.extend([(name, told, f"{name}: {told}") for name, told in inline] if inline else [(label, rest, line)])
    return found
