"""A rating in stars after a title: ``## 3. **The billing rewrite** ⭐⭐⭐⭐``.

Story banks rate their stories (how ready each one is) with a run of stars after its title. The stars are the
writer's scoring, not part of the story's name: the title is read without them (as every title is read without
its emoji) and each rating over a note is reported, so the report says what was dropped (a section the report
sets aside says so already). A star inside a title (``Be a ⭐
for the team``) or a lone decorative one before it is no rating.
"""

from __future__ import annotations

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH

_STARS = frozenset("⭐★☆\ufe0f")
WHAT = "rating in stars after a title"
WHY = "a rating, not part of the note"


def star_ratings(blocks: list[Block], noted: set[int]) -> list[Skipped]:
    """One report line per heading or bold title line of ``blocks`` on a line in ``noted`` (a note's title) that
    ends in a run of stars after its words."""
    return [Skipped(block.line, WHAT, WHY) for block in blocks
            if block.line in noted and (block.kind is HEADING or block.kind is PARAGRAPH and block.bold)
            and ("⭐" in block.text or "★" in block.text) and _rated(block.text)]


def _rated(text: str) -> bool:
    """Whether ``text`` ends in stars (spaces between them allowed) after a word."""
    core = text.rstrip()
    end = len(core)
    while end and (core[end - 1] in _STARS or core[end - 1] == " "):
        end -= 1
    return end < len(core) and any(ch.isalnum() for ch in core[:end])
