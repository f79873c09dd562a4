"""A story told as an outline: each part's name a list item of its own with the part's text nested under it
(``* Situation`` over ``  * Incidents took 90 minutes to diagnose.``), no colon after the name. Two such items or
more in the document, each naming a different part of a story, are read as the labels they stand for
(``**Situation:**``), so the nested items are that part's text rather than an answer of bare words; the wholly bold
item the parts are nested under (``* **Observability overhaul**``, ``* **Story: ...**``) is the story's name."""

from __future__ import annotations

import dataclasses

from .blocks import Block, ITEM
from .labels import STAR_SLOTS, slot, star_slot

_MAX_CHARS = 30  # a part's name with an emoji or a word or two more ("Learnings", "Actions taken")
_PARTS = frozenset(STAR_SLOTS)


def _part_name(block: Block, following: Block) -> str | None:
    """The part ``block`` names when it is an item of only a part's name with ``following`` nested under it."""
    text = block.text.strip()
    if block.kind is not ITEM or block.lead or not text or len(text) > _MAX_CHARS or text[-1] in ".:?!)" \
            or following.kind is not ITEM or following.indent <= block.indent or following.line != block.end + 1:
        return None
    found = star_slot(text.strip("*_ "))
    return found if found in _PARTS else None


def _story_name(block: Block) -> str:
    """The name of a story an item over its parts gives: its bold text (``**Story: The vendor switch**``,
    ``**The vendor switch**``) without a ``Story:`` label; ``""`` for an item that is not wholly bold."""
    if not block.bold:
        return ""
    text = block.text.strip().strip("*_").strip()
    label, colon, name = text.partition(":")
    return name.strip() if colon and name.strip() and slot(label.strip()) == "title" else text


def part_items(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the items naming a story's parts over their nested text read as labels, and the bold item
    each story's parts are nested under read as the story's name (see the module)."""
    found: list[tuple[int, str, int | None]] = []
    last: dict[int, int] = {}  # the index of the last item read at each indent
    for index in range(len(blocks) - 1):
        block = blocks[index]
        if block.kind is not ITEM:
            continue
        last[block.indent] = index
        if (name := _part_name(block, blocks[index + 1])) is not None:
            found.append((index, name, last.get(block.indent - 1)))
    if len({name for _, name, _ in found}) < 2:
        return blocks
    out = list(blocks)
    named: set[int] = set()
    for index, _, parent in found:
        label = out[index].text.strip().strip("*_ ")
        out[index] = dataclasses.replace(out[index], text=f"**{label}:**", lead=label, rest="")
        if parent is not None and parent not in named and parent < index \
                and (story := _story_name(out[parent])) and slot(story) is None:
            named.add(parent)  # "* **Observability overhaul**" over "  * Situation": that story's name
            out[parent] = dataclasses.replace(out[parent], text=f"**Story:** {story}", lead="Story", rest=story,
                                              bold=False)
    return out
