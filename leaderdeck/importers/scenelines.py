"""Plain-text scenarios, each named by a line of its own: ``SCENARIO 2 - The hero`` (or ``Scenario 2: ...``,
``Case 3 — ...``) standing after a blank line, right over the scenario's label lines (``Level: ...``,
``Situation: ...``).

Plain text has no heading marks, so one case's first line is its title (:mod:`.plaincase`), but a file of several
scenarios would read as one scene whose challenges run on into the next scenario's name. Two such lines or more,
each numbered or lettered, are read as the headings they stand for, as ``## Scenario 2: The hero`` is in Markdown.
So are numbered names that do not say "scenario" (``1. The missed launch``, then ``2. The hero engineer``), each
right over a scene's label (``Context: ...``, ``Background: ...``), in a document that lists challenges or points
to discuss, tells no story's Action or Result, and asks no question above them (whose answer they would be).
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Block, HEADING, ITEM, PARAGRAPH
from .parts import label_of
from .text import is_question
from ..lazyre import lazy_re

_NAMING = lazy_re(r"^(?:scenario|case(?: study)?|exercise)\s*#?\s*(?:\d{1,3}|[a-z])\s*(?::|[-–—.)])\s*\S",
                  re.IGNORECASE)
_OPENERS = ("s", "c", "e")  # what a naming line opens with, cased: checked before the pattern
_LEAST = 2  # naming lines in the document, at the least


def scenario_lines(blocks: list[Block]) -> list[Block]:
    """``blocks`` (a plain-text document's) with each line naming one of its scenarios made a heading."""
    if not blocks or not blocks[0].plain:
        return blocks
    found = [index for index, block in enumerate(blocks) if _names(blocks, index)]
    if len(found) < _LEAST:
        found = _numbered_names(blocks)
    if len(found) < _LEAST:
        return blocks
    out = list(blocks)
    for index in found:
        out[index] = dataclasses.replace(blocks[index], kind=HEADING, level=2, lead="", rest="")
    return out


def _names(blocks: list[Block], index: int) -> bool:
    block = blocks[index]
    if block.kind is not PARAGRAPH or block.indent or block.quoted or block.text[:1].casefold() not in _OPENERS:
        return False
    if "\n" in block.text or not _NAMING.match(block.text):
        return False
    if index and blocks[index - 1].end >= block.line - 1:
        return False  # no blank line above it: a line of the text before
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following is not None and following.line == block.end + 1 and label_of(following) is not None


_SCENE_LABELS = frozenset({"scenario", "situation"})
_CASE_PARTS = frozenset({"challenges", "requirements", "discussion"})
_TOLD = frozenset({"action", "result", "learning"})
_NAME_WORDS = 10


def _numbered_names(blocks: list[Block]) -> list[int]:
    """The numbered lines naming a scenario each (see the module), numbered one after another from 1; none unless
    the document is one of cases."""
    found = [index for index, block in enumerate(blocks) if block.kind is ITEM and _numbered_name(blocks, index)]
    numbers = [blocks[index].number for index in found]
    if len(found) < _LEAST or numbers != list(range(1, len(found) + 1)) \
            or any(is_question(block.text) for block in blocks[:found[0]]):
        return []  # "Which problems did you hit ...?" over "1. Late loads" / "Problem: ...": that question's answer
    labels = [label[0] for block in blocks if block.kind is PARAGRAPH and (label := label_of(block)) is not None]
    return found if _CASE_PARTS.intersection(labels) and not _TOLD.intersection(labels) else []


def _numbered_name(blocks: list[Block], index: int) -> bool:
    block = blocks[index]
    if block.kind is not ITEM or block.number is None or block.indent or "\n" in block.text \
            or len(block.text.split()) > _NAME_WORDS or is_question(block.text):
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    found = label_of(following) if following is not None and following.kind is PARAGRAPH else None
    return found is not None and found[0] in _SCENE_LABELS and following.line <= block.end + 2
