"""A take-home case filling the document -> one scenario.

A take-home exercise sets a scene (a product brief, "You've been Head of Engineering at ..."), then asks the reader
for a written response with a line that speaks to them and ends in a colon over a list: "how will you address the
following points:", "Your response should include:". Its title is the exercise's own ("# Ledger sync service",
"# Task 3: Leadership challenge"), no word for a case, and its ask has no question mark, so nothing else reads it.

The case is the top section holding that ask, when the rest of the document reads as no note but, at most, the
ask's own items taken for questions. The text above the ask is the scenario's situation (each sub-section under its
heading), the lines of the ask's section that speak to the reader its prompt, each item of the list a discussion
point (what is nested under it that point's questions), what the case says after the list (a time to spend, what
the response should show) its tips. Sections after the case, outside it (``# My plan``), are the writer's own
response: kept as tips, never dropped.

The ask may also be a heading with no colon over a list of orders to the reader (``## System design`` over ``- Draft
an outline ...``, ``- Suggest two changes ...``, ``- Briefly explain a trade-off ...``): the heading is the prompt,
each order a discussion point. A list of orders is also how advice is written, so this ask counts only when another
section names a case's own part (``## Deliverables``, ``## Constraints``, ``## Requirements``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .casefile import Case
from .exercisename import unnumbered
from .labels import slot
from .outline import Node
from .text import QUESTION_MARKS, clean_title, is_question
from .unit import Piece, Unit
from ..lazyre import lazy_re

# a line that speaks to the reader: "you", "your"
_TO_READER = lazy_re(r"\b(?:you|your|you['’](?:ll|re|ve|d))\b", re.IGNORECASE)
# a request for the reader's work: "how will you address", "Your response should include", "you need to cover"
_WORK = r"(?:address|include|cover|answer|discuss|explain|describe|present|submit|prepare|produce|deliver|write|create" \
        r"|provide|propose|outline|recommend|analy[sz]e|review|assess)"
_ASKING = lazy_re(r"\b(?:how|what|which|where|why)\s+(?:will|would|do|can|could|should|might)\s+you\b"
                  r"|\b(?:how|what|which)\s+you\s+(?:will|would|plan|intend)\b"
                  r"|\byour (?:response|answer|submission|plan|write-?up|document|presentation|proposal"
                  r"|deliverables?|solution|report)\b"
                  rf"|\byou (?:will|would|should|must|need to|are asked to|have to)\s+(?:\w+\s+)?{_WORK}\b"
                  rf"|^(?:please\s+)?{_WORK}\b", re.IGNORECASE)
# "It should include:", "The document must cover:": the work ordered just above ("Please write a PR-FAQ ..."), named
# by a pronoun or the work's own noun, and what it holds
_IT_ASKS = lazy_re(r"^(?:it|this|the\s+(?:doc|document|write-?up|plan|memo|deck|proposal|submission|response|report"
                   r"|presentation))\s+(?:should|must|needs\s+to|has\s+to|will\s+need\s+to)"
                   r"\s+(?:include|cover|contain|answer|address|have)\b", re.IGNORECASE)
_ORDERING = lazy_re(rf"^(?:please\s+)?{_WORK}\b", re.IGNORECASE)  # "Please write a PR-FAQ ...": an order
# a heading that only says "here is the scene" ("## Scenario", "## Background"), unlike "## Stakeholders"
# a list item ordering work from the reader: "Draft a ...", "Briefly explain ...", "Suggest 2-3 ..."
_ORDERS = lazy_re(r"^(?:(?:briefly|clearly|concisely)\s+)?(?:draft|suggest|propose|outline|describe|explain|design"
                  r"|provide|prepare|write|create|present|recommend|identify|sketch|list)\b\s+\S", re.IGNORECASE)
_CASE_PARTS = frozenset({"discussion", "challenges", "requirements"})
_CONSTRAINTS = lazy_re(r"\b(?:constraints?|deliverables?|requirements)\b", re.IGNORECASE)
_SCENE_WORD = lazy_re(r"^(?:the\s+)?(?:scenario|situation|context|background|setting|overview|brief)\W*$")
_SENTENCE_END = lazy_re(r"(?<=[.!?])\s+(?=\S)")
_MIN_ITEMS = 2  # items in the ask's list, at the least
_MIN_SCENE_WORDS = 25  # words of the scene above the ask, at the least


@dataclasses.dataclass(frozen=True, slots=True)
class _Ask:
    node: Node  # the section holding the ask
    index: int  # the ask's line in that section's body
    end: int  # the index after the ask's list


def take_home(root: Node, found: Sequence[Unit]) -> Case | None:
    """The scenario the take-home case filling ``root`` makes, when the document's notes ``found`` are at most its
    ask's own items read as questions; else ``None``."""
    tops = root.children
    if any(b.text.strip() or b.rows for b in root.body):
        return None
    asks = [(top, ask) for top in tops for ask in _asks(top)]
    if not asks or len({id(top) for top, _ in asks}) > 1:
        return None
    if asks[-1][1].index < 0 and not _case_parts(asks[-1][0], asks[-1][1].node):
        return None  # a list of orders under a heading, and no deliverables or constraints: advice, not a case
    top, ask = asks[-1]  # the last: a list above it ("You will find three problems:") is more of the scene
    items = ask.node.body[ask.index + 1:ask.end]
    first, last = items[0].line, max(b.end for b in items)
    if any(not first <= unit.line <= last and not _posed_after(unit, last) for unit in found):
        return None  # the document asks questions of its own elsewhere: a bank, not a case
    judged: list[Block] = []
    scene = _scene(top, ask, judged)
    if sum(len(b.text.split()) for b in scene) < _MIN_SCENE_WORDS:
        return None
    told = ask.node.body[:max(ask.index, 0)] if ask.node is not top else []  # the ask's section: its lines to you
    line = dataclasses.replace(ask.node.head, kind=PARAGRAPH, level=0) if ask.index < 0 \
        else _unbolded(ask.node.body[ask.index])  # the heading that asks, as a line of text
    prompt = [*(b for b in told if b.kind is PARAGRAPH and (_TO_READER.search(b.text) or _ordering(b))), line]
    scene = [b for b in scene if not any(b is p for p in prompt)]
    unit = Unit(top.line, title=_title(top))
    unit.pieces = [Piece("scenario", scene[0].line, blocks=scene), Piece("task", prompt[0].line, blocks=prompt),
                   Piece("discussion", first, blocks=list(items))]
    if judged:
        unit.pieces.append(Piece("signals", judged[0].line, blocks=judged))
    after, posed = _after(top, ask)
    if posed:
        unit.pieces.append(Piece("followups", posed[0].line, blocks=posed))
    if after:
        unit.pieces.append(Piece("tips", after[0].line, blocks=after))
    response = [b for node in tops[tops.index(top) + 1:] for b in _with_heads(node)]
    if response:
        unit.pieces.append(Piece("tips", response[0].line, blocks=response))
    return Case(unit)


