"""An answer still to write, over the stories meant for it.

A writer filling in a bank marks an answer as not written yet and lists what it will tell:

    > Describe a time you made a mistake.

    to be done:
    - The export that shipped the wrong totals
    - The weekend I deleted the staging site

The list names stories, it tells none: the note is a draft and each item a tip (``To write: The export ...``),
never an answer reading "to be done:". The mark is a line of its own ending in a colon or not (``To be done``,
``TODO:``, ``To write:``, ``TBD:``), with only list items under it. (Not :func:`.placeholders.is_placeholder`:
a placeholder may be an instruction, "What I would do:", and that over a list opens an answer.)
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

_MARK = lazy_re(r"^[*_]*(?:to be done|to ?do|tbd|to write|to be written|stories to (?:use|tell|write))[*_]*\s*:?[*_]*$",
                re.IGNORECASE)
_ITEM = lazy_re(r"^\s*(?:[-*+•]|\d+[.)])\s+(?P<text>\S.*)$")


def pending_list(answer: str) -> tuple[str, list[str]]:
    """``answer`` unchanged and no tips, or ``""`` and a tip for each story named when the answer is only such a
    mark over a list (see the module docstring)."""
    first, _, rest = answer.strip().partition("\n")
    if not _MARK.match(first.strip()):
        return answer, []
    lines = [line for line in rest.split("\n") if line.strip()]
    items = [_ITEM.match(line) for line in lines]
    if not lines or not all(items):
        return answer, []
    return "", [f"To write: {item['text'].strip()}" for item in items if item]
