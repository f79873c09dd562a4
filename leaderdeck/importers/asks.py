"""The writer's own questions for the people they will meet, under a label line in a section about questions.

A section headed about questions ("Have your questions ready") may address lists of questions to someone:
``To the **Director of Platform**:`` or ``For the hiring manager:`` over a list of questions. Those questions
are the writer's to ask, not questions to answer: they are set aside and reported once per label.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .labels import to_ask
from .outline import Node
from .quoting import quoted_whole
from .text import clean_title, is_question
from .unit import Loose, Unit
from ..lazyre import lazy_re

ASK_THEM = "questions to ask the interviewer"
_ABOUT_QUESTIONS = lazy_re(r"\bquestions?\b", re.IGNORECASE)
# "To the VP:" speaks to someone; "For the hiring manager:" is a label for someone unless it names a level
_ADDRESSED = lazy_re(r"^(?P<to>to|for) (?P<who>[^:?]{2,60}):$", re.IGNORECASE)
_NOT_SOMEONE = lazy_re(r"^(?:example|instance|you|yourself|each|every|this|these|more|now|later|both)\b",
                       re.IGNORECASE)


def _addressee(block: Block) -> bool:
    """A paragraph of one line that addresses what follows to someone: "To the **VP**:"."""
    text = block.text.replace("*", "").strip()
    if block.kind is not PARAGRAPH or block.quoted or "\n" in text:
        return False
    match = _ADDRESSED.match(text)
    if match is None or _NOT_SOMEONE.match(match.group("who")):
        return False
    return match.group("to").casefold() == "to" or to_ask(f"questions for {match.group('who')}")


def without_addressed_lists(node: Node) -> tuple[Node, list[Loose]]:
    """``node`` without the lists of questions it addresses to someone, and a report line for each. Only in a
    section whose heading speaks of questions without asking one."""
    head = clean_title(node.head.text) if node.head is not None else ""
    if not head or not _ABOUT_QUESTIONS.search(head) or is_question(head):
        return node, []
    body, loose, index = [], [], 0
    while index < len(node.body):
        block = node.body[index]
        if _addressee(block):  # the label first: the list under it is read only then
            end = index + 1
            while end < len(node.body) and node.body[end].kind is ITEM:
                end += 1
            items = [b for b in node.body[index + 1:end] if b.indent == block.indent]  # the list's own items
            if items and all(is_question(clean_title(b.text)) for b in items):
                loose.append(Loose(block.line, f"questions '{clean_title(block.text)}'", ASK_THEM))
                index = end
                continue
        body.append(block)
        index += 1
    return (Node(node.head, node.rank, body, node.children), loose) if loose else (node, [])


# "Do you have any questions for me?", "Any questions for us?": the answer is the candidate's own questions
_ASKS_FOR_THEIRS = lazy_re(r"^(?:do|did|would|will) you have (?:any|some) (?:more |other |last )?questions\b"
                           r"|^any (?:more |other |last )?questions\b|\bquestions? for (?:me|us)\b"
                           r"|^what (?:\w+ )?questions (?:do|would|might|will) you have\b", re.IGNORECASE)


def keeps_own_questions(question: str, units: list[Unit]) -> bool:
    """``units`` found under the question ``question`` that are the candidate's own questions, its answer: the
    question asks whether they have any, and each found unit is a bare question with no parts of a story."""
    return bool(units) and bool(_ASKS_FOR_THEIRS.search(question)) \
        and all(u.question and not u.title and not (u.slots() - {"answer"}) for u in units)


def replies(seen: list[Block]) -> bool:
    """The last of ``seen``, a quoted list item under a line addressing someone ("**To Priya:**" then
    ``- "Sure - does Tuesday work?"``): what the writer says to them, text of an answer, not a question."""
    block = seen[-1] if seen else None
    if block is None or block.kind is not ITEM or quoted_whole(block.text.strip()) is None:
        return False
    over = next((b for b in reversed(seen[:-1]) if b.kind is not ITEM), None)
    match = _ADDRESSED.match(over.text.replace("*", "").strip()) if over is not None and not over.quoted else None
    return match is not None and match.group("to").casefold() == "to" and not _NOT_SOMEONE.match(match["who"])
