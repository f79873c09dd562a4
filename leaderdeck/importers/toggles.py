"""Toggles, as a notes app exports them: a bullet whose content is nested under it, read as a section.

Notion writes a toggle as a bullet (``- Migration of the billing service``) with what it folds indented under
it, and a toggle heading as a heading inside a bullet (``- ### How do you ...?``). Read as a list, the content
would be the item's nested text, and the next toggle a line of the story above it. A bullet that folds a section
is a heading over it instead:

* a heading inside a bullet is a heading at the margin, and what the bullet holds is its section;
* a bullet of one line whose nested content, set apart from it by a blank line, holds two labelled
  paragraphs or more (``**Situation:** ...`` then ``**Task:** ...``) is a heading one level under the heading above
  it, over that content; so is one that does not ask, a story's name, over two nested items or more labelled as a
  story's parts (``- **Situation:** ...``); a numbered item so written too (``1. **The billing outage**`` over
  ``- *S:* ...``, a bank of stories numbered in order), though a numbered label over its content stays an item;
* a bullet at the margin named by a label of coaching, of the answer or of a story's part (``- What they look
  for``, ``- Sample answer``, ``- Tips``, ``- Situation``) over nested content is that label's heading, unless a bullet at the margin asked a
  question since the last heading (the label is then that question's, read as it stands).

The content loses the bullet's nesting; a list inside it keeps its own. Only the blocks of a toggle are looked
at twice (the first time to count its labels, up to two).
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import HEADING, ITEM, PARAGRAPH, Block
from .labels import COACH_SLOTS, STAR_SLOTS, slot, star_slot
from .text import is_question


def untoggled(blocks: list[Block]) -> list[Block]:
    """``blocks`` with their toggles read as sections (see the module docstring)."""
    if not any(block.indent for block in blocks):
        return blocks  # nothing nested in a bullet: no toggle (a quick look)
    out: list[Block] = []
    open_: list[tuple[int, int]] = []  # the toggles read into: (the indent of their content, the line they start)
    level = 1  # the level of the last heading at the margin, not a toggle's
    asked = _Asked()  # whether a bullet at the margin asked since that heading
    for index, block in enumerate(blocks):
        if open_ and block.kind is ITEM and not block.text and block.line == open_[-1][1]:
            open_.pop()  # the bullet a toggle heading was in, closed after its content: its text is the heading
            continue
        while open_ and block.indent < open_[-1][0]:
            open_.pop()
        shift = len(open_)
        if block.kind is HEADING and block.indent > shift:
            open_.append((block.indent, block.line))
            out.append(replace(block, indent=0))
            level = block.level
            continue
        if block.kind is ITEM and not block.indent and block.text:
            asked.add(block)  # if it asks, a label bullet after it is that question's
        if block.kind is ITEM and index + 1 < len(blocks) and blocks[index + 1].indent > block.indent and (
                _folds(blocks, index) or block.number is None and _label_shaped(blocks, index)
                and not asked and slot(block.text.strip()) in _LABEL_SLOTS):  # a toggle nests what follows it
            out.append(replace(block, kind=HEADING, level=min(level + 1 + shift, 6), indent=0))
            open_.append((block.indent + 1, -1))
            continue
        if block.kind is HEADING and not block.indent:
            level, asked = block.level, _Asked()
        out.append(replace(block, indent=block.indent - shift) if shift else block)
    return out


def _folds(blocks: list[Block], index: int) -> bool:
    """Whether the bullet at ``index`` is a toggle: one line of text, then nested content holding two labelled
    paragraphs or more."""
    item = blocks[index]
    if not item.text or "\n" in item.text or item.lead or index + 1 == len(blocks) \
            or blocks[index + 1].indent <= item.indent:
        return False
    apart = blocks[index + 1].line > item.end + 1  # its content set apart by a blank line, not its own text
    if not apart and is_question(item.text):
        return False  # "- Why ...?" over its labelled points: a question and its answer, read as they stand
    labelled = 0
    for block in blocks[index + 1:]:
        if block.indent <= item.indent:
            return False
        if block.indent == item.indent + 1 and block.lead and (
                block.kind is PARAGRAPH and apart or block.kind is ITEM and star_slot(block.lead) in STAR_SLOTS):
            labelled += 1
            if labelled == 2:
                return True
    return False


_LABEL_SLOTS = COACH_SLOTS | {"answer", *STAR_SLOTS}
_MAX_LABEL_WORDS = 4


def _label_shaped(blocks: list[Block], index: int) -> bool:
    """Whether the bullet at ``index`` may be a toggle named by a label of coaching, of the answer or of a story's
    part (``What they look for``, ``Sample answer``, ``Tips``, ``Situation``; its label is looked up last) with
    content nested under it: a bullet at the margin, its words plain and few (a toggle's title has no colon or bold;
    ``- **Structure:**`` over its points is a point of an answer)."""
    item = blocks[index]
    text = item.text.strip()
    return (not item.indent and not item.lead and not item.bold and index + 1 < len(blocks)
            and blocks[index + 1].indent > item.indent and ":" not in text and "*" not in text and "_" not in text
            and "\n" not in text and "?" not in text and 0 < len(text.split()) <= _MAX_LABEL_WORDS)


class _Asked:
    """Whether the first line of one of the bullets added asks, each read only when this is asked, in turn, up to
    the first that asks: a label bullet, which needs to know, is rare."""

    __slots__ = ("_bullets", "_read", "_asks")

    def __init__(self) -> None:
        self._bullets: list[Block] = []
        self._read = 0  # how many of the bullets were read: none of them asks, unless the last read does
        self._asks = False

    def add(self, bullet: Block) -> None:
        """Add a bullet."""
        self._bullets.append(bullet)

    def __bool__(self) -> bool:
        while not self._asks and self._read < len(self._bullets):
            self._asks = is_question(self._bullets[self._read].first_line)
            self._read += 1
        return self._asks
