"""Headings that name prompts without asking, in an outline of answers under a heading of questions.

A writer's prep notes often group short headings under a heading that names them as questions, each heading over
the bullets that answer it::

    # General Interview Questions
    ### Greatest Weakness
      - I say yes to too many reviews
        - now I batch them twice a day
    ### What is your dream job?
      - ...

The headings (``Greatest Weakness``, ``Toughest Bug``) name the prompt and ask nothing; the heading above them says
they are questions. Each sub-section of such a heading (``... Questions``, ``... Prompts``) whose heading asks
nothing and is no label of ours (``Challenges`` names the prompt about them), has no sub-section of its own, and
whose text is a list not made of questions, is a question, its list the answer (an item nested in it that asks, or
requests, is more of the answer, and so are a story's labels under its numbered points), when at least three
sub-sections sit side by side, two of them at least are such sections, and at least half of them are such sections
or ask (a lone ``## Guidance`` over its bullets among groups of questions stays what it is). A section whose
numbered items all ask, each over bulleted notes (``### ii. Adaptation`` over ``4) Tell me ...?`` and ``* ...``), is a
group of those questions, never a prompt.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, ITEM
from .labels import STAR_SLOTS, slot
from .outline import Node
from .text import clean_title, is_question, plain_words
from .unit import Unit
from .wordgate import gated_search
from ..lazyre import lazy_re

# a heading naming what its sections are: "General Interview Questions", "Project specific prompts"
_NAMES_QUESTIONS = lazy_re(r"\b(?:questions|prompts)\s*:?\s*$", re.IGNORECASE)
_NAMES_WORDS = ("questions", "prompts")  # each match of _NAMES_QUESTIONS holds one (:mod:`.wordgate`)
_MIN_SECTIONS = 3
_MIN_PROMPTS = 2  # sections naming a prompt, at the least: one alone may be the page's guidance
_MIN_POINTS = 2  # numbered points of an outline, at the least


def outlined_prompts(node: Node) -> list[Node]:
    """The sub-sections of ``node`` that are questions named without asking (see the module docstring)."""
    if node.head is None or not gated_search(_NAMES_QUESTIONS, _NAMES_WORDS, clean_title(node.head.text)):
        return []
    sections = [child for child in node.children if child.head is not None]
    if len(sections) < _MIN_SECTIONS:
        return []
    prompts = [child for child in sections if _outlined(child)]
    asking = [child for child in sections if is_question(clean_title(child.head.text))]
    return prompts if len(prompts) >= _MIN_PROMPTS and 2 * (len(prompts) + len(asking)) >= len(sections) else []


def _outlined(node: Node) -> bool:
    """A section headed by a name that asks nothing, holding only a list that is no list of questions."""
    head = clean_title(node.head.text)
    if node.children or not head or slot(head) not in (None, "challenges") or is_question(head):
        return False
    filled = [b for b in node.body if b.text.strip() or b.rows]
    if not filled or any(b.kind is not ITEM for b in filled):
        return False
    outer = min(b.indent for b in filled)
    tops = [b for b in filled if b.indent == outer]
    asks = [is_question(plain_words(b.text)) for b in tops]
    if all(asks):
        return False
    # numbered questions, each over its bulleted notes (``1) Tell me ...?`` then ``* ...``): a group of questions
    numbered = [ask for b, ask in zip(tops, asks) if b.number is not None]
    return not (numbered and all(numbered))


def whole_outline(body: Sequence[Block], found: Sequence[Unit]) -> bool:
    """Whether such a section's list is all answer: the questions ``found`` in it all start at items nested in it
    (``- walk through the advantages`` under a point of the answer), or it numbers points, two or more, and a
    story's labels come only under them (``- 1) Slow schema`` over ``- Problem: ...``, ``- Action:``)."""
    items = [b for b in body if b.kind is ITEM and (b.text.strip() or b.rows)]
    if not items:
        return False
    outer = min(b.indent for b in items)
    if found and all(unit.from_item and unit.indent > outer for unit in found):
        return True
    labelled = [b for b in items if b.lead and slot(b.lead) in STAR_SLOTS]
    points = [b for b in items if b.number is not None and not b.lead]
    return bool(labelled) and len(points) >= _MIN_POINTS and points[0].line < labelled[0].line


def as_text(body: Sequence[Block]) -> list[Block]:
    """The outline's blocks with their labels read as words of it (``- Action:`` stays a line of the answer), without
    the empty bullet Markdown leaves around a numbered point written in one (``- 2) Slow deploys``), that point one
    level above the items under it."""
    kept = [b for b in body if not (b.kind is ITEM and not b.text.strip() and not b.rows)]
    out = []
    for block, after in zip(kept, [*kept[1:], None]):
        if block.lead and block.indent:
            block = dataclasses.replace(block, lead="", rest="")
        if block.number is not None and block.indent and after is not None and after.kind is ITEM \
                and after.number is None and after.indent == block.indent:
            block = dataclasses.replace(block, indent=block.indent - 1)
        out.append(block)
    return out
