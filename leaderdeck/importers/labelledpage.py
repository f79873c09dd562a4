"""A page titled by a label word over sections of its own: read again with the title as a title when the label
reading finds nothing.

A page of situational questions may be titled by the word for what it is about (``# Scenario``, ``# Background``)
and hold its questions in sections of their own (``## Typical Interview Questions`` over ``1. A release is failing
near its deadline. What do you do?``, then ``## Common Mistakes``). Read as a label, such a title makes the whole
page one part of a case with nothing asked, and the page would be refused. When that reading finds no note, the
page is read again with its title as the page's name: its sections then give their questions. So is a page whose
only heading is such a title (``# Answers`` over questions, each with its answer under it). A page whose label
reading finds a note keeps it.

A page titled as the questions the writer will ask the interviewer (``# Reverse interview``, ``# Questions to ask
the interviewer``) over groups of them (``## Engineering``, ``## Culture``) is not read again: its questions are the
writer's to ask, never notes, and the page is refused as such.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING
from .labels import normalise, slot, to_ask


def labelled_title(blocks: Sequence[Block]) -> bool:
    """Whether the page's first heading is its only one at its level, worded as a label (``# Scenario``), with
    headings of a lower level under it or none at all."""
    headings = [block for block in blocks if block.kind is HEADING]
    if not headings:
        return False
    first = headings[0]
    if any(h.level <= first.level for h in headings[1:]):
        return False  # a second title, or a heading above the first: not one title over the page
    if to_ask(first.text) or normalise(first.text).startswith("questions to ask"):
        return False  # "# Reverse interview" over its groups: the writer's questions, nothing to read again
    return slot(first.text) is not None
