"""The first line of a plain-text file, standing alone and naming one of our labels: the file's title.

A notes file typed in a plain editor often opens with a word for what it is, a blank line under it::

    Notes

    How do you run a retro?
    I rotate the facilitator.

``Notes`` (like ``Tips`` or ``Summary``) is one of our coaching labels, but a bare label line at the top of a file, with
no colon and a blank line under it, over questions asked below, titles the file as a Markdown ``# Notes`` would:
it is read as that heading, not as a label whose coaching runs to the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH
from .labels import COACH_SLOTS, slot
from .questions import question_of

# labels of coaching that holds no questions: "Notes", "Tips", "Summary" ("Follow-ups" heads its questions)
_COACHING = COACH_SLOTS - {"variants", "followups"}


def titled_first_line(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with their first block read as the file's title when it is such a line (see the module
    docstring)."""
    out = list(blocks)
    if len(out) < 2:
        return out
    first, after = out[0], out[1]
    text = first.text.strip()
    if first.kind is not PARAGRAPH or first.indent or first.quoted or first.lead or "\n" in text \
            or not text or text.endswith((":", "：")) or slot(text) not in _COACHING or after.line <= first.end + 1 \
            or not any(question_of(b) is not None for b in out[1:]):
        return out
    out[0] = dataclasses.replace(first, kind=HEADING, level=1)
    return out
