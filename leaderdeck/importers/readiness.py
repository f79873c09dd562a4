"""A readiness checklist: the writer's checks on their own stories, each named, a dash, then a yes-or-no question
put to the reader: ``Scope story — can you tell it in two minutes with the trade-off included?``, ``Why this
company — can you say it without mentioning pay?``, under a line that asks the same of them all (``Ready? — could
you tell these without notes?``).

Such a list is practice, not interview questions: read one question per item, it gave a draft per item and one
for its title. Structure decides: three items or more, each a short name (a few words, no question) and a dash
before a question, most of those questions closed ones put to "you" (``can you``, ``do you have``); the line over
them (a paragraph, or the heading of a section that holds only the list) goes with them when it asks a closed
question after a dash too. A badge of a word or two between that line and the list (``All``) goes with them.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .text import plain_words
from ..lazyre import lazy_re

_NAMED = lazy_re(r"^(?P<name>[^?？]{1,80}?)\s+[—–-]{1,2}\s+(?P<check>\S.*[?？])$")
_LEAD = lazy_re(r"^(?P<name>.{1,80}?)\s+[—–-]{1,2}\s+(?P<check>\S.*[?？])$")
_CLOSED = lazy_re(r"^\W*(?:can|could|do|did|are|have|will|would)\s+you\b", re.IGNORECASE)
_MIN_ITEMS = 3
_MAX_NAME_WORDS = 6
_MAX_BADGE_WORDS = 2


def named_checks(items: list[Block]) -> bool:
    """``items`` are a readiness checklist's items (see the module docstring)."""
    checks: list[str] = []
    for item in items:
        match = _NAMED.match(" ".join(plain_words(item.text).split()))
        if item.kind is not ITEM or match is None or len(match["name"].split()) > _MAX_NAME_WORDS:
            return False
        checks.append(match["check"])
    return len(checks) >= _MIN_ITEMS and sum(1 for check in checks if _CLOSED.match(check)) * 2 > len(checks)


def readiness_line(text: str) -> bool:
    """A line that asks a closed question of the reader after a dash ("Ready? — could you tell these cold?")."""
    if "?" not in text and "？" not in text:
        return False  # asks nothing: most lines
    match = _LEAD.match(" ".join(plain_words(text).split()))
    return match is not None and bool(_CLOSED.match(match["check"]))


def readiness_at(blocks: list[Block], index: int, head: str = "") -> tuple[str, int]:
    """``(the line's words, how many blocks after blocks[index] are the list)`` when ``blocks[index]`` is the line
    over a readiness checklist, or its first item opening the section under ``head``; ``("", 0)`` otherwise."""
    block = blocks[index]
    if index == 0 and head and block.kind is ITEM:
        items = _items(blocks, 0)
        return (head.strip(" *_:"), len(items) - 1) if named_checks(items) else ("", 0)
    if block.kind is not PARAGRAPH or block.quoted or "\n" in block.text.strip() \
            or not readiness_line(block.text):
        return "", 0
    start = index + 1
    if start < len(blocks) and blocks[start].kind is PARAGRAPH \
            and 0 < len(blocks[start].text.split()) <= _MAX_BADGE_WORDS:
        start += 1  # "All": a badge beside the line
    items = _items(blocks, start)
    return (block.text.strip(), start - index - 1 + len(items)) if named_checks(items) else ("", 0)


def _items(blocks: list[Block], start: int) -> list[Block]:
    """The run of list items from ``blocks[start]``, at its depth or deeper."""
    items: list[Block] = []
    for block in blocks[start:]:
        if block.kind is not ITEM or items and block.indent < items[0].indent:
            break
        items.append(block)
    return items
