"""A STAR label inside one step of a part's list: ``1. **Measured the load:**`` over ``   - Result: two people
held 80% of them``, under ``**Action:**``, with the story's own ``**Result:**`` further down.

The nested ``Result:`` is what that step came to, a line of the Action; read as the story's Result it would end the
Action after its first step and put the later steps in the Result. It is a label of the story only when no label of
the same part follows at the left margin before the next heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .labels import STAR_SLOTS
from .parts import label_of


def step_outcome(blocks: Sequence[Block], index: int, part: str | None) -> bool:
    """Whether ``blocks[index]``, a list item nested in another and labelled as the STAR part ``part``, is a line of
    the part above it: the story's own label of ``part`` comes later, at the left margin, under the same heading."""
    block = blocks[index]
    if part not in STAR_SLOTS or block.kind is not ITEM or not block.indent or block.quoted:
        return False
    for other in blocks[index + 1:]:
        if other.kind is HEADING:
            return False
        if not other.indent and other.kind in (PARAGRAPH, ITEM) \
                and (found := label_of(other)) is not None and found[0] == part:
            return True
    return False
