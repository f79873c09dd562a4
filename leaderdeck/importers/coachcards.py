"""Coaching cards: sections side by side, each named without asking and holding only what to look for in the answer.

An interviewer's guide, or a candidate's cheat sheet, often names each prompt by a short title and sets out under it
what an answer should show, labelled item by item::

    **Biggest Launch You Led**
    - Look for: scope, their own part, numbers
    - Strong answer: names the metric that moved
    - Weak answer: talks only about the team

    **Handling a Weak Quarter**
    - Look for: ...

The title names the prompt; the labels are its coaching. Read as titles over coaching, each card's signals went to
whatever question stood near them (all of them to the one title that happened to ask), or the page found nothing
to ask. Each section is a card when its heading (a heading or a bold title line) asks nothing and is no label of
ours, it has no sub-section, and its text is only labelled lines, two at least, every one a coaching label or an
answer's, one of them at least saying what to look for (``Look for:``, ``What they assess:``). A card is read when
two sections so laid out sit side by side (one of them may ask, ``**Why Should We Hire You**``: a question as it is),
or when the heading above names its sections as questions (``## Problem-Solving Questions`` over one card); a lone
``### Guidance`` over ``- Look for:`` elsewhere stays the page's advice (or a single folded card, :mod:`.foldedcard`).
"""

from __future__ import annotations

import re

from .blocks import ITEM, PARAGRAPH
from .labels import slot
from .outline import Node
from .parts import label_of
from .text import clean_title, is_question
from ..lazyre import lazy_re

# what a card's lines may be: what to look for, what to avoid, tips, and how an answer sounds
_CARD_SLOTS = frozenset({"signals", "redflags", "tips", "answer", "followups"})
_MIN_LINES = 2
_MIN_CARDS = 2
# a heading naming what its sections are: "Problem-Solving Questions", "Screening prompts"
_NAMES_QUESTIONS = lazy_re(r"\b(?:questions|prompts)\s*:?\s*$", re.IGNORECASE)


def coaching_cards(node: Node) -> list[Node]:
    """The sub-sections of ``node`` that are coaching cards named without asking (see the module docstring)."""
    laid_out = [child for child in node.children if _card(child)]
    named = node.head is not None and _NAMES_QUESTIONS.search(clean_title(node.head.text)) is not None
    if len(laid_out) < _MIN_CARDS and not (laid_out and named):
        return []
    return [child for child in laid_out if not is_question(clean_title(child.head.text))]


def _card(node: Node) -> bool:
    """A section under a title of its own, no label of ours, over two labelled coaching lines or more, one of them
    what to look for."""
    if node.head is None or node.children:
        return False
    slots = set()
    filled = 0
    for block in node.body:  # the lines first, one by one: most sections hold a line that is no coaching, known at once
        if not (block.text.strip() or block.rows):
            continue
        if block.kind not in (ITEM, PARAGRAPH) or block.indent:
            return False
        label = label_of(block)
        if label is None or label[0] not in _CARD_SLOTS:
            return False
        slots.add(label[0])
        filled += 1
    if filled < _MIN_LINES:
        return False
    head = clean_title(node.head.text)
    return "signals" in slots and bool(head) and slot(head) is None
