"""A goal opening a section of questions: what those questions test, not the task of a story.

A rubric gives each set of questions a section: ``**Goal:** Assess depth of knowledge``, then the questions (under
``Sample questions:``), then what to look for. Before any question or story part of the section, a goal label
over questions and no story part is what the questions test, a signal of each; among a story's parts, or in a case
that sets a scene (``Background:``), it stays the task.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block
from .labels import SCENARIO_SLOTS, STORY_SLOTS
from .parts import label_of
from .questions import question_of
from .unit import Unit

_AIMS = frozenset({"goal", "goals", "objective", "objectives", "aim", "aims", "purpose"})
_TOLD = STORY_SLOTS | SCENARIO_SLOTS  # a story's parts or a case's scene: a goal among them is its task


def aims_section(unit: Unit | None, label: str, read: set[str | None], blocks: Sequence[Block], at: int) -> bool:
    """Whether the goal label ``label`` (on ``blocks[at]``), read with no question nor part before it in its
    section (``unit``, the unit being read, if any; ``read``, the slots of the pieces read so far), stands over the
    questions of the section's blocks below it and over no story part nor scene (a case's goal is its task)."""
    if unit is not None and (unit.question or unit.slots()) or label.strip(" *_:").casefold() not in _AIMS \
            or read & _TOLD:
        return False
    after = blocks[at + 1:]
    if any((found := label_of(block)) is not None and found[0] in _TOLD for block in after):
        return False
    return any(question_of(block) for block in after)
