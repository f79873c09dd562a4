"""Text inside a STAR part under way: everything after a part's label (``**Action**: "I took it in steps:``) up to
the next part label of the same story (``**Result**:``) is that part's text.

Inside such a part the writer may set out steps as bold lines standing alone (``**Phase 1: Listen** (one to
one)``), bold numbered labels (``**1. Mapped the jobs**:``) or a script of their own labels, even one repeating a
STAR part's name (an SBI script: ``**Situation**: '...'``, ``**Behavior**: '...'``, ``**Impact**: '...'``). None of
these heads a section or starts another story: the story goes on with the label of a later part.

A label naming an earlier part (or the part itself) inside the part is the part's own only when the part leads
into it (the text before it ends with a colon, or a double quote opened in the part is still open), and only once:
two such labels (``**Situation**:`` then ``**Task**:``) are the next story's. A heading or a ``---`` rule ends
the part with no span.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .labels import STAR_SLOTS, star_slot
from .subparts import names_part
from .text import strip_emphasis

_ORDER = {**{name: rank for rank, name in enumerate(STAR_SLOTS)}, "impact": STAR_SLOTS.index("result")}
_TEXT, _ENDS = (PARAGRAPH, ITEM), (HEADING, RULE)
_REACH = 80  # blocks looked at after a part's label for the story's next part


def part_spans(blocks: Sequence[Block]) -> frozenset[int]:
    """The indexes in ``blocks`` of the blocks inside a STAR part under way (see the module docstring), the
    part's own label and the next part's label left out."""
    held: set[int] = set()
    ranks = {index: rank for index, block in enumerate(blocks)  # only a lead-in or a bold line can label a part
             if (block.lead or block.bold) and (rank := _rank(block)) is not None}
    for index, rank in ranks.items():
        block = blocks[index]
        if index + 1 < len(blocks) and (blocks[index + 1].kind in _ENDS or ranks.get(index + 1, -1) > rank):
            continue  # a heading, a rule or the story's next part right under the label: no span (most parts)
        if block.lead and not block.quoted and names_part(block.lead):
            held.update(_span(blocks, ranks, index, rank))
    return frozenset(held)


def _rank(block: Block) -> int | None:
    """The place in the story of the part ``block`` labels (Situation 0 ... Learning 4); None for no part. A part
    opens only at a label's lead-in; a bold line alone naming a part (``**Action**``) ends the part before it."""
    if block.kind not in _TEXT or not (label := _label(block)):
        return None
    return _ORDER.get(star_slot(label) or "")


def _label(block: Block) -> str:
    """The label of ``block``: its lead-in, or its whole text when it is bold as a whole (``**Action**``)."""
    return block.lead or (strip_emphasis(block.text).strip(" :") if block.bold else "")


def _span(blocks: Sequence[Block], ranks: dict[int, int], start: int, rank: int) -> range:
    """The indexes after the part label at ``start`` (of :func:`_rank` ``rank``) up to the story's next part label;
    empty when a heading, a rule or another story comes first. ``ranks``: the :func:`_rank` of each block labelling
    a part, by index."""
    opener = blocks[start]
    inner = False  # a label of an earlier part, led into: the part's own script
    for index in range(start + 1, min(len(blocks), start + _REACH)):
        block = blocks[index]
        if block.kind in _ENDS:
            return range(0)
        if (other := ranks.get(index)) is None:
            continue
        if other > rank and (names_part(_label(block)) or not inner):
            return range(start + 1, index)  # a later part, wherever it stands, ends this one
        if inner and other > rank:
            continue  # "**Impact**: ..." of the script
        if inner or block.kind is not opener.kind or block.indent != opener.indent or block.quoted \
                or not _leads_in(blocks[start:index]):
            return range(0)  # "**Situation**:" then "**Task**:": the next story
        inner = True
    return range(0)


def _leads_in(blocks: Sequence[Block]) -> bool:
    """Whether the part's text so far leads into what follows: its last block ends with a colon, or a double quote
    it opened is still open."""
    texts = [blocks[0].rest, *(block.text for block in blocks[1:])]  # the part's own label left out
    text = "\n".join(texts)
    return texts[-1].rstrip(" *_").endswith(":") or text.count('"') % 2 == 1 \
        or text.count("\u201c") > text.count("\u201d")
