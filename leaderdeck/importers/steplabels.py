"""Numbered bold labels that are the steps of an answer: "**1. Define Requirements:**", "**2. Sourcing:**",
"**3. Evaluation:**" under a question.

Some of such a run's names are words we read as labels elsewhere ("Requirements" of a scenario, "Evaluation" as
what interviewers look for), but the run is the author's own outline of the answer: when one of its names is no
label of ours at all, every step stays text of the answer, its label kept. A run of numbered STAR parts
("**1. Situation:**", "**2. Task:**") still tells a story.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING
from .labels import STAR_SLOTS, slot
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
