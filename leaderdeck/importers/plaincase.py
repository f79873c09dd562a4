"""A plain-text case's title: the document's first line standing alone over the case's label lines.

Plain text has no heading marks. A case typed as ``The Quiet Data Team`` (or a bare ``Case``), a blank line, then
``Background: ...`` / ``Constraints: ...`` / ``Your task: ...`` / ``Questions:`` lines is one scenario, the first
line its title, as ``# The Quiet Data Team`` would be in Markdown.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH
from .labels import slot
from .parts import is_title_line, label_of
from .unit import Piece


def titles_case(blocks: list[Block]) -> bool:
    """Whether ``blocks`` (a plain-text document's, from its start) open with a title line standing alone, a blank
    line under it, over a label line: the title of what the labels tell."""
    if len(blocks) < 2 or not blocks[0].plain:
        return False
    first, second = blocks[0], blocks[1]
    if second.line <= first.end + 1 or label_of(second) is None:
        return False
    bare = first.kind is PARAGRAPH and not first.lead and slot(first.text) == "scenario"  # "Case"
    return is_title_line(first) or bare


def case_title(body: list[Block], before: list[Piece]) -> str:
    """The title a plain-text case's first line gives it, taken out of ``before`` (the pieces read before the
    case's parts); ``""`` when the first line is no such title."""
    if not titles_case(body):
        return ""
    first = body[0]
    for piece in before:
        if piece.line == first.line and not piece.rest and piece.slot in (None, "scenario"):
            piece.blocks[:] = [b for b in piece.blocks if b is not first]
            if piece.slot == "scenario" or not piece.blocks:
                before.remove(piece)
            return first.text.strip()
    return ""
