"""Fence lines that do not pair up, paired again between a document's question headings.

A hand-written page of answers (``###Question 3 - ...`` over a fenced answer) may leave one fence line too many:
an answer that closes its code early and opens it again, or forgets a closing line. CommonMark pairs every later
fence line with the wrong one, so a later question heading falls inside a code block and is lost, and code
between two blocks is read as Markdown (a ``#comment`` at the margin a heading).

A question heading written at the margin (one to six ``#``, asking or numbering a question: ``Question 4 - ...``),
with as many ``#`` as a question heading outside any fence, that is the last line a fence holds shows it: that
fence's closing line is really the opening line of the answer under the heading. Then every such heading is where
a fence must end, and the fence lines are paired again between them: those that pair up stay as they are; when
they do not, all from the first to the last is one code block (its first and last lines widened past every fence
inside), and a lone one opens nothing. A fence that holds more under its heading (a template of a note) changes
nothing.

Before that, a fence's closing line with a closing quote or bracket typed after its marks (```` ```" ````: the quote
opened before the fence is closed there too) closes the fence it is in. To CommonMark it is no closing line, and
the fence would run on to the end of the document, swallowing every heading after it. The marks are kept, the stray
punctuation dropped, so every later reading (the document's halves, its blocks) sees the fence closed there.
"""

from __future__ import annotations

import re

from .text import is_question
from ..lazyre import lazy_re

_FENCE = lazy_re(r"^ {0,3}(`{3,}(?=[^`]*$)|~{3,})")
_HEADING = lazy_re(r"^(#{1,6})[ \t]*(\S.*)$")
_CLOSERS = "\"'”’)]"  # what closes a quote or a bracket opened before a fence, typed after its closing marks
_NUMBERED = lazy_re(r"^(?:q|question)\s*#?\s*\d{1,4}(?:\s*[.:)]|\s+[-–—]|\s*$)", re.IGNORECASE)


def refenced(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with their fence lines paired again between question headings when CommonMark's pairing puts a
    question heading last in a fence (see the module docstring); else ``lines`` themselves."""
    fence_lines = _fence_marks(lines)  # fewer documents have a fence than a question heading: looked for first
    lines = _quote_closed(lines, fence_lines) if fence_lines else lines
    fences = _fenced(lines, fence_lines) if fence_lines else []
    closing = [last for start, end in fences if end is not None and (last := _closing_question(lines, start, end))]
    if not closing:  # the other question headings are looked for only when a fence holds one last
        return lines
    questions = _questions(lines)
    fenced = {index for start, end in fences for index in range(start, len(lines) if end is None else end + 1)}
    levels = {len(marks) for index, marks in questions if index not in fenced}
    if not any(len(marks) in levels for _, marks in closing):
        return lines
    out = list(lines)
    bounds = [index for index, marks in questions if len(marks) in levels]
    for start, end in zip([0, *bounds], [*bounds, len(lines)]):
        _pair(out, lines, [(index, mark) for index, mark in fence_lines if start <= index < end])
    return tuple(out)


def _quote_closed(lines: tuple[str, ...], fences: list[tuple[int, str]]) -> tuple[str, ...]:
    """``lines`` with each fence line that closes its fence with a quote or bracket after its marks (see the module
    docstring) written as its marks alone; ``lines`` themselves when there is none."""
    out: list[str] | None = None
    mark = ""
    for index, marks in fences:
        rest = lines[index].strip().strip(marks[0])
        if not mark:
            mark = marks
        elif marks[0] == mark[0] and len(marks) >= len(mark) and (not rest or not rest.strip(_CLOSERS)
                                                                    and not lines[index].startswith(" ")):
            if rest:
                out = out or list(lines)
                out[index] = marks  # '```"': the fence closes, the quote closed with it goes
            mark = ""
    return lines if out is None else tuple(out)


def _closing_question(lines: tuple[str, ...], start: int, end: int) -> tuple[int, str] | None:
    """``(index, marks)`` of the question heading at the margin (as :func:`_questions` finds them) that the fence
    from ``start`` to ``end`` holds as its last line that is not blank, if that line is one (a fence open to the end
    never holds one so: what follows it is the document's)."""
    last = next((index for index in range(end - 1, start, -1) if lines[index].strip()), None)
    heading = _HEADING.match(lines[last]) if last is not None and lines[last].startswith("#") else None
    return (last, heading.group(1)) if last is not None and heading and question_line(heading.group(2)) else None


def _fence_marks(lines: tuple[str, ...]) -> list[tuple[int, str]]:
    """``(index, marks)`` of every fence line at the margin among ``lines`` (a line without a backtick or a tilde
    is none: no match is tried on it)."""
    return [(index, fence.group(1)) for index, line in enumerate(lines)
            if ("`" in line or "~" in line) and (fence := _FENCE.match(line))]


def _fenced(lines: tuple[str, ...], fences: list[tuple[int, str]]) -> list[tuple[int, int | None]]:
    """The fences CommonMark finds among the fence lines of a span of ``lines`` (``fences``, as
    :func:`_fence_marks` gives them): ``(opening, closing)`` indexes, the closing ``None`` for a fence left open
    to the end of the span."""
    found: list[tuple[int, int | None]] = []
    mark, opened = "", -1
    for index, marks in fences:
        if not mark:
            mark, opened = marks, index
        elif marks[0] == mark[0] and len(marks) >= len(mark) \
                and not lines[index].strip().strip(mark[0]):
            found.append((opened, index))
            mark = ""
    if mark:
        found.append((opened, None))
    return found


def _questions(lines: tuple[str, ...]) -> list[tuple[int, str]]:
    """``(index, marks)`` of every heading line at the margin that asks or numbers a question, fenced or not."""
    headings = [(index, heading) for index, line in enumerate(lines)
                if line.startswith("#") and (heading := _HEADING.match(line))]  # no match tried on other lines
    return [(index, heading.group(1)) for index, heading in headings if question_line(heading.group(2))]


def question_line(text: str) -> bool:
    """Whether ``text`` asks or numbers itself as a question (``Question 5 - Write a function ...``)."""
    return bool(_NUMBERED.match(text)) or is_question(text)


def _pair(out: list[str], lines: tuple[str, ...], fences: list[tuple[int, str]]) -> None:
    """Pair the fence lines of a span of ``lines`` (``fences``, as :func:`_fence_marks` gives them) on their own,
    into ``out``: when the last is left open, the first to the last are one block (or a lone fence line is
    blank)."""
    pairs = _fenced(lines, fences)
    if not pairs or pairs[-1][1] is not None:
        return
    if len(fences) == 1:
        out[fences[0][0]] = ""
        return
    (first, mark), (last, _) = fences[0], fences[-1]
    marker = mark[0] * (1 + max(len(each) for _, each in fences))
    out[first] = lines[first].replace(mark, marker, 1)
    out[last] = marker
