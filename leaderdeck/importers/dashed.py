"""STAR parts written ``Label - text`` in a run of lines or list items, read alike however terse their text.

``Situation - Nightly exports stalled`` is a STAR part when its text reads as a sentence (:func:`labels.star_lead`);
a terse one (``Action - Built a framework``) is not, on its own, since ``A - Strategy`` or ``Situation - Context``
may name a section. Among siblings that are parts written that way, though, it is one more part of the same
story: a run of consecutive lines (plain text) or items of one list (Markdown) where two or more other parts are
already read so, each naming a different part, gives the terse ones their label too.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Block, PARAGRAPH, ITEM
from .labels import STAR_SLOTS, star_slot
from ..lazyre import lazy_re

# "Action - Built a framework", "**Result** – 40 reports": a short label, a dash set off by spaces, text
_DASHED = lazy_re(r"^(?P<label>[*_]{0,2}[A-Za-z][A-Za-z ]{0,24}?[*_]{0,2})\s*(?:[—–]|\s-)\s+(?P<rest>\S.*)$",
                  re.DOTALL)
_SIBLINGS = frozenset({PARAGRAPH, ITEM})


def dashed_parts(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each terse ``Part - text`` line given its label when it stands among other parts so
    written (see the module). Only the runs holding such a part are read: a run needs two."""
    out = list(blocks)
    done = 0  # the end of the last run read
    for index, block in enumerate(blocks):
        if index >= done and block.lead and _dashed(block) and star_slot(block.lead) in STAR_SLOTS:
            start, done = _run(out, index)
            _label_run(out, start, done)
    return out


def _run(blocks: list[Block], index: int) -> tuple[int, int]:
    """``(start, end)`` of the run of siblings (:func:`_sibling`) holding ``blocks[index]``."""
    start, end = index, index + 1
    while start > 0 and _sibling(blocks[start - 1], blocks[start]):
        start -= 1
    while end < len(blocks) and _sibling(blocks[end - 1], blocks[end]):
        end += 1
    return start, end


def _sibling(before: Block, block: Block) -> bool:
    """Whether ``block`` comes right after ``before`` in the same run: the same kind, list depth and quoting, on
    the next line."""
    return block.kind is before.kind and block.kind in _SIBLINGS and block.indent == before.indent \
        and block.quoted == before.quoted and block.line <= before.end + 1


def _label_run(blocks: list[Block], start: int, end: int) -> None:
    """Give the terse parts of ``blocks[start:end]`` their label when two or more others of the run are read as
    parts written with a dash, every part of the run a different one."""
    if end - start < 3:
        return
    read = [star_slot(b.lead) for b in blocks[start:end] if b.lead and _dashed(b)]
    if len([name for name in read if name in STAR_SLOTS]) < 2:
        return
    found: dict[int, tuple[str, str]] = {}
    for index in range(start, end):
        block = blocks[index]
        if block.lead:
            continue
        first, _, more = block.text.partition("\n")
        match = _DASHED.match(first.strip())
        if match and star_slot(label := match.group("label").strip(" *_")) in STAR_SLOTS:
            found[index] = (label, "\n".join(filter(None, (match.group("rest").strip(), more.strip()))))
    names = [*read, *(star_slot(label) for label, _ in found.values())]
    if not found or len(set(names)) != len(names):
        return
    for index, (label, rest) in found.items():
        blocks[index] = dataclasses.replace(blocks[index], lead=label, rest=rest)


def _dashed(block: Block) -> bool:
    """Whether ``block`` was read as a part written ``Label - text`` (not ``Label: text``)."""
    first = block.text.partition("\n")[0]
    if "-" not in first and "–" not in first and "—" not in first:
        return False  # no dash on the line: most parts are written "Label: text" (a quick look spares the pattern)
    match = _DASHED.match(first.strip())
    return bool(match) and match.group("label").strip(" *_") == block.lead.strip(" *_")
