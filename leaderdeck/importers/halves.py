"""A large Markdown document read in two processes: the same blocks as one reading, in less time.

The document is cut before a top-level heading: a line opening an ATX heading (``## ...``) after a
blank line. Everything before such a line ends at it however it is nested (lists and quotes close
at an unindented heading; paragraphs and tables at the blank line), unless it is inside a fence or
an HTML block. So the lines the document may be cut before (:func:`cuts`) are those headings up
to the first indented line that may open an HTML block or a fence, or a fence not known to be
closed; a fence opened at the first column is at the top level whatever came before (a fence
interrupts paragraphs, lists and quotes), so its closing line, as CommonMark finds it, is known and
the cuts go on after it. So is an HTML block opened at the first column (``<aside>``, ``<!-- ... -->``,
``<details>``): it ends at the text CommonMark ends its kind with, or at a blank line (:func:`html_end`),
and a heading after it is cut before unless a ``<details>`` section it opened is still open (the reader
carries those from block to block). Each half read on its own then gives the blocks it gives in the whole, and
the reader (:mod:`.mdreader`) starts a heading's section afresh. Of those lines the cut is the one
nearest the middle by count of lines that are not blank, which markdown-it's time follows more
closely than characters (a line of a nested list costs more than a line of prose) or all lines (a
blank line is skipped at almost no cost). A forked child reads the second half while this process reads the first
(:func:`.forked.in_two`); where there is no such line, no safe ``fork`` (Windows, macOS, a process
with other threads), or the child fails, the document is read in one piece. A child forked before the importer's
rules were imported (:mod:`.readahead`) may already be reading the lines after a cut nearer the start.
tests/test_importers_halves.py reads every sample cut at every such line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import accumulate
from typing import TYPE_CHECKING, cast

from .blocks import Block, block_rows
from .forked import can_fork, in_two
from .mdreader import read_markdown
from ..lazyre import lazy_re

if TYPE_CHECKING:
    from .readahead import Claimed

MIN_CHARS = 200_000  # below this, a second process saves too little (it costs a few hundredths of a second)
_HEADING = lazy_re(r"#{1,6}(?:[ \t]|$)")
# A fence opening at the first column, per CommonMark: three or more backticks with no backtick
# after them, or three or more tildes.
_OPENING = lazy_re(r"(`{3,})[^`]*|(~{3,}).*")
# What a line that may open a block starts with: a fence at the first column, or an indented fence or HTML block
# (most lines start with neither, nor with the "#" of a heading)
_FENCE_MARKS = ("`", "~")
_INDENT_OR_TAG = ("<", " ", "\t")


def read_large_markdown(lines: tuple[str, ...], ahead: Claimed | None = None) -> list[Block]:
    """:func:`.mdreader.read_markdown` of ``lines``; with :data:`MIN_CHARS` characters or more, in two
    processes. ``ahead``: a child started earlier is reading ``lines`` in pieces (:mod:`.readahead`), and this
    process reads those it has not claimed yet."""
    if ahead is not None:
        return ahead.rows(partial(piece_rows, lines, ahead.starts), made=_blocks)
    at = cut(lines) if sum(map(len, lines)) >= MIN_CHARS and can_fork() else None
    if at is None:
        return read_markdown(lines)
    first, second = in_two(partial(read_markdown, head(lines, at)), partial(_rows, lines[at:], at))
    return [*first, *(Block(*values) for values in second)]


def piece_starts(lines: Sequence[str], count: int) -> tuple[int, ...]:
    """The index of the first line of each piece ``lines`` may be read in, one at a time: of :func:`cuts`, the one
    nearest each ``count``-th of the lines that are not blank (the earlier of two as near), after the line 0 the
    first piece starts at. Fewer pieces where cuts are fewer."""
    filled = list(accumulate(map(bool, map(str.strip, lines)), initial=0))  # lines not blank before each index
    targets = [filled[-1] * number / count for number in range(1, count)]
    starts = [0]
    before: int | None = None  # the cut before the one being looked at
    for at in _cut_lines(lines):
        while targets and filled[at] >= targets[0]:
            target = targets.pop(0)
            near = at if before is None or filled[at] - target < target - filled[before] else before
            if near > starts[-1]:
                starts.append(near)
        if not targets:
            break
        before = at
    return tuple(starts)


def piece_order(lines: Sequence[str], starts: Sequence[int]) -> tuple[int, ...]:
    """The numbers of the pieces starting at ``starts``, the largest (in characters) first, so that the last piece
    either process claims is a small one (of two as large, the earlier first)."""
    ends = [*starts[1:], len(lines)]
    sizes = [sum(map(len, lines[start:end])) for start, end in zip(starts, ends)]
    return tuple(sorted(range(len(starts)), key=lambda number: -sizes[number]))


def piece_rows(lines: tuple[str, ...], starts: Sequence[int], number: int) -> list[tuple]:
    """The field values of the blocks of piece ``number`` of ``lines`` (it starts at ``starts[number]`` and ends
    where the next starts), at their lines in the whole document."""
    start = starts[number]
    if number + 1 < len(starts):  # ending as :func:`head` ends the first half
        return _rows((*lines[start:starts[number + 1]], ""), start)
    return _rows(lines[start:], start)


def cut(lines: Sequence[str], share: float = 0.5) -> int | None:
    """The index of the line the second part starts at: of :func:`cuts`, the one nearest ``share`` of the lines
    that are not blank (by default the middle; the earlier of two as near); ``None`` when there is none. The lines
    are read up to the first cut at or past that point: every later one is farther from it."""
    filled = list(accumulate(map(bool, map(str.strip, lines)), initial=0))  # lines not blank before each index
    middle = filled[-1] * share
    found = []
    for at in _cut_lines(lines):
        found.append(at)
        if filled[at] >= middle:
            break
    return min(found, key=lambda at: abs(filled[at] - middle), default=None)


def cuts(lines: Sequence[str]) -> list[int]:
    """The index of every line the document may be cut before, in order."""
    return list(_cut_lines(lines))


def _cut_lines(lines: Sequence[str]) -> Iterator[int]:
    """:func:`cuts`, one at a time."""
    closing: re.Pattern[str] | None = None  # the closing line of the open fence
    html: re.Pattern[str] | None = None  # the closing line of the open HTML block
    opened = 0  # <details> sections the HTML blocks read so far leave open, as the reader counts them
    block = 0  # those the open HTML block opens (less those it closes)
    for index, line in enumerate(lines):
        if closing is not None:  # inside a fence, only the line closing it matters
            if closing.fullmatch(line):
                closing = None
            continue
        if html is not None:  # inside an HTML block: its <details> sections, and the line closing it
            if html.fullmatch(line):
                html, opened = None, max(0, opened + block + _details(line))
                continue
            if html is _BLANK and line.lstrip()[:1] in _INTERRUPTING:
                break  # in what may be a paragraph, a block it may open ("<pre>", a fence) could hold any heading
            block += _details(line)
            continue
        first = line[:1]
        if first == "#":  # a heading, or what only looks like one (``#hashtag``)
            if not opened and cuts_at(lines, index):
                yield index
        elif first in _FENCE_MARKS:  # a fence at the first column, or what only looks like one
            closing = closing_fence(line)
            if closing is None and opens_block(line):
                break
        elif first == "<":  # an HTML block at the first column (or a line of text): read past its end
            html, block = html_end(line), _details(line)
            if html is None:
                opened = max(0, opened + block)
        elif first in _INDENT_OR_TAG and opens_block(line):  # an indented fence or HTML block: nested somewhere
            break


def cuts_at(lines: Sequence[str], index: int) -> bool:
    """Whether the document may be cut before ``lines[index]``, given that it is outside any fence or
    HTML block."""
    return index > 0 and not lines[index - 1].strip() and bool(_HEADING.match(lines[index]))


def closing_fence(line: str) -> re.Pattern[str] | None:
    """For a line opening a fence at the first column, what closes that fence: up to three spaces, the
    same character at least as many times, then only spaces or tabs."""
    opening = _OPENING.fullmatch(line)
    if opening is None:
        return None
    marker = opening.group(1) or opening.group(2)
    return re.compile(f" {{0,3}}{re.escape(marker)}{re.escape(marker[0])}*[ \t]*")


# CommonMark's HTML blocks of kinds 1-5 and the text that ends each (on the line that opens it, or a later one)
_HTML_ENDS = ((lazy_re(r"<(?:script|pre|style|textarea)(?:[\s>]|$)", re.IGNORECASE),
               lazy_re(r".*</(?:script|pre|style|textarea)>.*", re.IGNORECASE | re.DOTALL)),
              (lazy_re(r"<!--"), lazy_re(r".*-->.*", re.DOTALL)),
              (lazy_re(r"<\?"), lazy_re(r".*\?>.*", re.DOTALL)),
              (lazy_re(r"<![A-Za-z]"), lazy_re(r".*>.*", re.DOTALL)),
              (lazy_re(r"<!\[CDATA\["), lazy_re(r".*\]\]>.*", re.DOTALL)))
_BLANK = lazy_re(r"[ \t]*")  # a blank line: what ends any other HTML block, and a paragraph
_INTERRUPTING = frozenset("<`~")  # what opens a block that may interrupt a paragraph and end past a blank line
_OPEN_DETAILS = lazy_re(r"<details\b", re.IGNORECASE)  # as :class:`.nesting.Sections` counts them
_CLOSE_DETAILS = lazy_re(r"</details\s*>", re.IGNORECASE)


def html_end(line: str) -> re.Pattern[str] | None:
    """For a line at the first column opening with ``<``, the line that closes what it opens: an HTML block of
    the kinds that end at a text of their own (``<!-- ... -->``, ``<pre> ... </pre>``), else the next blank line
    (an HTML block of the other kinds, or a paragraph); ``None`` when the line closes it itself. At the first
    column such a block stands at the top level, so headings after its end may be cut before."""
    for start, end in _HTML_ENDS:
        if start.match(line):
            return None if end.fullmatch(line[1:]) else cast("re.Pattern[str]", end)
    return cast("re.Pattern[str]", _BLANK)


def _details(line: str) -> int:
    """The ``<details>`` sections ``line`` opens, less those it closes (most lines: no ``<`` to look at)."""
    if "<" not in line:
        return 0
    return len(_OPEN_DETAILS.findall(line)) - len(_CLOSE_DETAILS.findall(line))


def opens_block(line: str) -> bool:
    """A line that may open a fence or an HTML block, which a heading does not end."""
    return line.lstrip().startswith(("```", "~~~", "<"))


def head(lines: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The first half's lines, read as ending with the (blank) line before the cut: joined with no
    newline after it, that line would be dropped, and a fence left open in a list item would end
    before it, not after it as in the whole."""
    return (*lines[:at], "")


def moved(block: Block, offset: int) -> Block:
    """``block`` of the second half, at its line in the whole document."""
    return dataclasses.replace(block, line=block.line + offset, end=block.end + offset,
                               row_lines=tuple(line + offset for line in block.row_lines))


def _blocks(rows: list[tuple]) -> list[Block]:
    """The blocks of ``rows`` (as :func:`.blocks.block_rows` gives them)."""
    return [Block(*values) for values in rows]


def _rows(lines: tuple[str, ...], offset: int) -> list[tuple]:
    """The field values of the blocks of ``lines`` (the half after ``offset`` lines), moved to their lines
    in the whole document: tuples pickle and load faster than Blocks."""
    return block_rows(read_markdown(lines), offset)
