"""A list item naming follow-up questions, then the follow-ups themselves as items beside it: ``- Follow-up
questions that dig deeper``, ``- "Say more about the rollback"``, ``- "What would you change?"`` (advice on what
the interviewer will probe).

The first item does not ask; it names what the items after it are: the interviewer's generic follow-ups, examples
of what to expect. Those items, each a question with nothing under it on the lines right after the naming item and
at its depth, are not questions to answer: they and the naming item are reported, never drafts.
"""

from __future__ import annotations

import re

from .listing import short
from .text import is_question
from .unit import Loose, Unit
from ..lazyre import lazy_re

FOLLOW_UPS = "follow-ups an interviewer may ask, not questions to answer"
# "Follow-up questions that dig deeper", "Deeper follow-ups", "Probing follow-up questions:"
_NAMES_FOLLOW_UPS = lazy_re(r"^\W*(?:[a-z]+\s+){0,2}follow[- ]?ups?(?:\s+questions?)?\b", re.IGNORECASE)


def drop_follow_up_examples(units: list[Unit]) -> tuple[list[Unit], list[Loose]]:
    """``units`` without the follow-ups listed right after an item naming them (see the module docstring), and a
    report line for each such run."""
    dropped: set[int] = set()
    loose: list[Loose] = []
    for index, unit in enumerate(units):
        if not _names_follow_ups(unit):
            continue
        run, line = [], unit.line
        for after in units[index + 1:]:
            if not after.from_item or after.indent != unit.indent or after.line != line + 1 or _answered(after) \
                    or not is_question(after.question):
                break
            run.append(after)
            line = after.line
        if run:
            dropped.update(id(u) for u in (unit, *run))
            loose.append(Loose(unit.line, f"'{short(unit.question)}' and the {len(run)} items after it", FOLLOW_UPS))
    return ([u for u in units if id(u) not in dropped], loose) if dropped else (units, [])


def _names_follow_ups(unit: Unit) -> bool:
    """A listed item with nothing under it that names follow-up questions without asking one."""
    return unit.from_item and not _answered(unit) and bool(_NAMES_FOLLOW_UPS.match(unit.question)) \
        and not is_question(unit.question)


def _answered(unit: Unit) -> bool:
    return any(not piece.empty for piece in unit.pieces)
