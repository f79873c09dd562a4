"""Lines under a question that only point to the writer's own notes (``![[note#section]]``, ``[[note]]``,
``[more](./note.md)``): where the answer is written, kept as a tip ("See: note#section"), not the answer."""

from __future__ import annotations

import dataclasses

from .blocks import Block, PARAGRAPH, ITEM
from .labels import STAR_SLOTS
from .references import is_pointer, references, tip
from .unit import Piece, Unit


def kept_as_tips(unit: Unit, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without the lines of an answer or story part that only reference the writer's notes; each such
    line becomes a tip of ``unit`` ("See: note#section"), so a question answered only by references is a draft."""
    out: list[Piece] = []
    tips: list[Block] = []
    for piece in pieces:
        if piece.slot not in (None, "answer", *STAR_SLOTS):
            out.append(piece)
            continue
        blocks: list[Block] = []
        changed = False  # this piece gave a line as a tip: a new piece without it; else the piece itself
        for block in piece.blocks:
            if not _linked(block):  # no link of either kind: most blocks, kept as they are
                blocks.append(block)
                continue
            if block.kind in (PARAGRAPH, ITEM) and block.lead and not is_pointer(block.lead) \
                    and "\n" not in block.rest and references(block.rest):
                changed = True  # "**Example Structure**: See [the conflict example](./star.md#conflict)"
                tips.append(Block(PARAGRAPH, block.line, block.line, tip(block.rest)))
                continue
            lines = block.text.split("\n")
            pointed = [bool(references(line)) for line in lines]
            if block.kind not in (PARAGRAPH, ITEM) or block.lead and not is_pointer(block.lead) or not any(pointed):
                blocks.append(block)
                continue
            changed = True
            tips.extend(Block(PARAGRAPH, block.line, block.line, tip(line))
                        for line, points in zip(lines, pointed) if points)
            if kept := [line for line, points in zip(lines, pointed) if not points]:
                blocks.append(dataclasses.replace(block, text="\n".join(kept).strip()))
        out.append(dataclasses.replace(piece, blocks=blocks) if changed else piece)
    if tips:
        noted = Piece("tips", tips[0].line, "See", blocks=tips)
        unit.pieces.append(noted)
        out.append(noted)
    return out


def _linked(block: Block) -> bool:
    """Whether ``block`` holds a link :func:`.references.references` could read (``[[note]]`` or ``[a](b)``), in
    its text or after its label: none does without one."""
    return "](" in block.text or "[[" in block.text or "](" in block.rest or "[[" in block.rest
