"""An answer in prose that closes with a small example, and sections of an answer whose labels a story would use.

A prose answer ("I focus on three things ...", then sections under bold labels that name no STAR part) may give,
near its end, an example under its own sub-label (``**Example: Settling a disagreement**``) told with
``Scenario:`` / ``My approach:`` / ``Result:`` lines. Those labels are the example's, not the note's: the note is
the answer, the example in it as written. It is such an example when every story label of the answer comes after
the sub-label, the answer's own text before it is told by the teller (I, we) and is longer than the example.

A label glossed in brackets over a list (``**Growth** (help people level up):``), among the sections of an
answer that is no story, is a section of that answer, not its Learning, even when its word may name a part.
"""

from __future__ import annotations

import re

from ..model import Kind
from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .content import piece_text
from .kinds import note_kind
from .labels import SCENARIO_SLOTS, STAR_SLOTS
from .subparts import names_part
from .voice import first_person
from .unit import Piece
from ..lazyre import lazy_re

_STORY_SLOTS = frozenset({*STAR_SLOTS, *SCENARIO_SLOTS, "impact"})
# "Example: Settling a disagreement", "Example 2", "For example", "A quick example": a sub-label over an example
_EXAMPLE = lazy_re(r"^(?:for |an? |one )?(?:(?:quick|short|brief|small|concrete|real)[ -])?examples?"
                   r"(?:\s+\d{1,2})?(?:\s*[:–—-]\s*(?P<name>[^.!?]{1,60}))?$", re.IGNORECASE)
_ANSWER_WORDS = lazy_re(r"^(?:answers?|responses?|story|star|star answer)\b", re.IGNORECASE)
_GLOSS = lazy_re(r"^\s*(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)\s*\([^)\n]{2,60}\)\s*[:：]?\s*$")
_MIN_BEFORE = 40  # words of the answer's own before its example, at the least


def prose_answer(pieces: list[Piece]) -> None:
    """Read the pieces of one note (in place): an example closing a prose answer, and the glossed sections of an
    answer that is no story, become the answer's text, each label line as written."""
    ordered = sorted(pieces, key=lambda p: p.line)
    example = _example_line(ordered)
    if example is not None and _closing_example(ordered, example):
        for piece in ordered:
            if piece.slot in _STORY_SLOTS or piece.slot == "answer" and piece.line >= example:
                _unlabel(piece)
        return
    glossed = [p for p in ordered if p.slot in STAR_SLOTS and _glossed_section(p)]
    rest = [p for p in ordered if p not in glossed]
    if glossed and note_kind({p.slot for p in rest if p.slot}, rest) is not Kind.STAR:
        for piece in glossed:
            _unlabel(piece)


def _example_line(pieces: list[Piece]) -> int | None:
    """The line of the last example sub-label before the first story label of the note, if any."""
    first = next((p.line for p in pieces if p.slot in _STORY_SLOTS and not _glossed_section(p)), None)
    if first is None:
        return None
    found = None
    for piece in pieces:
        for block in ([piece.opener] if piece.opener is not None else []) + piece.blocks:
            if block.line < first and _sub_label(block):
                found = block.line
    return found


def _sub_label(block: Block) -> bool:
    """A line that only names an example: a bold line, a heading or a label with a short name after it."""
    if block.kind is HEADING or block.bold:
        text = block.text
    elif block.kind is PARAGRAPH and block.lead and "\n" not in block.text.strip():
        text = f"{block.lead}: {block.rest}" if block.rest else block.lead
    else:
        return False
    text = text.strip().strip("*_").strip().rstrip(":：").strip("*_ ")
    match = _EXAMPLE.match(text)
    return match is not None and not _ANSWER_WORDS.match((match.group("name") or "").strip())


def _closing_example(pieces: list[Piece], example: int) -> bool:
    """Whether the story labels after the sub-label at ``example`` tell an example closing a prose answer: none
    before it (but glossed sections), and the teller's own text before it longer than the example."""
    before = [p for p in pieces if p.line < example or _holds_line(p, example)]
    if any(p.slot in _STORY_SLOTS and not _glossed_section(p) for p in before):
        return False
    own = " ".join(_text_before(p, example) for p in before if p.slot in (None, "answer", *STAR_SLOTS))
    story = [p for p in pieces if p.line > example and p.slot in _STORY_SLOTS]
    told = sum(len(piece_text(p).split()) for p in story)
    return len(own.split()) >= max(_MIN_BEFORE, told) and first_person(own)


def _holds_line(piece: Piece, line: int) -> bool:
    return any(b.line == line for b in piece.blocks)


def _text_before(piece: Piece, line: int) -> str:
    """The text of ``piece`` above ``line``."""
    blocks = [b for b in piece.blocks if b.line < line]
    return piece_text(Piece(None, piece.line, rest=piece.rest, blocks=blocks))


def _glossed_section(piece: Piece) -> bool:
    """A label glossed in brackets over a list (``**Growth** (help people level up):``) whose word names no STAR
    part in its own words: a section of an answer."""
    opener = piece.opener
    return opener is not None and not names_part(piece.label) and bool(_GLOSS.match(opener.text)) \
        and not piece.rest and bool(piece.blocks) and piece.blocks[0].kind is ITEM


def _unlabel(piece: Piece) -> None:
    """The piece as text of the answer: its label line as the document wrote it, then its blocks."""
    if piece.opener is not None:
        piece.blocks.insert(0, piece.opener)
    elif piece.label:
        label = piece.label.strip(" *:")
        piece.blocks.insert(0, Block(PARAGRAPH, piece.line, piece.line,
                                     f"**{label}:** {piece.rest}".strip() if piece.rest else f"**{label}:**"))
    piece.slot, piece.label, piece.rest, piece.opener = None, "", "", None


def closes_answer(pieces: list[Piece], head: Block | None, told: int, nested: bool) -> bool:
    """Whether a sub-section titled ``head`` (``**Example: A request from sales**``), holding ``told`` words and
    no sub-sections of its own (``nested`` false), is an example closing the answer ``pieces`` give its question:
    the answer told by the teller, longer than the example, with no story part of its own."""
    if head is None or nested or not _sub_label(head) or any(p.slot in _STORY_SLOTS for p in pieces):
        return False
    own = " ".join(piece_text(p) for p in pieces if p.slot in (None, "answer"))
    return len(own.split()) >= max(_MIN_BEFORE, told) and first_person(own)
