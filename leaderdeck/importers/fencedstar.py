"""A bare fence used as a text box for a personal story told in STAR parts.

    ```
      when I rebuilt the billing page.
    situation: the old page confused most users
     task: make invoices readable
     activity: I read support tickets and sat with two customers
     result: tickets about invoices halved
    ```

A fence with no language, or a prose one (``text``, ``md``), whose lines name two STAR parts or more with a
``label:`` at their start, in any case and at any indent, holds prose: its lines are read as plain text, each
part's label written as a label line ("Situation: ..."), the fence marks gone.
"""

from __future__ import annotations

import re

from .fencedanswer import PROSE_INFOS
from .labels import STAR_SLOTS, slot
from ..lazyre import lazy_re

_PART = lazy_re(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z &+/'-]{0,30}?)[ \t]*[:：][ \t]*(?P<rest>\S.*)?$")
_STAR = frozenset(STAR_SLOTS)


def star_fence(content: str, info: str) -> str | None:
    """The text of a fence that tells a story in STAR parts (see the module docstring), each part's label line at
    the margin with its label capitalised; ``None`` for any other fence."""
    if info.casefold() not in PROSE_INFOS:
        return None
    lines = content.split("\n")
    parts = [(index, match) for index, line in enumerate(lines) if (match := _PART.match(line))
             and slot(match["label"]) in _STAR]
    if len({slot(match["label"]) for _, match in parts}) < 2:
        return None
    for index, match in parts:
        label = match["label"].strip()
        lines[index] = f"{label[:1].upper()}{label[1:]}: {match['rest'] or ''}".rstrip()
    return "\n".join(re.sub(r"^[ \t]+", "", line) if line.strip() else "" for line in lines)
