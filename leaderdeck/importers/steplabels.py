"""Numbered bold labels that are the steps of an answer: "**1. Define Requirements:**", "**2. Sourcing:**",
"**3. Evaluation:**" under a question.

Some of such a run's names are words we read as labels elsewhere ("Requirements" of a scenario, "Evaluation" as
what interviewers look for), but the run is the author's own outline of the answer: when one of its names is no
label of ours at all, every step stays text of the answer, its label kept. A run of numbered STAR parts
("**1. Situation:**", "**2. Task:**") still tells a story.

So are the named points of a list the teller leads into with a line of their own (``I focus on three pillars:``
over ``1. Growth: ...``, ``2. Impact: ...``, ``3. Culture: ...``): the list is the answer as written, when one of
its names at least is no label of ours.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING, ITEM, PARAGRAPH
from .labels import STAR_SLOTS, slot
from .voice import first_person
from ..lazyre import lazy_re

_NUMBERED = lazy_re(r"^\s*\d{1,2}[.)]\s+\S")
_REACH = 40  # blocks looked at on each side for the rest of the run


def answer_step(blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index]``, a labelled block, is a step of an answer's own numbered outline."""
    block = blocks[index]
    if not block.lead or not _NUMBERED.match(block.lead) or slot(block.lead) in STAR_SLOTS:
        return False
    return any(slot(other.lead) is None for other in _run(blocks, index))


def _run(blocks: Sequence[Block], index: int) -> list[Block]:
    """The other numbered labels of the section around ``blocks[index]`` at its indent, up to a heading."""
    indent = blocks[index].indent
    found: list[Block] = []
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(blocks) and abs(at - index) <= _REACH and blocks[at].kind is not HEADING:
            other = blocks[at]
            if other.lead and other.indent == indent and _NUMBERED.match(other.lead):
                found.append(other)
            at += step
    return found


def led_in_point(blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index]``, a labelled list item, is a named point of a list led into by the teller's own
    line (a paragraph told as I or we ending in a colon, right above the list), one of whose names is no label."""
    block = blocks[index]
    if block.kind is not ITEM or not block.lead:
        return False
    first = index
    while first > 0 and blocks[first - 1].kind is ITEM and blocks[first - 1].indent >= block.indent:
        first -= 1
    lead_in = blocks[first - 1] if first > 0 else None
    if lead_in is None or lead_in.kind is not PARAGRAPH or lead_in.quoted \
            or not lead_in.text.rstrip().endswith(":") or not first_person(lead_in.text):
        return False
    last = index
    while last + 1 < len(blocks) and blocks[last + 1].kind is ITEM and blocks[last + 1].indent >= block.indent:
        last += 1
    return any(b.lead and b.indent == block.indent and slot(b.lead) is None for b in blocks[first:last + 1])
