"""Blocks -> an outline: each heading owns the blocks up to the next heading of its level or above.

Besides real headings, a paragraph that is bold as a whole and reads like a
title (``**3. Title: The Layoff List**``) heads a section one level below any
heading; inside a quote only one that names a scenario or case (``> **Scenario: The budget cut**``, a case set
out in a box of its own), since a quoted bold line is otherwise a line of what is quoted. The document's text
before its first heading is the root's body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, HEADING, PARAGRAPH
from .inpart import part_spans
from .partheads import part_subheads
from .answertitle import answer_titles
from .underway import answer_spans
from .text import plain_words
from .references import is_page_link
from ..lazyre import lazy_re

TITLE_RANK = 7
MAX_TITLE_WORDS = 16
# "Scenario: name", "Scenario 2 - name", "Case study B: name": a case's own title, also inside a quote
_NAMES_CASE = lazy_re(r"(?:scenario|case(?:\s+study)?)(?:\s*#?\s*(?:[a-z]|\d{1,3}))?\s*(?::|\s[-–—])\s*\S",
                      re.IGNORECASE)


@dataclass(slots=True, eq=False)
class Node:
    head: Block | None
    rank: int
    body: list[Block] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)

    @property
    def line(self) -> int:
        if self.head is not None:
            return self.head.line
        return self.body[0].line if self.body else 1

    def blocks(self) -> list[Block]:
        """Every block of the section, its sub-sections' heads included, in reading order."""
        out: list[Block] = []
        self._gather(out)
        return out

    def _gather(self, out: list[Block]) -> None:
        """Append :meth:`blocks` to ``out`` (one list for the whole tree, not one a sub-section)."""
        out.extend(self.body)
        for child in self.children:
            if child.head is not None:
                out.append(child.head)
            child._gather(out)

    def last(self) -> Block | None:
        """The last of :meth:`blocks`, found from the end without gathering them; ``None`` when there is none."""
        for child in reversed(self.children):
            if (last := child.last()) is not None:
                return last
            if child.head is not None:
                return child.head
        return self.body[-1] if self.body else None


def outline(blocks: tuple[Block, ...] | list[Block]) -> Node:
    root = Node(None, 0)
    stack = [root]
    subheads = part_subheads(blocks)  # "🚀 **Faster merges**" under "**Result:**": the part's text, no section
    subheads |= answer_spans(blocks)  # "**Worked example: ...**" under "**Answer:**" over "**1. ...:**": its text
    ranks = [head_rank(block) if block.bold or block.kind is HEADING else 0 for block in blocks]  # most: neither
    titles = [index for index, rank in enumerate(ranks) if rank == TITLE_RANK]
    subheads |= answer_titles(blocks, titles)  # "**Q** : ...?" / "**A** : ..." / "**Key Difference**" / "**S** :"
    subheads |= part_spans(blocks)  # "**Phase 1: Listen**" between "**Action**: ...:" and "**Result**:": the Action's
    for index, block in enumerate(blocks):
        rank = 0 if index in subheads else ranks[index]
        if rank:
            while stack[-1].rank >= rank:
                stack.pop()
            node = Node(block, rank)
            stack[-1].children.append(node)
            stack.append(node)
        else:
            stack[-1].body.append(block)
    return root


def head_rank(block: Block) -> int:
    """The rank a block heads a section at; 0 when it does not."""
    if block.kind is HEADING:
        return block.level
    if block.bold and block.kind is PARAGRAPH and block.indent == 0:
        text = plain_words(block.text).strip()
        if 0 < len(text.split()) <= MAX_TITLE_WORDS and not text.endswith((".", ",", ";")) \
                and (not block.quoted or _NAMES_CASE.match(text)) \
                and not ("](#" in block.text and is_page_link(block.text)):  # "**[⬆ back to top](#top)**": no title
            return TITLE_RANK
    return 0
