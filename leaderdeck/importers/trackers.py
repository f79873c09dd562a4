"""A table that tracks the reader's practice: ``| Question | Practiced? | Feels natural? |`` with tick boxes
(``☐``, ``✅``, ``[ ]``) or nothing in every column but the first, under a heading about practice, review or a
checklist ("Practice Checklist", "Progress tracker").

Its rows name questions the reader means to rehearse, most often ones the page asks and answers above in full ("Tell
me about yourself", "Challenging technical problem"): a form to tick, not a bank of questions to learn. It is set
aside and reported; a table whose other columns hold words (answers, categories) stays a table of notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from .checklist import about_review
from ..lazyre import lazy_re

PRACTICE_TRACKER = "a practice checklist, not interview content"
# a cell that only ticks: boxes, check marks and crosses, "[ ]" / "[x]", a dash, or nothing
_TICK = lazy_re(r"^\s*(?:[☐☑☒✅✓✔✗✘❌⬜◻▢□■-]|\[[ xX✓]?\])?\s*$")


def practice_tracker(rows: Sequence[Sequence[str]], heading: str) -> bool:
    """Whether the table ``rows`` (its header first) under ``heading`` tracks practice (see the module docstring)."""
    if len(rows) < 2 or len(rows[0]) < 2 or not about_review(heading):
        return False
    return all(_TICK.match(cell) for row in rows[1:] for cell in row[1:])
