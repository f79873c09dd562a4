"""Parts of a guide numbered under one word, the first a heading and the next ones plain lines:

    ### Part 1: Warming up
    * **Sample questions:** ...

    Part 2: Going deeper
    * **Sample questions:** ...

A writer (or an editor that dropped the marks) may head only the first part; the next ones are lines standing
alone that carry the same word and the next number. Read as text, they run the later parts' lists into the first
part. A line of one paragraph, at the margin and outside any quote, that names the heading's word and the number
after the last part's (``Part 2: ...``, ``Round 3: ...``; a colon, then a title) is a heading of the
same level as the first part's. A heading of that level or above ends the run (a heading naming the next part
opens a run of its own).
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Block, HEADING, PARAGRAPH
from ..lazyre import lazy_re

# "Part 1: ...", "Round 2: ...": a word, a number, then a colon and a title ("Stage 3 — ..." heads a run too)
_PART = lazy_re(r"^(?P<word>[A-Za-z]{3,12})\s+(?P<number>\d{1,2})\s*(?::|[-–—]\s)\s*\S", re.IGNORECASE)


def part_lines(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each plain line that carries on a heading's run of numbered parts made a heading of its
    level (see the module docstring); ``blocks`` itself when no heading opens such a run."""
    out: list[Block] | None = None
    index = _opening(blocks, 0)
    while index < len(blocks):  # from each heading opening a run to where its run ends, then to the next such
        block = blocks[index]
        found = _PART.match(block.text)
        word, number, level = found["word"].casefold(), int(found["number"]), block.level
        index += 1
        while index < len(blocks):
            block = blocks[index]
            if block.kind is HEADING and block.level <= level:
                break  # the next part's heading, or the run's end
            if block.kind is PARAGRAPH and not block.indent and not block.quoted and "\n" not in block.text \
                    and block.text[:len(word)].casefold() == word and _numbered(block.text) \
                    and (found := _PART.match(block.text)) \
                    and int(found["number"]) == number + 1:
                out = list(blocks) if out is None else out
                out[index] = dataclasses.replace(block, kind=HEADING, level=level, lead="", rest="")
                number += 1
            index += 1
        index = _opening(blocks, index)
    return blocks if out is None else out


def _opening(blocks: list[Block], start: int) -> int:
    """The index of the first heading from ``start`` on that names a numbered part; past the end when none does."""
    return next((index for index in range(start, len(blocks)) if blocks[index].kind is HEADING
                 and _numbered(blocks[index].text) and _PART.match(blocks[index].text)), len(blocks))


def _numbered(text: str) -> bool:
    """A cheap look before the pattern: a word of letters, a space, then a digit."""
    space = text.find(" ", 3, 14)
    return space > 0 and text[space + 1:space + 2].isdigit() and text[:1].isalpha()
