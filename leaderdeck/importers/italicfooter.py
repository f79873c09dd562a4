"""A page's closing line set apart by a rule: the page's, not the last question's.

A coaching page may end its last question's section with a rule (``---``) and one or two lines wholly in italics
that speak to the reader about the page (``*Want more? Subscribe ...*``, ``*Next: ...*``), told by no I or we.
The rule closes the questions: those lines are reported, never a tip or the answer of the question above them.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, RULE
from .outline import Node
from .sections import NOT_CONTENT
from .unit import Loose
from .voice import first_person

_MAX_LINES = 2


def _italic_line(block: Block) -> bool:
    """A paragraph of one line wholly in italics (``*...*``, ``_..._``), not bold."""
    text = block.text.strip()
    return block.kind is PARAGRAPH and "\n" not in text and len(text) > 2 and text[0] in "*_" and text[-1] == text[0] \
        and not text.startswith(("**", "__")) and not first_person(text.strip("*_ "))


def italic_footer(node: Node, root: Node | None, body: list[Block]) -> tuple[list[Block], list[Loose]]:
    """``(body without the closing lines, their report lines)`` when ``node`` ends the document ``root`` and its
    ``body`` ends with a rule then at most two italic lines (see the module); ``(body, [])`` otherwise."""
    if node.children or not body or root is None or root.last() is not body[-1] or body[-1].kind is not PARAGRAPH:
        return body, []  # most sections: not the page's last, or ending with no paragraph
    rule = next((i for i in range(len(body) - 1, max(-1, len(body) - 2 - _MAX_LINES), -1) if body[i].kind is RULE),
                None)
    below = [b for b in body[rule + 1:] if b.text.strip()] if rule is not None else []
    if rule is None or not below or not all(_italic_line(b) for b in below) \
            or not any(b.text.strip() for b in body[:rule] if b.kind is not RULE):
        return body, []
    return body[:rule], [Loose(b.line, "text after the closing rule", NOT_CONTENT) for b in below]
