"""A take-home write-up filling the document -> one scenario.

A writer who was given a take-home exercise often publishes the answer: the text under the title first tells what
was asked ("As part of the process I was asked to put together what I would do in my first 90 days ..."), then
sections in the writer's own words give the response (``## Month 1: Listen``, ``## Month 2: Adjust``). Nothing in
it is an interview question: its headings ask nothing, and a list of the writer's own questions (``* **Focus
time.** Who loses whole afternoons to meetings?``) is what the writer means to look out for.

Such a document is one scenario, named by the document's title: the paragraph telling what was asked is its prompt,
the other text under the title its situation (the prompt itself when there is none), each section a discussion
point under its heading, a closing section (``## Conclusion``, ``## Summary``) its tips. It is read so only when the
notes found otherwise are at most sections whose headings ask nothing and questions with no answer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, RULE
from .casefile import Case
from .labels import STAR_SLOTS
from .outline import Node
from .text import clean_title, is_question
from .unit import Piece, Unit
from ..lazyre import lazy_re

# the writer telling what they were asked to produce: "I was asked to put together", "we were asked to write up"
_ASKED_FOR = lazy_re(r"\b(?:I|we)\s+(?:was|were|got|had been|have been|'ve been)\s+asked\s+to\s+(?:\w+\s+){0,3}?"
                     r"(?:write|put together|prepare|draft|present|outline|plan|produce|create|come up with|design"
                     r"|sketch|lay out)\b", re.IGNORECASE)
# a section that closes the write-up rather than giving more of it
_CLOSING = lazy_re(r"^(?:conclusions?|summary|final thoughts|closing thoughts|wrap(?:ping)?[- ]up|in closing)\b",
                   re.IGNORECASE)
_MIN_SECTIONS = 2  # sections of the response, at the least


def write_up(root: Node, found: Sequence[Unit], title: str) -> Case | None:
    """The scenario the take-home write-up filling ``root`` makes (see the module docstring), titled ``title`` (the
    document's own, from its front matter) or by its only top heading; else ``None``."""
    holder = root
    if not _filled(root.body) and len(root.children) == 1 and root.children[0].head is not None:
        holder = root.children[0]  # "# My 90-day plan" over the intro and the sections
        title = title or clean_title(holder.head.text)
    intro = [b for b in holder.body if b.kind is not RULE and (b.text.strip() or b.rows)]
    asked = next((b for b in intro if b.kind is PARAGRAPH and not b.quoted and _ASKED_FOR.search(b.text)),
                 None)
    sections = [node for node in holder.children if node.head is not None]
    if asked is None or not title or len(sections) < _MIN_SECTIONS or any(_asks(node) for node in sections):
        return None
    if any(not _only_unasked(unit) for unit in found):
        return None
    scene = [b for b in intro if b is not asked]
    unit = Unit(holder.line, title=clean_title(title))
    unit.pieces = [Piece("scenario", (scene or [asked])[0].line, blocks=scene or [asked])]
    if scene:
        unit.pieces.append(Piece("task", asked.line, blocks=[asked]))
    for node in sections:
        head, blocks = clean_title(node.head.text), _text(node)
        if blocks and _CLOSING.match(head):
            unit.pieces.append(Piece("tips", node.line, head, blocks=blocks))
        elif blocks:
            unit.pieces.append(Piece("discussion", node.line, head, blocks=[_heading(node.head), *blocks]))
    if not any(p.slot == "discussion" for p in unit.pieces):
        return None
    return Case(unit)


def _filled(blocks: Sequence[Block]) -> bool:
    """Whether ``blocks`` hold any text."""
    return any(b.text.strip() or b.rows for b in blocks)


def _asks(node: Node) -> bool:
    """Whether ``node`` or a section under it is headed by a question."""
    return node.head is not None and is_question(clean_title(node.head.text)) or any(_asks(c) for c in node.children)


def _only_unasked(unit: Unit) -> bool:
    """A note found in the write-up that is none of an interview's: a section whose heading asks nothing, or a
    question (the writer's own) with no answer; never a story."""
    if unit.slots() & set(STAR_SLOTS):
        return False
    if not is_question(unit.question):
        return True
    return not any(p.rest.strip() or _filled(p.blocks) for p in unit.pieces)


def _text(node: Node) -> list[Block]:
    """A section's text, each sub-section's heading kept over its own."""
    out = [b for b in node.body if b.kind is not RULE and (b.text.strip() or b.rows)]
    for child in node.children:
        if child.head is not None:
            out.append(_heading(child.head))
        out.extend(_text(child))
    return out


def _heading(head: Block) -> Block:
    """A section's head as a heading, also when it was a title line in bold."""
    return dataclasses.replace(head, kind=HEADING, text=clean_title(head.text), lead="", rest="",
                               bold=False, level=head.level or 6)
