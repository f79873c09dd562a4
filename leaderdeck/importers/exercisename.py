"""A case's name without the number that places it among a set's exercises.

A take-home set numbers its parts (``# Task 3: Engineering Leadership Challenge``, ``## Exercise 2: Ledger sync``,
``Part 1b: ...``): one word and a number before a colon place the case in the set; the name is what follows.
"""

from __future__ import annotations

from .textreader import label_of as line_label
from ..lazyre import lazy_re

_NUMBERED = lazy_re(r"^[A-Za-z]+\s*#?\d{1,2}[a-z]?$")  # "Task 3", "Exercise 2", "Part 1b"


def unnumbered(title: str) -> str:
    """``title`` without a leading ``Task 3:`` / ``Exercise 2:`` (one word and a number, then a colon); ``title``
    itself when it has none or nothing follows it."""
    label, name = line_label(title)
    return name if name and _NUMBERED.match(label.strip()) else title
