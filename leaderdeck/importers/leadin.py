"""A story's lead-in: what its teller writes above the first STAR part.

A story bank often opens a story with a line or two of its own before ``**Situation:**`` ("We moved billing off
the mainframe in six weeks."). That text is the user's, never dropped: a lead-in marked as a summary ("TL;DR",
"In short", "Summary:", a "Short answer:" label) is the story's one-liner (the note's cheat code); any other
lead-in told by the teller (first person, or what happened in the past) opens the Situation, a paragraph of its
own; so is such a paragraph under a heading that only labels the answer (``### Answer`` over "The hardest project
I led was ...", then ``**The Situation:**``). Words quoted are not the teller's: "I" inside quotation marks tells
nothing. A paragraph above the parts that advises the reader, opening on an imperative (``*Don't say "I never
fail". Pick a real miss.*``), is a tip of the question; other text that speaks to the reader ("Interviewers want
to see ...") is coaching, not the story, and stays as it was read.
"""

from __future__ import annotations

import dataclasses
import re

from .advice import ADVICE_START
from .blocks import Block, PARAGRAPH, ITEM
from .content import piece_text
from .labels import STORY_SLOTS, slot
from .text import ends_asking, is_coaching, plain_words
from .unit import Piece, Unit
from .voice import first_person, in_past, to_you, unquoted
from ..lazyre import lazy_re

LEAD = "lead"  # the slot of a lead-in that opens the Situation

_SUMMARY = lazy_re(r"^[\W_]*(?:tl;? ?dr|in short|in brief|in a nutshell|in one (?:line|sentence)|summary"
                   r"|story summary|short version|the short version|one[- ]liner|bottom line|headline|the gist"
                   r"|elevator pitch)\b[\s*_]*[:：,.—–-]*[\s*_]*(?=\S)", re.IGNORECASE)
_ITALIC = lazy_re(r"^(?P<mark>[*_])(?![*_\s])(?P<inner>[^*_]+?)(?<![\s*_])(?P=mark)$", re.DOTALL)
_ABOUT_ANSWERING = lazy_re(r"\b(?:interview\w*|candidates?|questions?|answer\w*|hiring managers?|panel)\b",
                           re.IGNORECASE)


