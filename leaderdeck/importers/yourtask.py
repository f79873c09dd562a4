"""A scene, then what it asks of the reader under a label addressed to them: ``### The Situation`` over the scene,
``### Your Task`` over "1. How would you begin?" / "2. Who do you tell?" (or ``**Situation:**`` then
``**Your task:**``).

A STAR story's Task is the teller's own ("Task", "My task", "My role"). A task handed to "you" beside a situation,
with nothing done or come of it (no Action, Result or Learning), is a case set for the reader: one scenario, its
situation the scene and its task the question, never a story's draft nor each listed ask a question of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from .labels import normalise, slot
from .siblings import Picked
from .text import clean_title
from .unit import Piece
from ..lazyre import lazy_re

# "Your task", "Your tasks", "Task for you", "Your assignment", "Your challenge", "Your mission", "What you need to do"
_ADDRESSED = lazy_re(r"^(?:your (?:tasks?|assignment|challenge|mission|brief|job)|tasks? for you|the ask"
                     r"|what you(?:'ll| will)? (?:need to|must|have to) (?:do|deliver|produce))$")
_TOLD = frozenset({"action", "result", "learning"})


def addressed(label: str) -> bool:
    """``label`` hands the reader a task ("Your Task", "Your assignment", "What you need to do")."""
    return bool(_ADDRESSED.match(normalise(label)))


def task_sections(children) -> list:
    """Among a section's sub-sections, those headed by a task handed to the reader (``### Your Task``) below a
    sibling headed ``### Situation`` (``### The Situation``), when no sibling tells what was done or came of it: the
    case's task, whatever questions it lists, never a group of questions of its own. A scene headed in a case's own
    words (``### Context``, ``## Stakeholders``) makes a case already and is left to that reading."""
    seen_scene = False
    found = []
    for child in children:
        if child.head is None:
            return []
        name = slot(child.head.text)
        if name in _TOLD:
            return []
        if name == "situation":  # a case's own words ("Context", "Stakeholders") make it a case already
            seen_scene = True
        elif name == "task" and seen_scene and addressed(clean_title(child.head.text)):
            found.append(child)
    return found


def case_task_sections() -> Picked:
    """:func:`task_sections` of the sub-sections of each section read, each asked about when it is read."""
    return Picked(task_sections, _named_task)


def _named_task(node) -> bool:
    """Whether ``node`` is headed by a task's label, as a case's task is."""
    return node.head is not None and slot(node.head.text) == "task"


def set_for_you(pieces: Iterable[Piece]) -> bool:
    """Whether ``pieces`` hold a situation and a task addressed to the reader ("Your task"), and nothing told of
    what was done or came of it: a case set for the reader, not a story."""
    situation = handed = False
    for piece in pieces:
        if piece.slot in _TOLD:
            return False
        if piece.slot == "situation":
            situation = True
        elif piece.slot == "task" and addressed(piece.label):
            handed = True
    return situation and handed
