"""A heading worded like a story's part over questions of its own: the name of their group, not the part.

Question banks sort their questions by competency, and some competencies are words we read as a story's parts:
``## Results & Execution``, ``## Learning & Growth``, ``## Action Orientation``. A story's part tells what
happened; a section that instead asks two questions or more of the reader (standing at its margin or as
question headings, not asked by the teller of themselves nor about the candidate) is a group of questions.
"""

from __future__ import annotations

from .labels import STAR_SLOTS, slot
from .outline import Node
from .scan import Scanner
from .text import clean_title, is_criterion, is_question
from .voice import as_i

_MIN_QUESTIONS = 2


def groups_questions(node: Node, name: str | None) -> bool:
    """Whether the section ``node``, headed by the story part ``name``, asks two questions or more of its own."""
    if name not in STAR_SLOTS or node.head is None:
        return False
    units = Scanner([], clean_title(node.head.text)).scan(node.body).units
    asked = [u.question for u in units if u.question and not u.indent]
    asked += [clean_title(c.head.text) for c in node.children
              if slot(c.head.text) is None and is_question(clean_title(c.head.text))]
    return sum(not is_criterion(q) and not as_i(q) for q in asked) >= _MIN_QUESTIONS
