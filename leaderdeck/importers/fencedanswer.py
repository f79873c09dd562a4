"""A fence of prose that holds a sample answer, read as Markdown.

Under a question, a code fence without a language may hold no code but the author's outline and a sample
answer::

    Framework:
    1. Pair them with a buddy
    2. Give them a starter task

    Example Answer:
    "I pair each new engineer with a buddy and give them
    a small bug in their first week."

The one line labelled as an answer (``Example Answer:``, ``Sample response:``; a bare ``Example:`` is not one)
decides; a fence of several such lines or of Markdown headings is a template. What it labels is the answer:
its one pair of quotation marks around the whole goes, its hard-wrapped lines are joined (list lines stay list
lines). Each labelled outline before it (``Framework:`` or ``Approach:`` over its items) is one tip of how to
answer, its items joined, written after the answer (a label between a question and its answer would close the
question). The Markdown has no more lines than the fence: its blocks stay within the fence's lines.
"""

from __future__ import annotations

import re

from .labels import slot
from .hardwrap import joined
from .quoting import CLOSING, OPENING
from .textreader import label_of
from .wholefence import is_code
from ..lazyre import lazy_re

PROSE_INFOS = frozenset({"", "text", "txt", "plain", "plaintext", "markdown", "md"})
_ITEM = lazy_re(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_MAX_LABEL_WORDS = 5
_ANSWER_WORD = lazy_re(r"\b(?:answer|response)\b", re.IGNORECASE)  # "Example Answer:", not a bare "Example:"


def answer_fence(content: str, info: str) -> str | None:
    """Markdown for a fence of prose that holds a labelled sample answer (see the module docstring), line for
    line; None for any other fence."""
    if info.casefold() not in PROSE_INFOS:
        return None
    folded = content.casefold()
    if "answer" not in folded and "response" not in folded:  # cheap: no answer's label, nothing to read
        return None
    lines = content.rstrip("\n").split("\n")
    labelled = [i for i, line in enumerate(lines) if _answer_label(line) is not None]
    if len(labelled) != 1 or any(is_code(line) or line[:1] == "#" for line in lines):
        return None  # no answer, or a template of several parts each with its "Example:" (headed by "## S -")
    at = labelled[0]
    tips = outlines(lines[:at])
    first = _answer_label(lines[at])[1]
    answer = joined(_unquoted([first, *lines[at + 1:]] if first else lines[at + 1:]), _item)
    return "\n".join([*answer, *(f"\n**How to answer:** {tip}" for tip in tips)])


def _answer_label(line: str) -> tuple[str, str] | None:
    """``(label, text after it)`` of a line at the margin labelled as an answer, else None."""
    if not line[:1].strip() or ":" not in line:
        return None
    lead, rest = label_of(line.strip())
    return (lead, rest) if lead and len(lead.split()) <= _MAX_LABEL_WORDS and _ANSWER_WORD.search(lead) \
        and slot(lead) == "answer" else None


def outlines(lines: list[str]) -> list[str]:
    """Each outline before the answer (a label alone on its line over its items, or items alone) as one line,
    its items joined: ``Framework: Pair them with a buddy; Give them a starter task``."""
    tips: list[str] = []
    name, items = "", []  # the current outline's label and items
    for index, line in enumerate([*lines, ""]):
        lead, rest = label_of(line.strip()) if line[:1].strip() else ("", "")
        if lead and not rest or index == len(lines):
            if items:
                tips.append(f"{name}: {'; '.join(items)}" if name else "; ".join(items))
            name, items = lead, []
        elif line.strip():
            match = _ITEM.match(line)
            items.append((match.group("text") if match else line).strip().rstrip(";,"))
    return tips


def _unquoted(lines: list[str]) -> list[str]:
    """The answer's lines without the one pair of quotation marks around the whole."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return lines
    first, last = filled[0], filled[-1]
    opening, closing = lines[first].strip(), lines[last].rstrip()
    if opening[:1] in OPENING and closing[-1:] in CLOSING and (first != last or len(opening) > 1):
        lines = list(lines)
        lines[first] = lines[first].replace(opening[0], "", 1)
        lines[last] = lines[last].rstrip()[:-1]
    return lines


def _item(line: str) -> tuple[str, bool] | None:
    """A list line of the answer opens an item its wrapped lines go on with."""
    return (line.rstrip(), True) if _ITEM.match(line) else None
