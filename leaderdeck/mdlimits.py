"""Bounds on the Markdown that goes to python-markdown, checked in linear time.

python-markdown is quadratic (or worse) on some inputs: every unclosed ``[`` scans to the
end of its paragraph, every heading, rule or setext underline splits its block and
searches the rest again, and deep lists recurse until Python's stack runs out. Real notes
are nowhere near these bounds; text that is (usually pasted by accident, or hostile) is
refused with a message instead of taking minutes to build. Plain paragraphs, ``- `` lists
and ``**bold**`` take the fast path (``fastmark``) and are not bounded here.

The costs below model the work python-markdown does: a bracket costs the distance to
its partner (or to the end of its block), a block-splitting line costs the length of
its block. ``tests/test_mdlimits.py`` and ``bench/markdown_limits.py`` check that text
within the bounds renders quickly and text beyond them is refused quickly.
"""

from __future__ import annotations

import re

from .fastmark import fast_block, fast_inline
from .lazyre import lazy_re

MAX_CHARS = 20_000        # characters in one field that needs the full renderer
MAX_BRACKET_COST = 100_000
MAX_SPLIT_COST = 2_000_000
MAX_DEPTH = 32            # nested lists and block quotes

_SPLITTING_LINE = lazy_re(
    r" {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|(?:-[ \t]*){3,}$)")
_NESTING = lazy_re(r"[ \t>]*")
_LIST_ITEM = lazy_re(r"(?:[-*+]|\d+[.)])(?:[ \t]|$)")
_BLANK_LINE = lazy_re(r"\n[ \t]*\n")
_BRACKET_TOKENS = lazy_re(r"\\.|[\[\]()]", re.DOTALL)  # an escape (backslash and the next character), or a bracket


def markdown_problem(text: str) -> str | None:
    """Why ``text`` is too costly to render, or ``None`` when it is within the bounds (or
    takes the fast path, which is linear). The bounds are checked first: they cost less
    than trying the fast path, and every field of every note is checked as it loads."""
    problem = _beyond_bounds(text)
    if problem is None or fast_block(text) is not None or fast_inline(text) is not None:
        return None
    return problem


def _beyond_bounds(text: str) -> str | None:
    if len(text) > MAX_CHARS:
        return (f"is {len(text):,} characters long; text with Markdown beyond paragraphs, '- ' lists and bold "
                f"is limited to {MAX_CHARS:,} characters per field: split it")
    depth = max((_depth(line) for line in text.split("\n")), default=0)
    if depth > MAX_DEPTH:
        return f"nests lists or quotes {depth} levels deep; at most {MAX_DEPTH} are rendered"
    blocks = _BLANK_LINE.split(text)
    if sum(_bracket_cost(block) for block in blocks) > MAX_BRACKET_COST:
        return "has too many unclosed or widely spread '[' brackets to render; escape stray ones as '\\['"
    if sum(_split_cost(block) for block in blocks) > MAX_SPLIT_COST:
        return ("has too many heading, rule or underline lines ('#', '---', '***', '===') without blank "
                "lines between them to render; put blank lines around them")
    return None


def _depth(line: str) -> int:
    """Nesting of one line: a level per '>', and for a list item one per four columns of
    indentation."""
    prefix = _NESTING.match(line).group(0)
    if not _LIST_ITEM.match(line, len(prefix)):
        return prefix.count(">")
    columns = 0
    for char in prefix.replace(">", ""):
        columns += 4 - columns % 4 if char == "\t" else 1
    return prefix.count(">") + columns // 4


def _bracket_cost(block: str) -> int:
    """The distance from each '[' (and each '(' opening a link target, right after a ']') to
    its partner, or to the end of the block when it has none. A backslash escapes the
    character after it. Only brackets and escapes are visited."""
    if "[" not in block and "](" not in block:
        return 0
    cost = 0
    squares: list[int] = []
    rounds: list[int] = []
    for match in _BRACKET_TOKENS.finditer(block):
        char, index = match.group(), match.start()
        if char == "[":
            squares.append(index)
        elif char == "]":
            if squares:
                cost += index - squares.pop()
        elif char == "(":
            if rounds or (index and block[index - 1] == "]"):
                rounds.append(index)
        elif char == ")":
            if rounds:
                cost += index - rounds.pop()
    return cost + sum(len(block) - start for start in squares + rounds)


def _split_cost(block: str) -> int:
    lines = block.split("\n")
    splitting = sum(1 for line in lines[1:] if _SPLITTING_LINE.match(line))
    return splitting * len(block)