def lead_ins(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with the unlabelled text above a story's first part read as its lead-in: a summary becomes a
    ``cheat`` piece, a paragraph the teller told a :data:`LEAD` piece; other text stays as it was."""
    first = min((p.line for p in pieces if p.slot in STORY_SLOTS and not p.empty), default=None)
    if first is None:
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        if piece.slot in (None, "answer") and piece.line < first and not piece.empty \
                and (not piece.heading or piece.slot == "answer"):  # "### Answer" over the lead-in, then the parts
            out.extend(_lead_in(piece))
        else:
            out.append(piece)
    return out


def _lead_in(piece: Piece) -> list[Piece]:
    """The piece cut into its summaries, its told paragraphs and what is left of it (kept as it was)."""
    if piece.rest.strip() and piece.slot == "answer":  # "**Short answer:** ..." above the story: its one-liner
        return [Piece("cheat", piece.line, rest=piece_text(piece))]
    if piece.rest.strip():
        return [piece]  # a label we do not know, with its own text: not a lead-in
    if outlined(piece.blocks) and not any(to_you(b.text) or is_coaching(b.text) for b in piece.blocks):
        return [Piece(LEAD, piece.line, blocks=piece.blocks, indent=piece.indent)]  # the story in brief, its opening
    out: list[Piece] = []
    left: list[Block] = []
    for block in piece.blocks:
        text = block.text.strip()
        if block.kind is PARAGRAPH and not block.quoted and (summary := _SUMMARY.match(text)):
            rest = text[summary.end():].strip()
            out.append(Piece("cheat", block.line, rest=rest[:1].upper() + rest[1:]))
        elif _advises(block):
            italic = _ITALIC.match(text)  # "*Don't ... Be honest.*": the tip's words, without the italics around them
            out.append(Piece("tips", block.line,
                             blocks=[dataclasses.replace(block, text=italic["inner"]) if italic else block]))
        elif _prose(block) and told(text) and block.number is None or _speaks(block):
            # "1. The cache rework" over "2. Situation: ...": a numbered item is another story listed, no lead-in
            out.append(Piece(LEAD, block.line, blocks=[_headline(block, piece.blocks)], indent=piece.indent))
        elif block.kind is ITEM and out and out[-1].slot == LEAD and _next_to(out[-1], block, left):
            out[-1].blocks.append(block)  # the choices listed under a told paragraph: more of that paragraph
        else:
            left.append(block)
    if left:
        out.insert(0, Piece(piece.slot, left[0].line, piece.label, blocks=left, indent=piece.indent))
    return out


def _headline(block: Block, blocks: list[Block]) -> Block:
    """A lead-in line under a label of the teller's own (``- Nugget: I led the rewrite ...``, ``Hook: ...``), the
    only labelled line above the parts: its text, a paragraph opening the Situation, without marker and label."""
    if not block.lead or not block.rest.strip() or slot(block.lead) is not None \
            or sum(1 for b in blocks if b.lead) > 1 or _fact_line(block):
        return block  # "- **Owner**: me and Dana": a fact of the story, kept with its label
    return dataclasses.replace(block, kind=PARAGRAPH, text=block.rest.strip(), lead="", rest="",
                               number=None)


def outlined(blocks: list[Block]) -> bool:
    """Bullets with a point nested under one of them ("- Slow builds on the monorepo" / "    - cached the
    images"), nothing else: an outline, the story told in brief; short lines side by side would be chips. A
    numbered item is another story listed, no outline."""
    return bool(blocks) and all(b.kind is ITEM and b.number is None and not b.lead for b in blocks) \
        and len({b.indent for b in blocks}) > 1


def plain_lead_in(block: Block) -> bool:
    """Plain text: one line the teller wrote (a summary, or told) that may stand between a story's title line and
    its first part."""
    text = block.text.strip()
    return block.kind is PARAGRAPH and block.plain and not block.quoted and "\n" not in text \
        and not text.endswith(":") and (bool(_SUMMARY.match(text)) or told(text))


def told(text: str) -> bool:
    """Text the teller tells (first person, or what happened), not words to the reader about the answer ("you",
    or, told by no one, about interviewers and answers)."""
    mine = first_person(unquoted(text))
    return (mine or in_past(text) and not _ABOUT_ANSWERING.search(text)) and not to_you(text) \
        and not is_coaching(text)


def adopt_lead_in(unit: Unit, before: list[Piece]) -> list[Piece]:
    """A section that holds one story whose question a "Questions this answers" list gave: the text above that
    list is the story's lead-in, moved into it. The pieces left of ``before``."""
    if not unit.slots() & STORY_SLOTS:
        return before
    moved = [p for p in before if p.slot is None and not p.empty and p.line < unit.line
             and all(_prose(b) for b in p.blocks)]
    unit.pieces[:0] = moved
    return [p for p in before if p not in moved]


def _speaks(block: Block) -> bool:
    """A paragraph that opens the answer as spoken, in quotation marks (``> "Moving billing off the mainframe in
    six weeks.``), above parts told the same way: the teller's headline, whatever its words."""
    text = block.text.strip()
    return block.kind is PARAGRAPH and text[:1] in "\"“" and len(text) > 1 \
        and not to_you(text) and not is_coaching(text)


def _advises(block: Block) -> bool:
    """A paragraph of advice to the reader above the parts: it opens on an imperative ("Don't say ...", "Be
    honest."), speaks as no I outside its quotations, and asks nothing."""
    text = unquoted(" ".join(plain_words(block.text).split()))
    return block.kind is PARAGRAPH and not block.quoted and not block.lead and bool(ADVICE_START.match(text)) \
        and not first_person(text) and not ends_asking(text, "\"”’)")


def _next_to(lead: Piece, block: Block, left: list[Block]) -> bool:
    """``block`` follows the lead-in's last block with nothing left unread between them."""
    return not left or left[-1].line < lead.blocks[-1].line


def _fact_line(block: Block) -> bool:
    """A line of the story's facts under a label of no slot of ours, its value a few words and no sentence
    (``- **Owner**: me and Dana``): a fact of the story, never a headline to take out of its label, however it
    names "me"."""
    rest = block.rest.strip()
    return bool(block.lead) and bool(rest) and len(rest.split()) <= _FACT_WORDS and not rest.endswith(_ENDS) \
        and slot(block.lead) is None


_FACT_WORDS = 3  # "me and Dana", "2024-02-10": a fact's value; "I led the rewrite" is a sentence told
_ENDS = (".", "!", "?", "…")


def _prose(block: Block) -> bool:
    return block.kind in (PARAGRAPH, ITEM) and not block.quoted
