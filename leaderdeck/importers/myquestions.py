"""The writer's own questions closing a bank of their answers: ``## My questions`` (``My Qs``, ``Questions from
me``, ``Questions I have``) over a list of questions and nothing else, the last section of a document whose
questions above it the writer answers as I or we.

"My questions" alone may head the questions the writer prepares; closing a bank of told answers, over questions
none of which is answered, it is the writer's turn to ask the interviewer (as ``## Questions to ask`` is): reported
once, never a draft per question.
"""

from __future__ import annotations

import re

from .blocks import ITEM, PARAGRAPH
from .outline import Node
from .text import clean_title, is_question
from .voice import first_person
from ..lazyre import lazy_re

# "My questions", "My Qs", "Questions from me", "Questions I have", "My own questions (for them)"
_MINE = lazy_re(r"^(?:(?:my|our)\s+(?:own\s+)?(?:questions|qs)|questions\s+(?:from\s+me|i\s+have))"
                r"(?:\s*\(?\s*for\s+(?:them|the\s+team|the\s+company|the\s+interviewers?)\s*\)?)?\s*:?$",
                re.IGNORECASE)


def closing_own_questions(node: Node, root: Node | None) -> bool:
    """Whether ``node`` is a ``My questions`` section closing ``root``'s bank of told answers (see the module)."""
    if node.head is None or root is None or node.children or not _MINE.match(clean_title(node.head.text).strip()):
        return False
    listed = [b for b in node.body if b.text.strip() or b.rows]
    if not listed or any(b.kind is not ITEM or not is_question(b.text) for b in listed) \
            or len({b.indent for b in listed}) > 1:
        return False  # an answer nested under one of them, or text of its own: a bank's group, not my turn
    end = max(b.end for b in listed)
    blocks = root.blocks()  # asked only of a section so headed: once or twice a document
    if any(b.line > end and (b.text.strip() or b.rows) for b in blocks):
        return False  # sections or text after it: not the page's close
    return any(b.line < node.line and b.kind in (PARAGRAPH, ITEM) and first_person(b.text)
               and not is_question(b.text) for b in blocks)
