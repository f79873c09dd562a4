"""A two-column table of the writer's own answers under a header that names no column (``Key | Value``).

Some keep their answers as a table, one prompt a row, the prompt short and in bold, the answer long and told as I:

    | Key              | Value                                                      |
    |------------------|------------------------------------------------------------|
    | **Why this team** | I use the product every day and want to work on its ... |
    | **Weakness**     | I over-review code; I now automate the checks ...          |

The header names neither a question nor an answer, so the table was no note's and the document had "nothing
recognisable". A table of two columns, three rows or more, whose first column holds short prompts (eight words at
most, no sentence ending) and whose second column tells as I or we in at least half its rows, is read as a question
column and an answer column, whatever its header says (a list in an answer cell, run onto one line when an HTML
table was converted, is a list again). A table of facts (``Team | Payments``), answers told by no
one, a story told a part a row (``| Situation | ... |``), a wider table, or one whose header names its first column
as topics (``| Area | Sample talking point |``, a cheat sheet of lines to say per area, no question in it) is left
as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .labels import STAR_SLOTS, star_slot
from .voice import first_person
from ..lazyre import lazy_re

_WORD = lazy_re(r"[^\W_]+(?:['’][^\W_]+)?")
_ITEM = "-   "  # the marker the conversion writes before each item
_FLAT_ITEM = lazy_re(r"(?P<gap>\s*)-   (?P<text>.*?)(?=\s+-   |$)", re.DOTALL)
_TOLD = lazy_re(r"^(?:i|we|i'm|i've|we're|we've|i'd)\b", re.IGNORECASE)
_ROWS = 3
# a header naming its first column as topics ("| Area | Sample talking point |", "| Competency | My line |"): its
# rows name areas to speak of, no prompt each
_TOPICS = lazy_re(r"^(?:areas?|topics?|themes?|categor(?:y|ies)|competenc(?:y|ies)|skills?|dimensions?|focus(?: areas?)?"
                  r"|domains?|pillars?)$", re.IGNORECASE)
_PROMPT_WORDS = 8


def as_prompts_and_answers(rows: Sequence[Sequence[str]]) -> list[list[str]] | None:
    """``rows`` (the header first) with a header naming its columns question and answer, when the table is the
    writer's prompts and answers (see the module docstring); else ``None``."""
    if len(rows) <= _ROWS or any(len(row) != 2 for row in rows):
        return None
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    if len(body) < _ROWS or not all(_prompt(key) for key, _ in body) or _TOPICS.match(rows[0][0].strip(" *_")):
        return None
    if sum(1 for key, _ in body if star_slot(key) in STAR_SLOTS) >= 2:
        return None  # "| Situation | ... |" / "| Action | ... |": one story told a part a row (:mod:`.storytable`)
    told = sum(1 for _, value in body if first_person(value))
    if 2 * told < len(body):
        return None
    return [["Question", "Answer"], *([key, _unflattened(value)] for key, value in body)]


def _unflattened(cell: str) -> str:
    """A cell whose list an HTML table's conversion ran onto one line (``-   a -   b     -   c``) as the list it was,
    an item a line, an item set off by four spaces or more nested under the one before; any other cell as it is."""
    if not cell.startswith(_ITEM) or cell.count(_ITEM) < 2:
        return cell
    lines = []
    for match in _FLAT_ITEM.finditer(cell):
        nested = len(match["gap"]) >= 4 and bool(lines)
        lines.append(("    " if nested else "") + "- " + match["text"].strip())
    return "\n".join(lines)


def _prompt(cell: str) -> bool:
    """A short prompt: eight words at most (``Leadership / Business Impact`` is three), no sentence ending, not told
    as I or we (a Before | After table of phrasings, ``I led a team``, has none)."""
    text = " ".join(cell.split())
    return 0 < len(_WORD.findall(text)) <= _PROMPT_WORDS and not text.endswith((".", "!", ";", ":")) \
        and not _TOLD.match(text)  # "| "I led a team" | ... |": a phrasing told, no prompt
