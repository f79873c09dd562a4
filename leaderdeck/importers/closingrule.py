"""Notes after a document's closing rule: the writer's leftovers, not the answer of the last question.

A bank may end with a question whose answer is still a placeholder (``....``, ``TBD``), then a rule (``---``) and
the writer's loose notes. The rule closes the bank: the question stays a draft, and the notes after the rule,
which belong to no question, are reported.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, ITEM, TABLE, CODE, RULE
from .outline import Node
from .placeholders import is_placeholder
from .text import is_question
from .unit import UNASKED, Loose

_TEXT = (PARAGRAPH, ITEM, TABLE, CODE)


def closing_notes(node: Node, root: Node | None, body: list[Block]) -> tuple[list[Block], list[Loose]]:
    """``(body without the notes, their report line)`` when ``node``, the last section of the document ``root``,
    answers only with a placeholder above a rule and text that asks nothing follows the rule; ``(body, [])``
    otherwise."""
    rule = next((i for i, b in enumerate(body) if b.kind is RULE), None)
    if rule is None or root is None or node.children or not body or root.last() is not body[-1]:
        return body, []
    above = [b for b in body[:rule] if b.kind in _TEXT and (b.text.strip() or b.rows)]
    below = [b for b in body[rule + 1:] if b.kind in _TEXT and (b.text.strip() or b.rows)]
    if not above or not below or not is_placeholder("\n".join(b.text for b in above)) \
            or any(is_question(b.text.split("\n")[0]) for b in below):
        return body, []
    return body[:rule], [Loose(below[0].line, "text after the closing rule", UNASKED)]
