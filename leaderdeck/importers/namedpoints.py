"""A list of the author's own named points, one of whose names is a story part's word by chance.

An answer often sets out its points as items each opened by a short name and a colon::

    I lean on three things:
    1. Growth: clear paths and a learning budget
    2. Impact: tie the work to what the business sees
    3. Culture: room to speak up

"Growth" and "Impact" are also the names of a story's Learning and Impact, but here they name the answer's own
points: read as labels they would cut the list into parts, drop its lead-in line and lose the other items' names.
A run of two items or more at one indent, one after another (items nested under them go with them), each opened by
a lead-in, where at least one lead-in is no label of ours (``Culture``) and every one that is names a later part of
a story or an aim (Task, Result, Learning, Impact), is such a list: its lead-ins label nothing. A story told in items
names its Situation or Action (``- Situation: ...``, ``- Action: ...``) and a list of coaching labels
(``- Avoid: ...``) names no part, so neither is read here. In a numbered run (``1. **Code quality**: ...``, ``2.
**Confidence**: ...``), or in a list whose names are mostly no label of ours (``- **Autonomy**: ...``, ``- **Purpose**:
...``, ``- **Recognition**: ...``), a name that is also a word we set aside (``Confidence``) or one naming what a
question tests (``Purpose``) is a point of the list too, never dropped from its middle nor opening the question's
signals; a bulleted list of such facts (``- **Status**: done``, ``- **Date**: May``) is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, ITEM
from .parts import label_of

_LATER_PARTS = frozenset({"task", "result", "learning", "impact"})


def named_points(blocks: Sequence[Block]) -> frozenset[int]:
    """The indexes in ``blocks`` of the items whose lead-in names a story's part but which belong to a list of
    named points (see the module docstring): lead-ins that label nothing."""
    held: set[int] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind is not ITEM or not block.lead:
            index += 1
            continue
        run, index = _run(blocks, index)
        held.update(_held(blocks, run))
    return frozenset(held)


def _run(blocks: Sequence[Block], start: int) -> tuple[list[int], int]:
    """The indexes of the items at the indent of the item at ``start`` in the list it opens (items nested deeper
    are passed over), and the index after the run."""
    indent = blocks[start].indent
    run = [start]
    index = start + 1
    while index < len(blocks) and blocks[index].kind is ITEM and blocks[index].indent >= indent:
        if blocks[index].indent == indent:
            run.append(index)
        index += 1
    return run, index


def _held(blocks: Sequence[Block], run: list[int]) -> list[int]:
    """The items of ``run`` to read as text rather than labels: those naming a part, when the run is a list of
    named points; none otherwise."""
    if len(run) < 2 or any(not blocks[i].lead for i in run):
        return []
    slots = {i: found[0] if (found := label_of(blocks[i])) is not None else None for i in run}
    known = {name for name in slots.values() if name is not None}
    if None not in slots.values() or not known or not known <= _allowed(blocks, run, slots):
        return []
    return [i for i, name in slots.items() if name is not None]


# words we set aside, read as what a question tests or as a scenario's length ("Time:")
_SET_ASIDE = frozenset({"noise", "signals", "duration"})


def _allowed(blocks: Sequence[Block], run: list[int], slots: dict[int, str | None]) -> frozenset[str]:
    """The slots a list's own names may share by chance: a later part of a story; in a numbered run, or in a run
    whose names are mostly no label of ours (more than half), also a word we set aside (``Confidence``), one
    naming what a question tests (``Purpose``) or a scenario's length (``- Time: two months`` after ``- Pros: ...``
    and ``- Cost: ...``)."""
    unknown = sum(1 for name in slots.values() if name is None)
    counted = [blocks[i].number is not None for i in run]
    if all(counted) or not any(counted) and unknown * 2 > len(run):  # one list: a bullet after steps is not of it
        return _LATER_PARTS | _SET_ASIDE
    return _LATER_PARTS
