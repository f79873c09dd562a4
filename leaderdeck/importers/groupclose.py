"""What closes a list of unanswered questions is the group's, never the answer of the list's last question.

A question listed as an item with nothing nested under it takes the blocks after it as its answer. In a list whose
question before it has no answer either, the list is a bank of questions: a label over points of its own
(``**Things to mention:**`` over a list), a form's rating table or blank (``| Rating | ☐ 1 | ☐ 2 |``,
``[Your notes here]``) or the next numbered group label (``11. **Theme**``) closes the group instead of answering
its last question.
"""

from __future__ import annotations


from .blocks import Block, PARAGRAPH, ITEM, TABLE, CODE
from .parts import label_of
from .questions import question_of
from .unit import Unit
from ..lazyre import lazy_re

_BOX = frozenset("☐□☑☒✅❌")  # boxes to tick on a form
_BLANK = lazy_re(r"^(?:\[[^\]\n]*\]|_{3,}|\.{3,}|…|\s)*$")  # "[Your notes here]", "_____": a space to write in


def closes_group(units: list[Unit], block: Block, following: Block | None) -> bool:
    """Whether ``block``, after the last of ``units`` (a listed question with no answer yet, after another such
    question), closes the group of questions instead of answering that last one."""
    unit = units[-1] if units else None
    if unit is None or not unit.from_item or unit.nested or any(not p.empty for p in unit.pieces):
        return False
    if not _unanswered_before(units):
        return False
    if block.kind is PARAGRAPH:  # "**Preparation Points:**" over its own points
        return bool(block.lead) and not block.rest and following is not None \
            and following.kind is ITEM and label_of(block) is None
    if block.kind is ITEM:  # "11. **Quick decisions**": the next group's name
        return block.bold and block.number is not None and block.indent <= unit.indent \
            and question_of(block) is None
    if block.kind is TABLE:
        return any(_BOX.intersection(cell) for row in block.rows for cell in row)
    return block.kind is CODE and bool(_BLANK.match(block.text))


def _unanswered_before(units: list[Unit]) -> bool:
    """Whether the question before the last of ``units`` has no answer either: a bank, not Q&A."""
    if len(units) < 2:
        return False
    before = units[-2]
    return bool(before.question) and not any(not p.empty for p in before.pieces)
