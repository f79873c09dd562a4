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

So is such a line right over a new list of questions, after a blank line, in plain text or Markdown
(``Design Patterns`` over ``1. What is ...?``): the list before it, if any, ended (the numbers start again).
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING, ITEM, PARAGRAPH
from .labels import slot
from .text import is_question
from ..lazyre import lazy_re

_WORDS = 6  # a group's name is short
_CHARS = 50
_SMALL = frozenset({"and", "or", "of", "the", "a", "an", "to", "in", "on", "for", "with", "at", "by", "vs", "vs."})
_LOOK = 3  # blank lines looked past for the line under the group's name
_MARK = lazy_re(r"^(?:\d{1,3}[.)]|[-*•]|Q\d{0,3}[.:)])\s+")  # "1. ", "- ", "Q: ": a list's or a question's mark


def title_group(block: Block, lines: Sequence[str], index: int) -> bool:
    """Whether the bare paragraph ``block`` at ``lines[index]`` is a group's name in Title Case over the questions
    under it (see the module)."""
    if block.lead or block.indent or not _blank_around(lines, index) or not _shaped(block.text):
        return False
    asking = _next_text(lines, index)
    return bool(asking) and _titled(block.text) and is_question(asking)


def title_group_heads(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each group's name typed in Title Case right over a new list of questions read as a heading:
    a paragraph of one line after a blank line, the list right under it asking, and the list before it (if one
    asks right above) ended: its numbers start again (``7. ...?`` / blank / ``Design Patterns`` / ``1. ...?``) or
    no list was there. A line right under a question that is a paragraph is its answer, however it is typed."""
    out = blocks
    last = 0  # the level of the last heading
    for index, block in enumerate(blocks):
        if block.kind is HEADING:
            last = block.level
        if block.kind is not PARAGRAPH or not index or index + 1 >= len(blocks) or not block.text[:1].isupper() \
                or block.lead or block.indent or block.quoted or "\n" in block.text or len(block.text) > _CHARS:
            continue
        above, below = blocks[index - 1], blocks[index + 1]
        if above.end >= block.line - 1 or below.kind is not ITEM or below.line != block.end + 1 or below.indent \
                or not _shaped(block.text) or not _titled(block.text) or not is_question(below.text):
            continue
        if above.kind is PARAGRAPH and is_question(above.text) \
                or above.kind is ITEM and above.number is not None and below.number != 1:
            continue  # "Why leave?" / blank / "Growth Matters": its answer; or a list that goes on
        if out is blocks:
            out = list(blocks)
        out[index] = Block(HEADING, block.line, block.end, block.text, level=min(last + 1, 6) if last else 2,
                           plain=block.plain)
    return out


def _shaped(text: str) -> bool:
    """A few words, each opening in a capital (small words aside), ending in no sentence's or label's mark: the
    shape of a group's name (a cheap look, before :func:`_titled`)."""
    if not text[:1].isupper() or len(text) > _CHARS or text.endswith((".", "!", "?", ",", ";", ":", "？", "：")):
        return False
    parts = text.split()
    if len(parts) > _WORDS or len(parts) == 1 and len(text) < 4:
        return False
    return all(word[:1].isupper() or word[:1] in "&/-+" or word.casefold() in _SMALL for word in parts[1:])


def _titled(text: str) -> bool:
    """A line of :func:`_shaped` words that neither asks nor names a label we read."""
    return slot(text) is None and not is_question(text)


def _blank_around(lines: Sequence[str], index: int) -> bool:
    """Whether the lines right above and right under ``lines[index]`` are blank (the file's edge counts)."""
    above = lines[index - 1] if index else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return not above.strip() and not below.strip() and index + 1 < len(lines)


def _next_text(lines: Sequence[str], index: int) -> str:
    """The stripped text of the first line that is not blank after ``lines[index]``, within a few lines."""
    for line in lines[index + 1: index + 2 + _LOOK]:
        if text := line.strip():
            return _MARK.sub("", text, count=1)
    return ""
