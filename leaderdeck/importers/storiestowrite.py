"""A section of a story bank that names a story and holds only a remark that it is still to write (``## 3. The
launch I got wrong`` over ``_To be written._``, a ``<details>`` story whose body is ``TODO``), beside sections that
tell stories in their STAR parts: that story, a draft under its name, not text reported as no question's."""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import RULE
from .outline import Node
from .placeholders import is_placeholder
from .labels import slot
from .sections import is_story
from .text import clean_title, is_question
from .unit import Loose, Piece, Unit


def _told(units: Sequence[Unit]) -> bool:
    """Whether ``units`` hold a story told in its parts."""
    return any(unit.starred or is_story(unit.slots()) for unit in units)


def _placeholder_only(node: Node) -> bool:
    """A section with no sub-section whose text, a paragraph or two, is only a placeholder."""
    if node.children or node.head is None:
        return False
    body = [block for block in node.body if block.kind is not RULE and block.text.strip()]
    if not body or len(body) > 2 or any("](" in block.text for block in body):
        return False  # a link ("- [STAR explained](...)") is a reference, not a blank
    text = "\n\n".join(block.text for block in body)
    return len(text) <= 300 and is_placeholder(text)


def unwritten_stories(children: Sequence[tuple[Node, object]], loose: list[Loose], hints: list[str]) -> list[Unit]:
    """Draft stories for the sections of ``children`` (each with its result) that name a story and hold only a
    placeholder, when a sibling tells a story, under the headings ``hints``; what ``loose`` reported of those
    sections is taken off it."""
    if len(children) < 2 or not any(_told(result.units) for _, result in children):
        return []
    drafts: list[Unit] = []
    lines: set[int] = set()  # the lines of the placeholders made drafts: no longer reported
    for node, result in children:
        if result.units or not _placeholder_only(node):
            continue
        head = clean_title(node.head.text)
        if not head or slot(head) is not None or is_question(head):
            continue  # "## Resources", "## Tips": a section of ours, never a story
        body = [block for block in node.body if block.kind is not RULE and block.text.strip()]
        pieces = [Piece("situation", body[0].line, blocks=body, template=True)]
        if len(" ".join(block.text for block in body).split()) > 4:  # "(not written: the pricing launch)": a tip
            pieces.append(Piece("tips", body[0].line, blocks=body))
        unit = Unit(node.line, title=head, starred=True, pieces=pieces, hints=list(hints))
        drafts.append(unit)
        result.units.append(unit)
        lines.update(block.line for block in body)
    if lines:
        loose[:] = [item for item in loose if item.line not in lines]
    return drafts
