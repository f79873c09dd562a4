"""A plain-text group line typed in Title Case (``Conflict And Feedback``, ``Leadership``): a heading over the
questions under it.

Notes typed in a plain editor sort their questions under a group's name written as a line of its own, a blank line
above and below it, the first question of the group right under it::

    How do you handle a teammate who misses deadlines?
    I ask what is blocking them first.

    Failure Stories

    Describe a project that failed.

Read as a paragraph, ``Failure Stories`` became the last line of the answer above it. Such a line is a heading when
it is a few words, each opening in a capital (small words such as ``and``, ``of`` aside), that neither ask, nor end
a sentence or a label, nor name a label we read (``Situation``, ``Tips``), and the next line that is not blank
asks. A line right under a question is its answer, however it is typed (``Ship It Anyway``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block
from .labels import slot
from .text import is_question
from ..lazyre import lazy_re

_WORDS = 6  # a group's name is short
_CHARS = 50
_SMALL = frozenset({"and", "or", "of", "the", "a", "an", "to", "in", "on", "for", "with", "at", "by", "vs", "vs."})
_LOOK = 3  # blank lines looked past for the line under the group's name
_MARK = lazy_re(r"^(?:\d{1,3}[.)]|[-*•]|Q\d{0,3}[.:)])\s+")  # "1. ", "- ", "Q: ": a list's or a question's mark


def title_group(block: Block, lines: Sequence[str], index: int, asking: str) -> bool:
    """Whether the bare paragraph ``block`` at ``lines[index]`` is a group's name in Title Case (see the module);
    ``asking``: the text of the next line that is not blank, its list mark taken off (:func:`next_text`)."""
    text = block.text
    if block.lead or not text[:1].isupper() or len(text) > _CHARS or block.indent \
            or text.endswith((".", "!", "?", ",", ";", ":", "？", "：")) or not _blank_around(lines, index):
        return False
    parts = text.split()
    if len(parts) > _WORDS or len(parts) == 1 and len(text) < 4:
        return False
    if not all(word[:1].isupper() or word[:1] in "&/-+" or word.casefold() in _SMALL
               for word in parts[1:]):
        return False
    return slot(text) is None and not is_question(text) and bool(asking) and is_question(asking)


def _blank_around(lines: Sequence[str], index: int) -> bool:
    """Whether the lines right above and right under ``lines[index]`` are blank (the file's edge counts)."""
    above = lines[index - 1] if index else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return not above.strip() and not below.strip() and index + 1 < len(lines)


def next_text(lines: Sequence[str], index: int) -> str:
    """The stripped text of the first line that is not blank after ``lines[index]``, within a few lines."""
    for line in lines[index + 1: index + 2 + _LOOK]:
        if text := line.strip():
            return _MARK.sub("", text, count=1)
    return ""
