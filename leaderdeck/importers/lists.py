"""A list read as one thing: what its items are to one another, whatever labels or questions they carry.

The scanner (:mod:`.scan`) asks these when a list item could start something
of its own (a story's part, a question's answer); the answer depends on the
list around the item, not on the item alone.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, ITEM
from .unit import Piece, Unit


def list_turns(last: Block, block: Block) -> bool:
    """Whether ``block`` starts another list after the item ``last``: a numbered item after bullets (or bullets
    after numbers), or in plain text an item after a blank line."""
    return (last.number is None) != (block.number is None) or block.plain and block.line > last.end + 1


def list_before(seen: list[Block], block: Block) -> list[Block]:
    """The items of ``block``'s list read before it (``seen`` ends with ``block``), nearest first, at its depth."""
    items = []
    for previous in reversed(seen[:-1]):
        if previous.kind is not ITEM or previous.indent < block.indent:
            break
        if previous.indent == block.indent:
            items.append(previous)
    return items


def closes_list(seen: list[Block], block: Block, following: Block | None, labelled) -> bool:
    """A labelled item that ends a list of unlabelled items ("Each pod had:" / "- a lead" / "- a tester" /
    "- *Result:* faster decisions"): it sums up the list it ends, an item of it, not a part of its own.
    ``labelled`` tells whether an item carries a label."""
    if block.kind is not ITEM:
        return False
    if following is not None and following.kind is ITEM and following.indent >= block.indent:
        return False
    before = list_before(seen, block)
    return bool(before) and not any(labelled(item) for item in before)


def sibling(unit_indent: int, unit_number: int | None, answered: bool, block: Block) -> bool:
    """An item of the same list as the item that asked, right after it (nothing nested under the question, no
    answer read yet): the next item of that list, never the question's answer."""
    return not answered and block.kind is ITEM and block.indent == unit_indent \
        and (block.number is None) == (unit_number is None)


def label_over_list(piece: Piece | None) -> bool:
    """Whether ``piece``, the piece being read, is a label line with nothing after it (``**What to look for:**``,
    not an item): the items that follow are its list, never the next items of a list of questions above it."""
    return piece is not None and piece.slot is not None and not piece.rest and piece.opener is not None \
        and piece.opener.kind is PARAGRAPH


def in_answer_item(seen: list[Block], unit: Unit) -> bool:
    """Whether the block ending ``seen``, nested deeper than the item that asked, sits in an item of the answer's
    own list at the question's depth ("1. Why ...?" / "- I owned it" / "    - the detail"), not in the question's
    item: the answer's list goes on after it, its next items are no new list around the question."""
    for previous in reversed(seen[:-1]):
        if previous.indent <= unit.indent:
            return previous.kind is ITEM and previous.line > unit.line \
                and any(previous is b for piece in unit.pieces for b in piece.blocks)
    return False
