"""A heading that is a label word over the teller's own question and answer: their group, not the label.

Personal notes group their questions under words that are also labels of ours: ``##### Challenges`` or
``##### Mistakes/Failures`` over ``What was the hardest bug you've faced`` and the writer's answer in the first
person. A label heading applies only to text with no question of its own; over a question answered in the first
person it is the name of a group, and the question and answer are a note. Labels about questions (follow-ups,
variants, discussion points) keep their role: the questions under them are theirs.
"""

from __future__ import annotations

from .blocks import PARAGRAPH, ITEM
from .labels import COACH_SLOTS, SCENARIO_SLOTS, STAR_SLOTS, slot
from .outline import Node
from .scan import Scanner
from .text import clean_title, is_criterion, is_question
from .unit import Piece
from .voice import as_i, first_person, unquoted

# labels that may name a group of the teller's own questions ("Challenges", "Mistakes", "Tips")
_GROUPING = (COACH_SLOTS | SCENARIO_SLOTS) - {"variants", "followups", "discussion", "clarify", "scenario"}


def own_questions(node: Node, name: str | None) -> bool:
    """Whether the section ``node``, headed by the label ``name``, holds a question of its own (not nested under
    anything) answered in the first person, or, headed by a STAR part's word ("Growth", "Results & Execution"),
    asks questions of the reader (two or more, at its margin or as question headings, no story told among them;
    not the teller's own "What would I change?" nor questions about the candidate): then the heading names their
    group."""
    if name not in _GROUPING and name not in STAR_SLOTS or node.head is None:
        return False
    units = Scanner([], clean_title(node.head.text)).scan(node.body).units
    if name in _GROUPING:
        return any(unit.question and _answered_by_me(unit.pieces) for unit in units)
    # its questions: at its margin, or as question headings ("## Results & Execution" over "### How do you ...?")
    asked = [unit.question for unit in units if unit.question and not unit.indent]
    asked += [clean_title(c.head.text) for c in node.children
              if slot(c.head.text) is None and is_question(clean_title(c.head.text))]
    put = [q for q in asked if not is_criterion(q) and not as_i(q)]  # "What would I change?": a reflection
    return len(put) >= _LISTED and len(put) * 2 > len(asked) and not any(_tells(unit.pieces) for unit in units)


_LISTED = 2  # a list of questions: two at least


def _tells(pieces: list[Piece]) -> bool:
    """Pieces that tell a story: a STAR part, or answer text in the first person."""
    return any(p.slot in STAR_SLOTS for p in pieces) or _answered_by_me(pieces)


def _answered_by_me(pieces: list[Piece]) -> bool:
    """Pieces of an answer (unlabelled text) with a line that speaks as I or we, outside quotes."""
    texts = [b.text for p in pieces if p.slot in (None, "answer") for b in p.blocks
             if b.kind in (PARAGRAPH, ITEM)]
    return any(first_person(unquoted(text)) for text in texts)
