"""A bold line inside a question's answer, before the story told for it: ``**Q** : What is the difference ...?``,
``**A** : ...`` and its paragraphs, then ``**Key Difference**`` over a list, then ``**S** :`` ... ``**R** :``. The
bold line titles a part of the answer (what it sums up), not a story of its own: the question above and the STAR
parts below are one note, and the line with its list stays in the answer."""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING
from .labels import STAR_SLOTS, star_slot
from .parts import label_of

_MIN_PARTS = 2


def answer_titles(blocks: Sequence[Block], titles: Sequence[int]) -> frozenset[int]:
    """The indexes of ``titles`` (bold title lines of ``blocks`` that would head a section) that sit inside a
    labelled question's answer before its story's parts (see the module docstring)."""
    return frozenset(index for index in titles if _inside_answer(blocks, index))


def _inside_answer(blocks: Sequence[Block], index: int) -> bool:
    answered = False
    for above in range(index - 1, -1, -1):  # back up the page by index: no copy of all the blocks above
        block = blocks[above]
        if block.kind is HEADING or block.bold:
            return False
        found = label_of(block)
        if found is None:
            continue
        if found[0] == "answer" and found[2].strip():
            answered = True  # "**A** : ..." with its text, not a bare label over the parts
        elif found[0] == "question":
            return answered and _story_follows(blocks, index)
        else:
            return False
    return False


def _story_follows(blocks: Sequence[Block], index: int) -> bool:
    """Whether the blocks after the title at ``index``, up to the next heading or title, tell a story: two STAR
    parts or more, no question."""
    parts: set[str] = set()
    for below in range(index + 1, len(blocks)):  # by index: no copy of all the blocks below
        block = blocks[below]
        if block.kind is HEADING or block.bold:
            break
        found = label_of(block)
        if found is not None and found[0] == "question":
            return False
        if found is not None and (part := star_slot(found[1])) in STAR_SLOTS:
            parts.add(part)
    return len(parts) >= _MIN_PARTS
