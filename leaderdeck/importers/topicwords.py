"""A topic heading worded like a label, among a bank's topic headings: the name of its questions' group.

A bank grouped by topic (``## Hiring``, ``## Performance``, ``## Stakeholders``) may name a topic with a word that
is also a label of ours (a scenario's ``Stakeholders:`` or ``Overview:``, a story's ``Growth`` or ``Impact``).
Such a heading over two questions or more at its margin (numbered items or question headings, most of them put
to the reader, no story part outside them), beside a heading that is no label over questions of its own, names
their group: its questions are notes, never one part of the note around them.

The heading over such groups may itself be worded as the opening every question under it shares (``## Tell me about
a time when...`` over ``### Leadership`` and ``### Learning & Growth``, each over its list of questions): with no
text of its own and two sub-sections or more, each asking two questions or more at its margin, it is their
category, not a question whose story those lists would tell (:func:`question_stem`).

Assembly asks of each sub-section when it reads it whether it is one of them (:func:`topic_group_sections`).
"""

from __future__ import annotations

from .blocks import HEADING, ITEM
from .labels import STAR_SLOTS, slot
from .outline import Node
from .scan import Scanner
from .siblings import Picked
from .text import clean_title, is_criterion, is_question
from .voice import as_i

# labels about questions keep their role over the questions under them; noise and groups are read elsewhere
_KEEP = frozenset({"question", "answer", "variants", "followups", "discussion", "clarify", "noise", "container",
                   "topic"})
_LISTED = 2  # a group of questions: two at least


def topic_groups(children: list[Node]) -> list[Node]:
    """The sections among ``children`` headed by a label word that group questions (see the module)."""
    worded = [c for c in children if _worded(c)]
    if not worded or not any(_holds_questions(c) for c in children
                             if c.head is not None and slot(c.head.text) is None):
        return []
    return [c for c in worded if _asks_many(c)]


def topic_group_sections() -> Picked:
    """:func:`topic_groups` of the sub-sections of each section read, each asked about when it is read."""
    return Picked(topic_groups, _worded)


def _worded(node: Node) -> bool:
    """Whether ``node`` is headed by a label word that :func:`topic_groups` may take for a group's name."""
    return node.head is not None and slot(node.head.text) not in (None, *_KEEP)


def question_stem(node: Node) -> bool:
    """A heading worded as a question's opening over groups of questions, with no text of its own (see the module):
    their category, not a question."""
    if any(b.text.strip() or b.rows for b in node.body):
        return False
    groups = [c for c in node.children if c.head is not None]
    return len(groups) >= _LISTED and all(c.head.kind is HEADING and _asks_many(c) for c in groups)


def _holds_questions(node: Node) -> bool:
    """Whether ``node`` holds a question of its own: an item at its margin or a sub-heading that asks."""
    return any(b.kind is ITEM and not b.indent and is_question(clean_title(b.text)) for b in node.body) \
        or any(c.head.kind is HEADING and is_question(clean_title(c.head.text)) for c in node.children)


def _asks_many(node: Node) -> bool:
    """Whether the section ``node`` asks two questions or more at its margin, most put to the reader, with no
    story part outside its questions (a story's own part may list questions it raised)."""
    units = Scanner([], clean_title(node.head.text)).scan(node.body).units
    if any(not unit.question and p.slot in STAR_SLOTS for unit in units for p in unit.pieces):
        return False
    asked = [unit.question for unit in units if unit.question and not unit.indent]
    asked += [clean_title(c.head.text) for c in node.children
              if slot(c.head.text) is None and is_question(clean_title(c.head.text))]
    put = [q for q in asked if not is_criterion(q) and not as_i(q)]
    return len(put) >= _LISTED and len(put) * 2 > len(asked)
