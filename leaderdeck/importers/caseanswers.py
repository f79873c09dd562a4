"""Questions listed in a case's own answer sections belong to the case, not to the bank.

A practice case in sub-sections (``## Scenario 4: The tired team`` over ``### Situation``, ``### Your challenge``,
``### Answer & explanation``, ``### Key points``) sets its scene and its ask first; the sections after the ask
explain the answer, and one may list questions for the reader to put to others (``**Check-ins should cover:**``
over ``- How are you really doing?``). Read as notes of their own, those questions split the case: its scene and
ask are left with no question, reported and lost. When a section headed as a case has a sub-section naming its
scene (a Situation or Context heading) and, after it, one naming its ask (``Your challenge``, ``Your task``), the
sub-sections after the ask that list questions are read as more of the case, never questions of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .labels import slot
from .outline import Node
from .questionscene import names_case
from .text import is_question

_SCENE = frozenset({"situation", "scenario"})
_ASK = frozenset({"task", "discussion"})  # "Your challenge", "Your task": the case's ask ("Constraints" is its scene)


def case_answers(head: str, children: Sequence[Node], asking: Sequence[bool]) -> set[int]:
    """The indexes of the sub-sections ``children`` of a section headed ``head`` that are more of its case though
    they list questions (``asking[i]``: the i-th found questions): those after the case's ask (see the module)."""
    if len(children) < 3 or not names_case(head):
        return set()
    slots = [slot(child.head.text) if child.head is not None else None for child in children]
    scene = next((i for i, s in enumerate(slots) if s in _SCENE), None)
    if scene is None:
        return set()
    ask = next((i for i in range(scene + 1, len(slots)) if slots[i] in _ASK), None)
    if ask is None or any(asking[:ask + 1]):
        return set()
    # "## What would you do?" after the ask: a heading that asks itself is the case's own question, not an answer's
    return {i for i in range(ask + 1, len(children)) if slots[i] is None and asking[i]
            and children[i].head is not None and not is_question(children[i].head.text)}
