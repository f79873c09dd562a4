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
    return "\n".join(re.sub(r"^[ \t]+", "", line) if line.strip() else "" for line in tidied(lines))


def tidied(lines: list[str]) -> list[str]:
    """The lines of a fence told in STAR parts with, after its last part, a label of the author's own alone on
    its line ("OTHER CONFLICTS could be:") written in bold, so that it and its lines stay in that part (as a
    table's row of the author's own does), and a ``# note`` line right under a list item joined to that item
    (``- Item — note``): the author's comment on it, not a heading. Each line keeps its place; the lines under
    an author's label are moved out to its indent, so they read as its text at the depth of the part's own, and
    so are the sentences indented under a part's label alone on its line (until a list starts): its text, not a
    list."""
    starred = [index for index, line in enumerate(lines) if (match := _PART.match(line))
               and slot(match["label"]) in _STAR]
    out: list[str] = []
    margin, shift = 0, 0  # under a label of the author's own: its indent, and how much deeper its lines are
    flat: int | None = None  # under a part's label alone on its line, before any list: the label's indent
    for index, line in enumerate(lines):
        own = _PART.match(line) if starred and index > starred[-1] else None
        comment = _COMMENT.match(line)
        if line.strip() and shift and _indent(line) <= margin:
            shift = 0
        line = line[min(shift, _indent(line)):]
        if index in starred:
            flat = _indent(line) if not _PART.match(line)["rest"] else None
        elif line.strip() and flat is not None:
            if _ITEM.match(line) or _indent(line) <= flat:
                flat = None
            else:
                line = f"{line[:flat]}{line.lstrip()}"  # the part's sentences, indented under it: its text
        if own and not own["rest"] and slot(own["label"]) is None and not _TELLER.search(own["label"]):
            margin = _indent(line)
            shift = max(_indent(next((text for text in lines[index + 1:] if text.strip()), "")) - margin, 0)
            out.append(f"{line[:margin]}**{own['label'].strip()}:**")
        elif comment and out and _ITEM.match(out[-1]):
            out[-1] = f"{out[-1].rstrip()} — {comment['text'].strip()}"
            out.append("")
        else:
            out.append(line)
    return out


_TELLER = lazy_re(r"\b(?:i|we|my|our|me|us)\b", re.IGNORECASE)  # "I learned that:": the teller's sentence, no label
_ITEM = lazy_re(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
_COMMENT = lazy_re(r"^[ \t]*#+[ \t]+(?P<text>\S.*)$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
