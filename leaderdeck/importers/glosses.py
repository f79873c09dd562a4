"""A point of a list of bold-named points that happens to end in "?": ``- **Customer impact** - how did your
work help users?`` among ``- **Specific examples** with numbers`` is one of the list's points (what is expected,
a tip), not a question of its own."""

from __future__ import annotations


from .blocks import Block, ITEM
from .text import is_question
from ..lazyre import lazy_re

# "**Name** - text" or "**Name** text": a bold name leading the item, then plain words
_BOLD_LEAD = lazy_re(r"^\*\*(?P<name>[^*\n]{2,60})\*\*\s*(?:[-–—:]\s*)?(?P<rest>\S[^\n]*)$")


def _point(block: Block | None, indent: int) -> bool:
    """An item at ``indent`` led by a bold name, whose words do not ask."""
    if block is None or block.kind is not ITEM or block.indent != indent:
        return False
    match = _BOLD_LEAD.match(block.text.strip())
    return match is not None and not is_question(block.text.strip())


def among_points(seen: list[Block], following: Block | None) -> bool:
    """The last of ``seen``, a bold-led item whose words after the name go on in lower case, between items of
    the same list that are bold-led points asking nothing."""
    block = seen[-1] if seen else None
    if block is None or block.kind is not ITEM:
        return False
    match = _BOLD_LEAD.match(block.text.strip())
    if match is None or not match["rest"][0].islower():
        return False
    previous = next((b for b in reversed(seen[:-1]) if b.indent <= block.indent), None)
    return _point(previous, block.indent) or _point(following, block.indent)
