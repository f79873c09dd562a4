"""Headings naming a principle the document lists elsewhere, over questions: each question's competency.

A story bank lists the principles each story shows (``- **Leadership Principles**: Ownership, Dive Deep.``), and
the same document's practice bank puts its questions under headings naming those principles (``#### Ownership``
over ``* **Question:** "..."``). A heading right above a note with no competency of its own, with no other note
between them, whose name is one the document lists among a note's competencies (compared without case,
punctuation or a closing remark in brackets: ``Earn Trust (Negative Style)`` names ``Earn Trust``), is that note's
competency, spelt as the heading spells it without the remark. Two such headings at least: one heading alone matching a listed name may
be a group's title by chance.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from .base import Parsed
from .blocks import Block, HEADING
from .text import clean_title
from ..lazyre import lazy_re

_REMARK = lazy_re(r"\s*\([^()]*\)\s*$")  # "Earn Trust (Negative Style)": a remark on the name
_NOT_WORD = lazy_re(r"[\W_]+")
_LEAST = 2


def principle_headings(parsed: Sequence[Parsed], blocks: Sequence[Block]) -> list[Parsed]:
    """``parsed`` with the competency a principle heading over a note gives it (see the module)."""
    listed = {name for item in parsed if len(item.competencies) >= 2 for name in item.competencies}
    known = {_key(name) for name in listed} - {""}  # each name read once: a bank lists the same few again
    if not known:
        return list(parsed)
    headings = [(b.line, b.text) for b in blocks if b.kind is HEADING]
    lines = [line for line, _ in headings]
    starts = sorted(item.line for item in parsed)
    given: dict[int, str] = {}
    for item in parsed:
        at = bisect.bisect_left(lines, item.line) - 1
        if item.competencies or at < 0:
            continue
        line, text = headings[at]
        if bisect.bisect_left(starts, item.line) != bisect.bisect_right(starts, line):
            continue  # another note between the heading and this one: the cheap test first
        name = _REMARK.sub("", clean_title(text))
        if _key(name) in known:
            given[item.line] = name
    if len(given) < _LEAST:
        return list(parsed)
    return [dataclasses.replace(item, competencies=(given[item.line],)) if item.line in given else item
            for item in parsed]


def _key(name: str) -> str:
    """``name`` compared: without case, punctuation or a closing remark in brackets."""
    return _NOT_WORD.sub(" ", _REMARK.sub("", name)).casefold().strip()
