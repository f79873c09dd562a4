"""A story's parts typed one a line with a dash after their letter, however short (``S - a customer churned`` /
``T - rebuild reporting`` / ``A - paused two features`` / ``R - won them back``), or their letter in lower case
and a colon as a phone types it (``s: ...`` / ``t: ...`` / ``a: ...`` / ``r: ...``).

A lone letter before a dash is a part's label only when what follows reads as a part's text (a long line, or one
closed as a sentence): ``A - Strategy`` names a lettered section. Typed quickly, the parts are short and end with
no mark. Three such lines or more in a row, their labels in the method's order (Situation, Task, Action, Result,
Learning), are the parts all the same, each line its own part.
"""

from __future__ import annotations

import re

from .labels import STAR_SLOTS, star_slot
from .text import unmarked
from ..lazyre import lazy_re

_ORDER = {part: index for index, part in enumerate(STAR_SLOTS)}
# "S - ...", "Task – ...", and typed on a phone in lower case, "s: ..." / "t: ..." (a colon is read only so)
_DASHED = lazy_re(r"^(?:(?P<label>[STARL]|(?i:situation|task|actions?|results?|learnings?))\s*[-–—]"
                  r"|(?P<lower>[starl])\s*:)\s+(?P<rest>\S.*)$")
_LEAST = 3  # lines in the run
_OPENERS = frozenset("STARLstarl")


def dashed_runs(lines: tuple[str, ...]) -> dict[int, tuple[str, str]]:
    """``{index: (label, rest)}`` for the lines of each run of dashed parts in ``lines`` (see the module)."""
    found: dict[int, tuple[str, str]] = {}
    run: list[tuple[int, str, str]] = []
    last = -1
    for index, line in enumerate(lines):
        text = line.strip()
        part = _part(text) if text and (text[0] in _OPENERS or not text[0].isascii()) else None
        if part is not None and (not run or run[-1][0] == index - 1 and _ORDER[star_slot(part[0])] > last):
            run.append((index, *part))
            last = _ORDER[star_slot(part[0])]
            continue
        _keep(run, found)
        run, last = ([(index, *part)], _ORDER[star_slot(part[0])]) if part is not None else ([], -1)
    _keep(run, found)
    return found


def _part(text: str) -> tuple[str, str] | None:
    match = _DASHED.match(unmarked(text))
    label = match.group("label") or match.group("lower").upper() if match is not None else ""
    if not label or star_slot(label) not in _ORDER:
        return None
    return label, match.group("rest").strip()


def _keep(run: list[tuple[int, str, str]], found: dict[int, tuple[str, str]]) -> None:
    if len(run) >= _LEAST:
        found.update((index, (label, rest)) for index, label, rest in run)
