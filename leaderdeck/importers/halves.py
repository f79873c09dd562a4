"""A large Markdown document read in two processes: the same blocks as one reading, in less time.

The document is cut at a top-level heading near its middle: a line opening an ATX heading (``## ...``)
after a blank line, with no fence (```` ``` ````, ``~~~``) and no HTML block opening (a line starting
with ``<``) before it. Everything before such a line ends at it however it is nested (lists and quotes
close at an unindented heading; paragraphs and tables at the blank line), so each half read on its own
gives the blocks it gives in the whole, and the reader (:mod:`.mdreader`) starts a heading's section
afresh. A forked child reads the second half while this process reads the first
(:func:`.forked.in_two`); where there is no such line, no safe ``fork`` (Windows, macOS, a process
with other threads), or the child fails, the document is read in one piece.
tests/test_importers_halves.py reads every sample cut at every such line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import partial

from .blocks import Block
from .forked import _can_fork, in_two
from .mdreader import read_markdown

MIN_CHARS = 200_000  # below this, a second process saves too little (it costs a few hundredths of a second)
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_FIELDS = tuple(f.name for f in dataclasses.fields(Block))


def read_large_markdown(lines: tuple[str, ...]) -> list[Block]:
    """:func:`.mdreader.read_markdown` of ``lines``; with :data:`MIN_CHARS` characters or more, in two
    processes."""
    at = cut(lines) if sum(map(len, lines)) >= MIN_CHARS and _can_fork() else None
    if at is None:
        return read_markdown(lines)
    first, second = in_two(partial(read_markdown, lines[:at]), partial(_rows, lines[at:], at))
    return [*first, *(Block(*values) for values in second)]


def cut(lines: Sequence[str]) -> int | None:
    """The index of the line the second half starts at, the first cutting line from the middle on; ``None``
    when there is none."""
    middle = sum(map(len, lines)) // 2
    seen = 0
    for index, line in enumerate(lines):
        if seen >= middle and cuts_at(lines, index):
            return index
        seen += len(line)
        if opens_block(line):
            return None
    return None


def cuts_at(lines: Sequence[str], index: int) -> bool:
    """Whether the document may be cut before ``lines[index]`` (given that no line before it opens a fence
    or an HTML block)."""
    return index > 0 and not lines[index - 1].strip() and bool(_HEADING.match(lines[index]))


def opens_block(line: str) -> bool:
    """A line that may open a fence or an HTML block, which a heading does not end."""
    return line.lstrip().startswith(("```", "~~~", "<"))


def moved(block: Block, offset: int) -> Block:
    """``block`` of the second half, at its line in the whole document."""
    return dataclasses.replace(block, line=block.line + offset, end=block.end + offset,
                               row_lines=tuple(line + offset for line in block.row_lines))


def _rows(lines: tuple[str, ...], offset: int) -> list[tuple]:
    """The field values of the blocks of ``lines`` (the half after ``offset`` lines), moved to their lines
    in the whole document: tuples pickle and load faster than Blocks."""
    return [_values(block, offset) for block in read_markdown(lines)]


def _values(block: Block, offset: int) -> tuple:
    """The field values of ``moved(block, offset)``."""
    values = {name: getattr(block, name) for name in _FIELDS}
    values.update(line=block.line + offset, end=block.end + offset,
                  row_lines=tuple(line + offset for line in block.row_lines))
    return tuple(values.values())