def fuller_take_home(root: Node, found: Sequence[Unit], scenarios: Sequence[Unit]) -> Case | None:
    """The take-home case filling ``root`` when the scenarios assembled from its sections (``## Stakeholders`` read
    as a scene, the ask's items each a scenario of it) leave out the brief above them; else ``None``."""
    ids = {id(unit) for unit in scenarios}
    case = take_home(root, [unit for unit in found if id(unit) not in ids])
    if case is None:
        return None
    start = min((piece.line for unit in scenarios for piece in unit.pieces), default=0)
    if case.unit.pieces[0].line >= start or any(unit.line <= case.unit.line for unit in scenarios):
        return None
    # the ask's list already read as one scenario's own points ("## Scenario 2 — Freeze" over its scene, then
    # "Discuss:" over a list): a bank of scenes, each with its points, never one brief over them
    asked = case.unit.pieces[2].line
    starts = sorted(unit.line for unit in scenarios)
    for unit in scenarios:
        after = next((line for line in starts if line > unit.line), None)
        if any(p.slot == "discussion" and p.line <= asked for p in unit.pieces) and (after is None or asked < after):
            return None
    return case


def _posed_after(unit: Unit, last: int) -> bool:
    """Whether ``unit`` is a question the case puts after its ask ("## Tough calls" over "- Would you push back
    ...?"): an item below the ask's list with nothing nested under it, kept with the case, never a note."""
    return unit.line > last and unit.from_item and not unit.nested


def _title(top: Node) -> str:
    """The case's name: its heading, without a number that places it among exercises ("Task 3: ...")."""
    title = clean_title(top.head.text) if top.head is not None else ""
    return unnumbered(title).rstrip(":：").rstrip()  # "# It's Friday 6:30 PM:" over the scene: no colon


def _asks(node: Node) -> list[_Ask]:
    """Every ask in ``node`` and its sub-sections: a paragraph speaking to the reader that ends in a colon, over a
    list of two items or more that do not all ask."""
    found = []
    body = node.body
    for index, block in enumerate(body):
        if block.kind is not PARAGRAPH or block.quoted or block.indent \
                or not block.text.rstrip(" *_").endswith((":", "：")) \
                or not (_ASKING.search(last := _SENTENCE_END.split(block.text.strip(" *_"))[-1])
                        or _IT_ASKS.match(last) and _ordered_above(body, index)):
            continue
        end = index + 1
        while end < len(body) and body[end].kind is ITEM:
            end += 1
        if end == index + 1:
            continue
        items = [b for b in body[index + 1:end] if b.indent == body[index + 1].indent]
        if len(items) >= _MIN_ITEMS and not all(_asks_marked(b.text) for b in items):
            found.append(_Ask(node, index, end))
    if not found and node.head is not None and slot(node.head.text) is None and (end := _ordered(body)):
        found.append(_Ask(node, -1, end))  # "## Your work" over "- Draft ...", "- Suggest ...": the heading asks
    for child in node.children:
        found.extend(_asks(child))
    return found


