"""A case's numbered items, each a title line over the message it quotes: ``**1. Outage** (pager, Sunday)`` (a
bold lead, or a heading ``### 2. Review request``) followed by a fenced or quoted message, numbered in order, two
items at least. Each is one of the case's challenges, its title line (without the bold) the challenge's text; the
messages stay in the situation under their titles, as the case sets them out.
"""

from __future__ import annotations


from .blocks import Block, HEADING, PARAGRAPH, CODE
from ..lazyre import lazy_re

_BOLD_NUMBER = lazy_re(r"^(?:\*\*|__)\s*(\d{1,2})[.)]\s+\S")  # "**1. Outage** (pager)"
_NUMBER = lazy_re(r"^(?:\*\*|__)?\s*(\d{1,2})[.)]\s+\S")  # "### 2. Review request"
_BOLD = lazy_re(r"\*\*|__")


def numbered_items(blocks: list[Block]) -> list[str]:
    """The title lines of the numbered items among ``blocks`` that each sit over a message (empty: none)."""
    found: list[tuple[int, str]] = []
    for block, after in zip(blocks, blocks[1:]):
        if _message(after) and (number := _number(block)) is not None:
            found.append((number, " ".join(_BOLD.sub("", block.text).split())))
    numbers = [number for number, _ in found]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(found))):
        return []
    return [title for _, title in found]


def _number(block: Block) -> int | None:
    """The number a one-line title opens with, when it is a heading or a bold lead outside a quote."""
    text = block.text.strip()
    if "\n" in text or block.quoted:
        return None
    pattern = {HEADING: _NUMBER, PARAGRAPH: _BOLD_NUMBER}.get(block.kind)
    match = pattern.match(text) if pattern else None
    return int(match.group(1)) if match else None


def _message(block: Block) -> bool:
    """A message the item quotes: a fenced block or a quote."""
    return block.kind is CODE or block.quoted and block.kind is PARAGRAPH
