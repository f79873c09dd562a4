"""A run of ``1)`` … ``N)`` sub-questions nested under a numbered item of plain text, the first on the item's own
line after a label::

    2. Onsite: 1) walk me through your latest project
          cut build time, added metrics
       2) hardest bug you fixed
          a cache that served stale pages

The item is only where the run stands: its ``1)`` and the ``2)``, ``3)`` … lines indented under it (each number the
next, at about the same indent, at least half of them asking) are the questions, each over its own notes. The run is moved to the item's place,
``1)`` on the item's line, each member at the item's indent and the lines under it kept nested under it (their
nesting among themselves kept), so each member is read as a numbered question of its own with its answer. The item's
label (``Onsite``, a company's tag) is no part of a question: it is given back for the reader to keep as a label
line of its own.
"""

from __future__ import annotations

from .text import is_question
from ..lazyre import lazy_re

# "2. Onsite: 1) walk me ...", "Round 2: 1) ...": a number or a short label (or both) before "1)" and its text
_OPENER = lazy_re(r"^(?P<head>(?P<number>\d{1,3}[.、]\s*)?(?:(?P<label>[^\s:：()][^:：()]{0,30}?)\s*[:：]\s*)?)"
                  r"1\)\s*(?P<text>\S.*)$")
_MEMBER = lazy_re(r"^(?P<number>\d{1,3})\)\s*(?P<text>\S.*)$")
_TAB = 4  # a tab's width, as the reader counts it
_DRIFT = 2  # how much further in than the second member a later member may stand


def sub_runs(lines: tuple[str, ...]) -> tuple[tuple[str, ...], dict[int, str]]:
    """``lines`` with each nested run of sub-questions moved to its item's place (see the module), and the label
    each such item had, by its 1-based line number."""
    out = list(lines)
    labels: dict[int, str] = {}
    after = 0  # the lines before it are read
    for index in range(len(out)):
        if index >= after and "1)" in out[index]:  # most lines: no run's "1)" to look for
            after = _run(out, index, labels)
    return tuple(out), labels


def _column(line: str) -> int:
    """Where ``line``'s text starts, a tab counting as :data:`_TAB` spaces."""
    pad = line[:len(line) - len(line.lstrip())]
    return len(pad.replace("\t", " " * _TAB))


def _run(lines: list[str], start: int, labels: dict[int, str]) -> int:
    """Rewrite the run opened on ``lines[start]``, if it opens one; the index after what was read."""
    line = lines[start]
    opener = _OPENER.match(line.strip())
    if opener is None or not (opener.group("number") or opener.group("label")):
        return start + 1
    column = _column(line)
    members = [(start, column, opener.group("text"))]
    end = start + 1
    widest = None
    while end < len(lines):
        text = lines[end]
        if text.strip() and _column(text) <= column:
            break
        member = _MEMBER.match(text.strip())
        if member and int(member.group("number")) == len(members) + 1 and _column(text) > column \
                and (widest is None or _column(text) <= widest):
            widest = widest if widest is not None else _column(text) + _DRIFT
            members.append((end, _column(text), member.group("text")))
        end += 1
    if len(members) < 2 or 2 * sum(is_question(text) for _, _, text in members) < len(members):
        return start + 1
    if opener.group("label"):
        labels[start + 1] = opener.group("label").strip()
    pad = " " * column
    bounds = [index for index, _, _ in members[1:]] + [end]
    # an unmarked line is read one level out from where its indent puts a marked one: two levels in is nested
    nested = _TAB * ((column + 2) // _TAB + 2) - 2
    for number, ((at, _, text), stop) in enumerate(zip(members, bounds), start=1):
        lines[at] = f"{pad}{number}) {text}"
        inner = [index for index in range(at + 1, stop) if lines[index].strip()]
        if not inner:
            continue
        shift = (min(_column(lines[index]) for index in inner) - nested) // _TAB * _TAB  # whole levels: kept nesting
        for index in inner:
            lines[index] = " " * (_column(lines[index]) - shift) + lines[index].lstrip()
    return end
