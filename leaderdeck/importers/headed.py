"""A heading that is a label word over the teller's own question and answer: their group, not the label.

Personal notes group their questions under words that are also labels of ours: ``##### Challenges`` or
``##### Mistakes/Failures`` over ``What was the hardest bug you've faced`` and the writer's answer in the first
person. A label heading applies only to text with no question of its own; over a question answered in the first
person it is the name of a group, and the question and answer are a note. Labels about questions (follow-ups,
variants, discussion points) keep their role: the questions under them are theirs.
"""

from __future__ import annotations

from .blocks import BlockKind
from .labels import COACH_SLOTS, SCENARIO_SLOTS
from .outline import Node
from .scan import Scanner
from .text import clean_title
from .unit import Piece
from .voice import first_person, unquoted

# labels that may name a group of the teller's own questions ("Challenges", "Mistakes", "Tips")
_GROUPING = (COACH_SLOTS | SCENARIO_SLOTS) - {"variants", "followups", "discussion", "clarify", "scenario"}


def own_questions(node: Node, name: str | None) -> bool:
    """Whether the section ``node``, headed by the label ``name``, holds a question of its own (not nested under
    anything) answered in the first person: then the heading names their group."""
    if name not in _GROUPING or node.head is None:
        return False
    units = Scanner([], clean_title(node.head.text)).scan(node.body).units
    return any(unit.question and _answered_by_me(unit.pieces) for unit in units)


def _answered_by_me(pieces: list[Piece]) -> bool:
    """Pieces of an answer (unlabelled text) with a line that speaks as I or we, outside quotes."""
    texts = [b.text for p in pieces if p.slot in (None, "answer") for b in p.blocks
             if b.kind in (BlockKind.PARAGRAPH, BlockKind.ITEM)]
    return any(first_person(unquoted(text)) for text in texts)
