"""Indented paragraphs of plain text: a run of indented lines filled to a width, wrapped mid-sentence.

A page saved as text (``lynx -dump``, ``w3m -dump``) or a note typed with a hanging margin indents every
paragraph, and wraps it at a fixed width::

       Sample answer:
       Last spring one of my engineers kept missing review deadlines and
       the rest of the team was blocked. I booked a private meeting and
       asked what was going on.

Read line by line, each indented line would be an item of an unmarked list (the answer's sentences as bullets,
a sentence cut in two where a line starts with a digit). A paragraph shows itself by its wrapping: every line but
its last is long (:data:`_LONG` characters or more), and at least once a line stops without ending its sentence and
the next goes on in lower case or with a digit. The lines of such a stretch (same indent, no list mark, no
``Label:`` after its first line) are one paragraph. So are the lines standing at the text's column of an indented
item that asks right above them (``   * How do you prioritise?`` over ``     By impact and cost.``), however short:
its answer. A run of short lines, or of long lines each ending its own
sentence (a list of points typed without marks), stays a list. A stretch right under a marked item carries on
that item's text and is left to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .text import is_question
from ..lazyre import lazy_re

_LONG = 40  # characters: a line this long that is not a paragraph's last was filled to a width, not ended by hand
_CODE_ENDS = frozenset("{};")
_ENDS = lazy_re(r"[.!?。！？][\"”’')\]]*$")  # a colon or semicolon ends no sentence: the text goes on


def prose_runs(lines: Sequence[str], marked: Callable[[str], bool], labelled: Callable[[str], bool],
               margin: str = "") -> dict[int, int]:
    """The stretches of ``lines`` that are one indented paragraph each (see the module): the index of each one's
    first line -> the index of its last. ``marked(line)``: the line opens with a list mark; ``labelled(text)``: the
    stripped text opens with a ``Label:``; ``margin``: the indent every paragraph of the text stands at, when known
    (a text browser's page): there a line standing alone between blank lines is a paragraph too."""
    runs: dict[int, int] = {}
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        if margin and _lone(lines, index, margin) and not marked(line):
            runs[index] = index
            index += 1
            continue
        if index and lines[index - 1][:1].isspace() and line.strip() and not marked(line) \
                and _answers_item(lines[index - 1], line, marked):
            end = index  # "   * How do you prioritise?" over "     By impact and cost.": its answer, however short
            while end + 1 < count and lines[end + 1].strip() and _pad(lines[end + 1]) == _pad(line) \
                    and not marked(lines[end + 1]) and not labelled(lines[end + 1].strip()):
                end += 1
            runs[index] = end
            index = end + 1
            continue
        if not line[:1].isspace() or not line.strip() or len(line.strip()) < _LONG or marked(line) \
                or not _free_above(lines, index, marked):
            index += 1
            continue
        end = _stretch_end(lines, index, marked, labelled)
        if end > index and _wraps(lines, index, end):
            runs[index] = end
        # a stretch that does not wrap holds none that does: a later start in it ends where it ends (read once)
        index = end + 1
    return runs


def _lone(lines: Sequence[str], index: int, margin: str) -> bool:
    """Whether the line at ``index`` stands at ``margin`` exactly, with no line right above or under it."""
    line = lines[index]
    return line.startswith(margin) and line[len(margin):len(margin) + 1].strip() != "" \
        and (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())


def _pad(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _free_above(lines: Sequence[str], index: int, marked: Callable[[str], bool]) -> bool:
    """Whether the line above ``index`` leaves it a paragraph of its own: none, a blank line, an unmarked line
    no further in that was ended by hand: short (``Sample answer:``, ``   My answer:`` over text indented deeper) or
    closing a sentence (a question over its answer), or a marked item that asks, the lines standing at its text's
    column (its answer). A marked item's wrapped text goes on under it, and so does a long line that stops
    mid-sentence (``Situation: deploys took three hours and failed for``: a hanging indent)."""
    if index == 0 or not lines[index - 1].strip():
        return True
    above = lines[index - 1]
    if marked(above):  # "    1. How do you ...?" over "       Look for ...": the answer at the question's column
        return _answers_item(above, lines[index], marked)
    if len(_pad(above)) > len(_pad(lines[index])):
        return False
    return len(above.strip()) < _LONG or _ENDS.search(above.rstrip()) is not None


def _answers_item(above: str, line: str, marked: Callable[[str], bool]) -> bool:
    """Whether ``line`` stands at the text's column of the marked item ``above`` that asks, its sentence ended:
    the item's answer, not more of its text."""
    if not marked(above) or _ENDS.search(above.rstrip()) is None:
        return False
    column = _text_column(above)
    return len(_pad(line)) == column and is_question(above[column:].strip())


def _text_column(item: str) -> int:
    """The column a marked item's text starts at (after its indent, its mark and the spaces after the mark)."""
    text = item.lstrip()
    mark = len(text.split(None, 1)[0])
    return len(item) - len(text) + mark + len(text[mark:]) - len(text[mark:].lstrip())


def _stretch_end(lines: Sequence[str], start: int, marked: Callable[[str], bool],
                 labelled: Callable[[str], bool]) -> int:
    """The index of the last line of the stretch from ``start``: the lines under it at its indent, unmarked and
    without a label of their own, taken while the line above them is long."""
    pad = _pad(lines[start])
    end = start
    while end + 1 < len(lines) and len(lines[end].strip()) >= _LONG:
        following = lines[end + 1]
        if not following.strip() or _pad(following) != pad or marked(following) or labelled(following.strip()):
            break
        end += 1
    return end


def _wraps(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether a line of the stretch stops mid-sentence and the next goes on in lower case or with a digit; never
    in code indented as plain text does it (a line assigning, ``x = ...``, or closing on a brace or semicolon)."""
    if any(" = " in line or line.rstrip()[-1:] in _CODE_ENDS for line in lines[start:end + 1]):
        return False
    for index in range(start, end):
        following = lines[index + 1].lstrip()[:1]
        if (following.islower() or following.isdigit()) and not _ENDS.search(lines[index].rstrip()):
            return True
    return False
