"""A page that poses one scene under a plain title -> one scenario.

``# Payment retries`` over ``## Context`` (the scene, first), a section of what is unclear or limits the answer
(``## Ambiguities``, ``## Unknowns``, ``## Constraints``, ``## Open questions``) and a section that answers it
(``## Trade-offs``, ``## Options``, ``## Approach``, ``## Recommended approach``, ``## Example response``): one
scenario named by the title, though the title names no case. The scene is its situation, what is unclear its
challenges, each section of the answer a discussion point, ``## Clarifying questions`` its clarifying questions,
``## Assumptions`` its assumptions, and closing questions to think over (``## Reflections`` as a list that asks)
its follow-ups; lessons, mistakes and the like are read as in a case (:mod:`.casefile`). Fact lines under the
title (``**Time**: 30 minutes``, ``**Tags**: ...``) are the scenario's facts; other label lines there
(``**Difficulty**: Hard``) are reported.

A page whose sections are a story's parts (Task, Action, Result) or ask questions of their own, or whose scene is
told in the first person in the past (``We had a monolith ...``), is no scene to face: it is read as before.
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, HEADING, ITEM, PARAGRAPH, RULE
from .casefile import Case, heading_block, labelled_lists
from .content import blocks_text
from .labels import COACH_SLOTS, META_SLOTS, slot
from .outline import Node
from .sections import why_noise
from .text import clean_title, is_question
from .unit import Loose, Piece, Unit
from .voice import first_person, in_past
from ..lazyre import lazy_re

# what is unclear or limits the answer: the scene's challenges
_UNCLEAR = lazy_re(r"\b(?:ambiguit(?:y|ies)|unknowns?|constraints?|open questions|what is unclear|challenges?"
                   r"|requirements?)\b")
# a section that answers the scene: options weighed, an approach, a recommendation, a sample response
_ANSWERS = lazy_re(r"\b(?:options?|trade-?offs?|approach(?:es)?|reasoning|recommend\w*|solutions?|responses?"
                   r"|answers?|decisions?|design|plan)\b")
_STORY_PARTS = frozenset({"situation", "task", "action", "result"})
_FACTS = META_SLOTS - {"title"}
_MIN_SECTIONS = 3


def scene_page(root: Node) -> Case | None:
    """The scenario ``root`` poses (see the module docstring); else ``None``."""
    if len(root.children) != 1 or any(b.text.strip() or b.rows for b in root.body):
        return None
    top = root.children[0]
    sections = top.children
    if len(sections) < _MIN_SECTIONS or slot(sections[0].head.text) != "scenario":
        return None
    kinds = [_kind(node) for node in sections]
    if "challenges" not in kinds or "discussion" not in kinds or not _posed(sections):
        return None
    name = clean_title(top.head.text)
    case = Case(Unit(top.line, title=name))
    _facts(top.body, case)
    pieces = case.unit.pieces  # the scene's opening under the title, if any
    answering = False
    for node, kind in zip(sections, kinds):
        answering = answering or kind == "discussion"
        if kind is None:
            kind = "discussion" if answering else "scenario"
        if kind == "noise":
            case.loose.append(Loose(node.line, f"section '{clean_title(node.head.text)}'",
                                    why_noise(node.head.text)))
            continue
        pieces.extend(_pieces(node, kind))
    return case if any(p.slot == "scenario" for p in pieces) else None


def _kind(node: Node) -> str | None:
    """What a section of the page is, by its heading: ``None`` when the heading does not say."""
    head = node.head.text
    name = slot(head)
    words = " ".join(clean_title(head).casefold().split())
    if name == "noise":
        return "noise"
    if name in ("clarify", "assumptions"):
        return name
    if name == "scenario":
        return "scenario"
    if name == "challenges" or name == "requirements" or _UNCLEAR.search(words):
        return "challenges"
    if name in ("learning", "followups"):  # "## Reflections" over questions: what to think over next
        return "followups" if _asks(node) else "tips"
    if name in COACH_SLOTS:
        return name
    if name in ("discussion", "answer") or _ANSWERS.search(words):
        return "discussion"
    return None


def _posed(sections: list[Node]) -> bool:
    """Whether the page poses a scene rather than tells a story or asks its own questions: no section heading
    asks or names a story's part, and the scene is not told in the first person in the past."""
    for node in sections:
        title = clean_title(node.head.text)
        if is_question(title) or slot(node.head.text) in _STORY_PARTS:
            return False
    scene = blocks_text([b for b in sections[0].body if b.kind is not RULE])
    return not (first_person(scene) and in_past(scene))


def _asks(node: Node) -> bool:
    items = [b for b in node.blocks() if b.kind is ITEM and b.text.strip()]
    return bool(items) and all(is_question(b.text) for b in items)


def _pieces(node: Node, kind: str) -> list[Piece]:
    """The section ``node`` as pieces of ``kind``; an answering section's sub-sections are points of their own."""
    body = [b for b in node.blocks() if b.kind is not RULE] if kind != "discussion" else \
        [b for b in node.body if b.kind is not RULE]
    if kind == "challenges":
        body = labelled_lists(body)
    label = clean_title(node.head.text)
    if kind != "discussion":
        return [Piece(kind, node.line, label, blocks=body)] if body else []
    body = [_as_heading(b) if _label_alone(b) else b for b in body]
    if body and body[0].kind is not HEADING or not body and not node.children:
        body = [heading_block(node), *body]  # the section's own text is a point named by its heading
    out = [Piece(kind, node.line, label, blocks=body)] if body else []
    return [*out, *(piece for child in node.children for piece in _pieces(child, "discussion"))]


def _label_alone(block: Block) -> bool:
    """A label alone on its line in an answering section (``**Recommended approach:**`` over its list)."""
    return block.kind is PARAGRAPH and bool(block.lead) and not block.rest.strip()


def _as_heading(block: Block) -> Block:
    """A label alone on its line as a heading: in an answering section, the name of one point to discuss."""
    return dataclasses.replace(block, kind=HEADING, text=block.lead, lead="", rest="", bold=False, level=6)


def _facts(blocks: list[Block], case: Case) -> None:
    """The lines under the page's title: a fact (``**Time**: ...``, ``**Tags**: ...``) is the scenario's, another
    label line (``**Difficulty**: ...``) is reported, and a sentence of its own opens the scene."""
    scene: list[Block] = []
    for block in blocks:
        if not (block.text.strip() or block.rows) or block.kind is RULE:
            continue
        label = slot(block.lead) if block.kind is PARAGRAPH and block.lead else None
        if label in _FACTS and block.rest.strip():
            case.unit.meta.append(Piece(label, block.line, block.lead, rest=block.rest.strip()))
        elif block.kind is PARAGRAPH and block.lead:
            case.loose.append(Loose(block.line, f"line '{block.lead}'", "not part of the scenario"))
        else:
            scene.append(block)
    if scene:
        case.unit.pieces.append(Piece("scenario", scene[0].line, blocks=scene))
