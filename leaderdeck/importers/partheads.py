"""Bold sub-heads inside a story's part: ``**Result:**`` alone on its line, then ``🚀 **Faster merges**`` over
bullets, ``🤝 **Better hand-offs**`` over more bullets.

A paragraph bold as a whole is read as a title heading a section (:mod:`.outline`). Right under a STAR part's label
that has no text of its own on its line, though, bold lines each standing over a list are that part's own
sub-heads: they and their lists are the part's text, and the next label (``**Lessons Learned:**``) is the story's
again, not text under the last sub-head.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, PARAGRAPH, ITEM
from .labels import STAR_SLOTS, slot
from .text import is_question, strip_emphasis

_PARTS = frozenset({*STAR_SLOTS, "impact"})


def part_subheads(blocks: Sequence[Block]) -> frozenset[int]:
    """The indexes in ``blocks`` of bold paragraphs that are sub-heads of the bare STAR part label above them: each
    stands over a list, and nothing but such sub-heads and list items lies between it and the label."""
    held: set[int] = set()
    open_part = False
    for index, block in enumerate(blocks):
        if open_part and block.kind is ITEM:
            continue
        if block.lead and _bare_part_label(block):  # most blocks: no label, no call
            open_part = True
        elif open_part and _subhead(block) and index + 1 < len(blocks) \
                and blocks[index + 1].kind is ITEM and not _opens_story(blocks, index):
            held.add(index)
        else:
            open_part = False
    return frozenset(held)


def _bare_part_label(block: Block) -> bool:
    """``**Result:**`` alone on its line at the left margin: a STAR part's label whose text follows below it."""
    return bool(block.lead) and block.kind is PARAGRAPH and not block.rest.strip() and not block.quoted \
        and block.indent == 0 and slot(block.lead) in _PARTS


def _opens_story(blocks: Sequence[Block], index: int) -> bool:
    """Whether the bold line ``blocks[index]`` asks a question or stands over a list that labels a STAR part
    (``- **Situation:** ...``): the next story's title, not a sub-head of this one's part."""
    if is_question(strip_emphasis(blocks[index].text)):
        return True
    for block in blocks[index + 1:]:
        if block.kind is not ITEM:
            return False
        if block.lead and slot(block.lead) in _PARTS:
            return True
    return False


def _subhead(block: Block) -> bool:
    """A paragraph at the left margin that is bold as a whole (an emoji before it allowed)."""
    return block.kind is PARAGRAPH and block.bold and not block.quoted and block.indent == 0
