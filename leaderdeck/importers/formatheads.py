"""A heading that only names the answer's format, between a story's own heading and its parts: ``# 2. Ledger
export crash``, then ``## STAR Format: Technical Challenge – Ledger export crash`` (or ``## STAR Format``), then
``### Situation:`` ... ``### Result:``. It is a label of the layout, not the story's name nor its category: its
sub-sections are the story's parts, told under the heading above it, which names the story."""

from __future__ import annotations

from .filled import filled_text
from .labels import STAR_SLOTS, slot
from .outline import Node
from .sections import TEMPLATE, why_noise
from .text import clean_title

_MIN_PARTS = 2


def format_heads(node: Node) -> Node:
    """``node`` with each such format heading taken out, its sub-sections moved up in its place (the tree is
    changed in place)."""
    children: list[Node] = []
    for child in node.children:
        format_heads(child)
        if node.head is not None and _format_only(child):
            children.extend(child.children)
        else:
            children.append(child)
    node.children = children
    return node


def _format_only(node: Node) -> bool:
    """A heading naming a format (its words before any colon name a template: "STAR Format") with nothing of its
    own under it and the story's parts, mostly written out, as its sub-sections."""
    if node.head is None or any(b.text.strip() or b.rows for b in node.body):
        return False
    label = clean_title(node.head.text).partition(":")[0].strip()
    if not label or slot(label) != "noise" or why_noise(label) != TEMPLATE:
        return False
    parts = [child for child in node.children if child.head is not None and slot(child.head.text) in STAR_SLOTS]
    texts = [b.text for child in parts for b in child.blocks() if b.text.strip()]
    # "_[Describe the context]_" under each part: a template to fill in, reported as one; a story told in full may
    # word a step as an order ("Identify the cause."), so most of its lines, not all, are written out
    return len({slot(child.head.text) for child in parts}) >= _MIN_PARTS \
        and sum(1 for text in texts if filled_text(text)) * 2 > len(texts)