def _ordered_above(body: Sequence[Block], index: int) -> bool:
    """Whether the paragraph right above ``body[index]`` orders work from the reader ("Please write a PR-FAQ for
    ..."), so that "It should include:" under it asks for that work's parts."""
    return index > 0 and _ordering(body[index - 1])


def _ordering(block: Block) -> bool:
    """Whether ``block`` is a paragraph that opens by ordering work from the reader ("Please write a PR-FAQ ...",
    "Prepare a one-page plan ...")."""
    return block.kind is PARAGRAPH and not block.quoted and bool(_ORDERING.match(block.text.strip(" *_")))


def _case_parts(top: Node, asking: Node) -> bool:
    """Whether a section of the case other than the one that asks names a case's own part: its deliverables, its
    constraints or requirements (``## Deliverables``, ``## Context & Constraints``)."""
    return any(node is not asking and node.head is not None and (slot(node.head.text) in _CASE_PARTS
                                                                   or _CONSTRAINTS.search(node.head.text))
               for node in _sections(top))


def _ordered(body: Sequence[Block]) -> int:
    """How many blocks open ``body`` as a list of two items or more, each ordering a piece of work from the reader
    (``- Draft a **high-level outline** ...``, ``- Briefly explain one trade-off ...``); 0 when it does not."""
    end = 0
    while end < len(body) and body[end].kind is ITEM:
        end += 1
    items = [b for b in body[:end] if not b.indent]
    if len(items) < _MIN_ITEMS or end < len(body) and body[end].text.strip():
        return 0
    return end if all(_ORDERS.match(b.text.replace("*", "").strip()) for b in items) else 0


def _unbolded(block: Block) -> Block:
    """The ask's line without the bold it is set in as a whole (``**Analyze the logs and provide:**``)."""
    text = block.text.strip()
    if len(text) > 4 and text.startswith("**") and text.endswith("**") and "**" not in text[2:-2]:
        return dataclasses.replace(block, text=text[2:-2].strip())
    return block


def _asks_marked(text: str) -> bool:
    """Whether an item of the list asks with its mark: "Which problem you would tackle first" names a part of the
    response, as a deliverable does; "Which problem would you tackle first?" asks."""
    return is_question(text) and text.rstrip().endswith(QUESTION_MARKS)


def _scene(top: Node, ask: _Ask, judged: list[Block]) -> list[Block]:
    """The blocks of the case above its ask, each sub-section's heading kept over its text; a section above the
    ask that says what the case is judged on ("## What we want to measure") goes to ``judged``, not the scene."""
    out: list[Block] = []

    def walk(node: Node, own: bool) -> bool:
        if own and node.head is not None and node is not ask.node and not node.children \
                and slot(node.head.text) == "signals":
            judged.extend(b for b in node.body if b.kind is not RULE and b.text.strip())
            return False
        if own and node.head is not None and node is not ask.node \
                and not (slot(node.head.text) in ("scenario", "situation")
                         and _SCENE_WORD.match(clean_title(node.head.text).casefold())):
            out.append(_heading(node.head))  # "## Terminology" over its text; "## Scenario" says nothing more
        if node is ask.node:
            out.extend(node.body[:max(ask.index, 0)])
            return True
        out.extend(node.body)
        return any(walk(child, True) for child in node.children)

    walk(top, False)
    return [b for b in out if b.kind is not RULE and (b.text.strip() or b.rows)]


def _after(top: Node, ask: _Ask) -> tuple[list[Block], list[Block]]:
    """The blocks of the case below its ask's list, each later sub-section's heading kept over its text; and apart,
    the questions a later section lists for the interview ("## Tough calls" over items that all ask)."""
    out = [b for b in ask.node.body[ask.end:]]
    posed: list[Block] = []
    seen = False
    for node in _sections(top):
        if seen:
            asked = _asked_items(node.body)
            posed.extend(node.body[:asked])
            out.extend(node.body[asked:] if asked else _with_heads(node, deep=False))
        seen = seen or node is ask.node
    return [b for b in out if b.kind is not RULE and (b.text.strip() or b.rows)], posed


def _asked_items(body: Sequence[Block]) -> int:
    """How many blocks open ``body`` as a list of two questions or more with nothing nested (0: none)."""
    count = 0
    while count < len(body) and body[count].kind is ITEM and not body[count].indent \
            and is_question(body[count].text):
        count += 1
    return count if count >= _MIN_ITEMS else 0


def _sections(node: Node) -> list[Node]:
    """``node`` and its sub-sections, in reading order."""
    return [node, *(n for child in node.children for n in _sections(child))]


def _with_heads(node: Node, deep: bool = True) -> list[Block]:
    """A section's text under its heading (as a heading), with its sub-sections' when ``deep``."""
    head = [_heading(node.head)] if node.head is not None else []
    if not deep:
        return [*head, *node.body]
    return [*head, *node.body, *(b for child in node.children for b in _with_heads(child))]


def _heading(block: Block) -> Block:
    """A section's head as a heading, also when it was a title line in bold."""
    return dataclasses.replace(block, kind=HEADING, text=clean_title(block.text), lead="", rest="",
                               bold=False, level=block.level or 6)
