"""A bank's closing words after its last rule: ``Q4. ...`` / ``A: ...``, then ``---`` and ``Written by me, feel free
to reuse.`` at the end of the document.

A rule under the last answer of a bank whose other answers hold none ends the questions; the few short lines after
it, asking nothing, are the writer's footer (a signature, sources, a note to self): reported line by line, never
the last answer's text, nor the answer of a last question left unanswered. So are the few short paragraphs at the
margin after a list of questions each answered by what is nested under it: the list ended, and they are no answer;
and the lines after a blank line under the last of a bank's one-line answers (``A: ...``, then ``Reminder: ...``).
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, RULE
from .outline import Node
from .text import is_question
from .unit import Loose, Unit

_MOST_BLOCKS = 2  # paragraphs after the rule, at the most
_MOST_WORDS = 30  # words in each, at the most
_LEAST_QUESTIONS = 2  # questions of the bank, at the least


def bank_footer(units: list[Unit], node: Node, root: Node | None) -> list[Loose]:
    """Take the footer after the last rule out of the last of ``units`` (``node``'s, when ``node`` ends the
    document ``root``); what it took, one line a paragraph."""
    if root is None or node.children or not node.body or root.last() is not node.body[-1] \
            or sum(bool(u.question) for u in units) < _LEAST_QUESTIONS or not units[-1].question:
        return []
    rule = next((i for i in range(len(node.body) - 1, -1, -1) if node.body[i].kind is RULE), None)
    if rule is None or node.body[rule].line < units[-1].line:
        return []
    after = [b for b in node.body[rule + 1:] if b.text.strip() or b.rows]
    if not after or len(after) > _MOST_BLOCKS or any(not _closing(b) for b in after):
        return []
    if any(b.kind is RULE for u in units[:-1] for p in u.pieces for b in p.blocks):
        return []  # the bank's answers hold rules of their own: this one may be too
    start = node.body[rule].line
    last = units[-1]
    for piece in last.pieces:
        piece.blocks[:] = [b for b in piece.blocks if b.line < start]
    last.pieces = [p for p in last.pieces if p.blocks or p.rest or p.line < start]
    return [Loose(b.line, f"'{b.lead}'" if b.lead else "text after the rule", "not part of a question")
            for b in after]


def _closing(block: Block) -> bool:
    text = block.text.strip()
    return block.kind is PARAGRAPH and not block.quoted and len(text.split()) <= _MOST_WORDS \
        and not is_question(text)


def list_footer(units: list[Unit], node: Node, root: Node | None) -> list[Loose]:
    """Take out of the last of ``units`` the paragraphs at the margin after a list of questions answered by what is
    nested under each (``4. ...?`` over ``- ...`` items, then ``5. ...?`` with nothing, then ``Other things to
    prepare: ...``) when they end the document: the writer's closing words, reported; the last question a draft."""
    if root is None or node.children or not node.body or root.last() is not node.body[-1] or len(units) < 3:
        return []
    last, others = units[-1], units[:-1]
    if not last.question or not last.from_item or last.nested or not last.pieces \
            or sum(u.from_item and u.nested and u.indent == last.indent for u in others) < _LEAST_QUESTIONS \
            or any(u.from_item and not u.nested and any(p.blocks for p in u.pieces) for u in others):
        return []  # some other question of the list is answered at the margin too: so may this one be
    blocks = [b for p in last.pieces for b in p.blocks]
    if not blocks or any(p.slot is not None or p.rest for p in last.pieces) or len(blocks) > _MOST_BLOCKS \
            or any(not _closing(b) or b.indent > last.indent or b.plain for b in blocks):  # plain text: no margin
        return []
    last.pieces = []
    return [Loose(b.line, f"'{b.lead}'" if b.lead else "text after the questions", "not part of a question")
            for b in blocks]


def line_answers_footer(units: list[Unit], node: Node, root: Node | None) -> list[Loose]:
    """Take out of the last of ``units`` the lines after a blank line under its one-line answer, when every other
    answer of the bank is one ``A: ...`` line too and they end the document (``Reminder: send thank-you notes``):
    the writer's closing note, reported."""
    if root is None or node.children or not node.body or root.last() is not node.body[-1] or len(units) < 3:
        return []
    if any(not _one_line(u, True) for u in units[:-1] if u.pieces) \
            or sum(_one_line(u) for u in units[:-1]) < _LEAST_QUESTIONS:
        return []  # an answer of the bank runs on past its line (or none is written on it): so may the last
    last = units[-1]
    if not last.question or len(last.pieces) < 2 or not _one_line(Unit(last.line, pieces=last.pieces[:1])):
        return []
    answer, rest = last.pieces[0], last.pieces[1:]
    blocks = [b for p in rest for b in p.blocks]
    if any(p.slot is not None or p.rest for p in rest) or not blocks or len(blocks) > _MOST_BLOCKS \
            or blocks[0].line <= answer.line + 1 or any(not _closing(b) for b in blocks):
        return []  # no blank line under the answer, or more than a note: the answer may go on
    last.pieces = [answer]
    return [Loose(b.line, f"'{b.lead}'" if b.lead else "text after the questions", "not part of a question")
            for b in blocks]


def _one_line(unit: Unit, blank: bool = False) -> bool:
    """Whether ``unit`` is answered on its label's own line and nothing else (``A: Listen first.``); with
    ``blank``, a bare ``A:`` left to fill is one too."""
    return len(unit.pieces) == 1 and unit.pieces[0].slot == "answer" and not unit.pieces[0].blocks \
        and (blank or bool(unit.pieces[0].rest.strip()))
