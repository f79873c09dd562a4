"""One scene asked about in several questions -> one scenario, the questions its discussion points.

A take-home or case page sets its scene in labelled sections (``## Background``, ``## Challenges``, ``## Your
Task``) and then lists what the answer should address (``## Questions to Address`` over ``1. How will you measure
...?``, ``2. ...``). Each listed question, read on its own, takes the page's scene as its own, so the page would
turn into as many copies of one scenario as it lists questions. When every note of the page is such a scenario,
each holding the very same scene and nothing of its own, the page is one scenario: the scene, challenges and task
once, each question a discussion point, named by the page's title.
"""

from __future__ import annotations

from .blocks import Block, ITEM
from .outline import Node
from .sections import is_scenario
from .text import clean_title
from .textreader import label_of
from .unit import Piece, Unit

_SCENE = frozenset({"scenario", "situation", "challenges", "requirements", "task"})


def shared_scene(units: list[Unit], root: Node) -> Unit | None:
    """The one scenario ``units`` are copies of (see the module), or ``None``."""
    if len(units) < 2 or not all(u.question and is_scenario(u.slots()) for u in units):
        return None
    first = units[0]
    shared = [p for p in first.pieces if p.slot in _SCENE]
    if not shared or not all(_same(u.pieces, first.pieces) for u in units[1:]):
        return None
    if any(p.line >= min(u.line for u in units) for p in shared) or any(u.sections or u.follow_ups for u in units):
        return None  # the scene is written above the questions; a question with notes of its own is no mere point
    points = Piece("discussion", units[0].line, "Questions",
                   blocks=[Block(ITEM, u.line, u.line, u.question) for u in units])
    merged = Unit(min(p.line for p in shared), title=_title(root), hints=list(first.hints), meta=list(first.meta))
    merged.pieces = sorted([*first.pieces, points], key=lambda p: p.line)
    return merged


def _same(pieces: list[Piece], others: list[Piece]) -> bool:
    return len(pieces) == len(others) and all(a is b for a, b in zip(pieces, others))


def _title(root: Node) -> str:
    """The page's title: its one top heading, without a short label before it ("Take-home: ...")."""
    tops = [c for c in root.children if c.head is not None]
    if len(tops) != 1:
        return ""
    head = clean_title(tops[0].head.text)
    label, rest = label_of(head)
    return rest if label and rest and len(label.split()) <= 2 else head
