"""Questions pasted as an indented block: a web page's list copied into Markdown, each line indented four spaces,
which Markdown reads as a code block. When every line of such a block (not a fence) asks on its own and none reads
as code, the block is a list of questions, one item per line. So is a list indented too far after a paragraph
(``    - To get there`` over ``        - led the rewrite``): when every line of the block opens with a list marker
and none reads as code, it is that list, read as Markdown."""

from __future__ import annotations


from .text import only_questions
from ..lazyre import lazy_re

_CODE = lazy_re(r"[{};=<>$`\\]|\(\)|^\s*(?:#|//|def |class |import |return )|\w\(|\)\s*$")
_MIN_LINES = 2
_MARKED = lazy_re(r"^\s*(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
_SYMBOLS = lazy_re(r"[{};=<>$`\\]")


def question_lines(content: str) -> list[tuple[int, str]]:
    """``(offset, question)`` for each line of an indented code block's ``content`` when there are two lines or
    more, each a question on its own with nothing of code in it; ``[]`` otherwise."""
    lines = [(offset, line.strip()) for offset, line in enumerate(content.split("\n")) if line.strip()]
    if len(lines) < _MIN_LINES or any(_CODE.search(line) or not only_questions(line) for _, line in lines):
        return []
    return lines


def indented_list(content: str) -> str | None:
    """An indented code block's ``content`` when it is a list indented too far: every line that is not blank opens
    with a list marker (``- ``, ``* ``, ``1. ``) and none holds a symbol of code; ``None`` otherwise."""
    lines = [line for line in content.split("\n") if line.strip()]
    if not lines or any(not _MARKED.match(line) or _SYMBOLS.search(line) for line in lines):
        return None
    return content
