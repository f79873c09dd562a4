"""An item of an answer's list that opens like a question but asks nothing, among items that do not ask.

A guide often lists what an answer should cover, its items noun phrases::

    Your answer should convey:
    - The situation
    - Specific tactics you proposed
    - What actions you took
    - The results you achieved

``What actions you took`` opens with a question word, but it has no question mark and its siblings above it do
not ask: it is a point of the list, as they are, never a question of its own that would take the list's last items
(and the paragraph after them) away from the question they answer. An item with its question mark, a quoted one
(words someone says) or one whose siblings above ask (a list of questions) is read as before, and so is plain
text, whose runs of prompts (``1) dive into your latest project``) are read by their own rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, ITEM
from .text import ASK, OPENING_QUOTES, is_question

_LOOK_BACK = 30  # items looked at above the block: a list's siblings are near


def unmarked_point(seen: Sequence[Block], block: Block) -> bool:
    """Whether ``block`` (the last of ``seen``) is an item without a question mark whose siblings above it in its
    list (items of its own kind, numbered in order up to it), one at least, none ask."""
    if block.kind is not ITEM or block.plain or any(mark in block.text for mark in ASK) \
            or block.text.lstrip("*_ ")[:1] in OPENING_QUOTES:
        return False  # '- "Walk me through the rollback"': words someone says, read by their own rules
    siblings = 0
    for before in list(seen[-_LOOK_BACK - 1:-1])[::-1]:
        if before.kind is not ITEM or before.indent < block.indent:
            break
        if before.indent > block.indent:
            continue  # a point nested under a sibling
        if (before.number is None) != (block.number is None) \
                or block.number is not None and before.number != block.number - siblings - 1:
            break  # "- a point" above "3. Describe ...": another list; "7." above "3.": another run
        if any(mark in before.text for mark in ASK) or is_question(before.text):
            return False
        siblings += 1
    return siblings > 0
