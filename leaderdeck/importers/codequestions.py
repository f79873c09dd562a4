"""Questions pasted as an indented block: a web page's list copied into Markdown, each line indented four spaces,
which Markdown reads as a code block. When every line of such a block (not a fence) asks on its own and none reads
as code, the block is a list of questions, one item per line. So is a list indented too far after a paragraph
(``    - To get there`` over ``        - led the rewrite``): when every line of the block opens with a list marker
and none reads as code, it is that list, read as Markdown.

A bank may paste each group's numbered questions into a fence of its own, with no language (a forum post's
code box kept as it was)::

    ```
    1.<TAB>Tell me about a goal that kept moving.
    2.<TAB>How do you settle a disagreement about scope?
    ```

When every line of such a fence opens with a list marker, none holds a symbol of code and at least half of its
items ask, the fence is that list of questions, read as Markdown (:func:`fenced_list`); a fence of numbered steps
that ask nothing stays code."""

from __future__ import annotations


from .fencedanswer import PROSE_INFOS
from .text import is_question, only_questions
from ..lazyre import lazy_re

_CODE = lazy_re(r"[{};=<>$`\\]|\(\)|^\s*(?:#|//|def |class |import |return )|\w\(|\)\s*$")
_MIN_LINES = 2
_MARKED = lazy_re(r"^\s*(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
_SYMBOLS = lazy_re(r"[{};=<>$`\\]")


def reads_as_code(line: str) -> bool:
    """Whether ``line`` holds something of code: a brace, a semicolon, an operator, a call, a comment's mark."""
    return bool(_CODE.search(line))


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


_ITEM_TEXT = lazy_re(r"^\s*(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<text>\S.*)$")


def fenced_list(content: str, info: str) -> str | None:
    """A bare fence's ``content`` when it is a list of questions pasted into it (see the module docstring): two
    lines or more, each opening with a list marker, none holding a symbol of code, half of them or more asking;
    ``None`` otherwise."""
    if info.casefold() not in PROSE_INFOS:
        return None
    lines = [line for line in content.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES or any(not _MARKED.match(line) or _SYMBOLS.search(line) for line in lines):
        return None
    asking = sum(1 for line in lines if (item := _ITEM_TEXT.match(line)) and is_question(item["text"]))
    return content if 2 * asking >= len(lines) else None
