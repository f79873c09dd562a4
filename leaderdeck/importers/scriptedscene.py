"""A scenario whose approach is a script: the lines the reader would say, in quotation marks, are no questions.

A set of practice cases for managers heads each case as a scenario (``## Scenario 1: Dana - flight risk``), sets
it under labels (``**Context:**`` over facts, ``**Manager preparation:**`` ...), then walks through how to handle
it in steps on bold lines of their own, often as a script of what to say::

    **1. Open honestly (5 min)**
    "Dana, I sense something has changed. What's on your mind?"
    **2. If pay comes up**
    - "What would a fair number look like to you?"

Those lines ask, but the reader asks them of the person in the case: they are the case's approach, not interview
questions, and each read as a note of its own breaks the case into questions with no answer. When a section so
headed sets its scene before any question, its steps are lines in bold (no headings of its own: a case study's
``## Background``, ``## Root cause`` are sections, not steps) and most questions in it are such quoted lines (two
in three at least: "- Quarterly check: still on track?" may close it), the section is one scenario: its scene as
written, each step a discussion point holding its lines. A case whose questions are its own (``**Question:** What
do you do first?``) is left to the readings that take it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from .blocks import Block, HEADING
from .labels import SCENARIO_SLOTS
from .outline import Node
from .questions import question_of
from .questionscene import names_case
from .text import clean_title
from .unit import Piece, Unit
from ..lazyre import lazy_re

# a question said inside quotation marks: '"Tell me more. What's driving that?"', '[If low:] "What would it take?"'
# ... and the close of a quote opened lines above ('Would that work for you?"')
_SAID = lazy_re(r"[\"“][^\"“”]*\?[^\"“”]*[\"”]?\s*(?:\(.*\))?\s*$|\?[\"”]\s*$")
_SCENE = frozenset({"scenario", "situation"})


def scripted_scene(head: str, node: Node, before: list[Piece], units: list[Unit]) -> Piece | None:
    """The script of the scenario the section ``node`` (headed ``head``) is, from its first question on with its
    steps, as its discussion points (see the module); ``None`` when the section is no scenario so scripted."""
    if not names_case(head) or not any(p.slot in _SCENE for p in before) \
            or any(p.slot is not None and p.slot not in SCENARIO_SLOTS and p.slot != "task" for p in before):
        return None
    if any(child.head is None or child.head.kind is HEADING for child in node.children):
        return None  # "## Background", "## Root cause": a case study's own sections, not the steps of a script
    at = {block.line: block for block in node.body}
    said = unsaid = 0
    for unit in units:
        if unit.question:
            block = at.get(unit.line)
            if block is not None and _said(block):
                said += 1
            else:
                unsaid += 1
    for block in _bodies(node):
        if question_of(block) is not None:
            if _said(block):
                said += 1
            else:
                unsaid += 1  # "- Quarterly check: still on track?" in the follow-up list: the writer's own
    if not said or unsaid * 2 > said:
        return None  # "**Question:** What do you do first?": the case's own questions, not a script
    start = min((u.line for u in units), default=node.children[0].line if node.children else 0)
    script = [*(b for b in node.body if b.line >= start and units), *_below(node)]
    script = [b for b in script if b.text.strip() or b.rows]
    return Piece("discussion", start, "", blocks=script) if script else None


def _said(block: Block) -> bool:
    """Whether ``block``'s first line asks inside quotation marks: a line the reader says in the case."""
    return _SAID.search(block.text.split("\n", 1)[0]) is not None


def _below(node: Node) -> Iterator[Block]:
    """The blocks of ``node``'s sub-sections, each step's bold line as a heading over its text, in reading order."""
    for child in node.children:
        if child.head is not None:
            yield _heading(child.head)
        yield from child.body
        yield from _below(child)


def _bodies(node: Node) -> Iterator[Block]:
    """The blocks of ``node``'s sub-sections' own text (their headings are the script's steps), in reading order."""
    for child in node.children:
        yield from child.body
        yield from _bodies(child)


def _heading(block: Block) -> Block:
    """A sub-section's head as a heading of the script, also when it was a line in bold."""
    return dataclasses.replace(block, kind=HEADING, text=clean_title(block.text), lead="", rest="", bold=False,
                               level=block.level or 6)
