"""Sub-sections under a question that hold nothing written yet (``#### Engineer`` over nothing, ``#### Business``
over ``* Leadership:``): an outline of an answer to write, not its answer."""

from __future__ import annotations

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .outline import Node
from .text import clean_title
from ..lazyre import lazy_re

HOLLOW = "a sub-heading with nothing written under it"
# "Leadership:", "Computer skills: ": a label closing on its colon, nothing after it
_LABEL_ONLY = lazy_re(r"^[^\n:.!?]{1,60}:\s*$")


def hollow_sections(nodes: list[Node]) -> list[Skipped]:
    """One report line per sub-section of ``nodes`` when every one of them (their own sub-sections too) holds only
    labels with nothing after them, or nothing; ``[]`` when any holds text, or there are none."""
    if not nodes or not all(_hollow(node) for node in nodes):
        return []
    return [Skipped(node.line, f"'{clean_title(node.head.text) if node.head else ''}'", HOLLOW)
            for node in _with_children(nodes)]


def _hollow(node: Node) -> bool:
    return node.head is not None and all(_unwritten(b) for b in node.body) and all(_hollow(c) for c in node.children)


def _unwritten(block: Block) -> bool:
    if block.kind is HEADING or not (block.text.strip() or block.rows):
        return True
    if block.kind not in (ITEM, PARAGRAPH):
        return False
    return bool(block.lead) and not block.rest.strip() or bool(_LABEL_ONLY.match(block.text.strip(" *_")))


def _with_children(nodes: list[Node]) -> list[Node]:
    return [n for node in nodes for n in (node, *_with_children(node.children))]
