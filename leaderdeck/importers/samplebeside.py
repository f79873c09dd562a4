"""A worksheet's blank STAR parts beside a sample answer: the sample is the question's answer, the blanks a template.

A prep worksheet gives each question a story to fill in and a sample to learn from::

    ## Describe a hard bug you fixed
    ### Your Answer:
    **Situation:** [YOUR STORY - Which product?]
    **Action:**
    - [YOUR STORY - Step 1: ...]
    ### Example Answer (for reference):
    At my last job our checkout page froze every evening ...

Every STAR part there (if any) holds only blanks (:func:`.placeholders.is_placeholder`), and so may the worksheet's
other labels ("**Your Approach:** [YOUR ...]"), while a piece labelled as an answer ("Example Answer", "Sample
answer") holds real text. Read as a story, the parts make an empty draft and the sample is dropped as text outside
them; read as a question, the blanks run into the answer. The sample is what the page answers with: the note is a
question with that answer, and the blanks are reported once. Parts with any text written in them stay a story.
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, PARAGRAPH, ITEM
from .labels import STAR_SLOTS
from .placeholders import is_placeholder
from .unit import Piece

WHY = "left blank to fill in beside the sample answer, not an answer"
_FILLABLE = frozenset({*STAR_SLOTS, "impact", "answer", None})  # what a worksheet leaves blank for the reader


def sample_beside_blanks(pieces: Sequence[Piece]) -> tuple[list[Piece], Skipped] | None:
    """``(the pieces without the blanks, the report line for them)`` when an answer's label holds a written answer
    and every STAR part of ``pieces`` (none, or all of them) holds only blanks, with one blank piece at least (see
    the module docstring); ``None`` otherwise."""
    if not any(p.slot == "answer" and p.label and _written(p) for p in pieces):
        return None
    blanks = [p for p in pieces if p.slot in _FILLABLE and _to_fill(p)]
    if not blanks or any(p.slot in STAR_SLOTS and not p.empty and p not in blanks for p in pieces):
        return None
    first = min(blanks, key=lambda p: p.line)
    named = f"'{first.label.strip(' *_:')}'" if first.label else "blanks"
    return [p for p in pieces if p not in blanks], Skipped(first.line, named, WHY)


def _written(piece: Piece) -> bool:
    """A piece holding text written out, not only blanks."""
    return not piece.empty and not _to_fill(piece)


def _to_fill(piece: Piece) -> bool:
    """A piece holding blanks and nothing else: ``[YOUR STORY - ...]`` on its label's line or under it, or labels
    with nothing or a blank after them (``**Specific Example:**``, ``**Your Approach:** [YOUR ...]``)."""
    if piece.rest.strip() and not is_placeholder(piece.rest):
        return False
    filled = [b for b in piece.blocks if b.text.strip() or b.rows]
    if not filled:
        return bool(piece.rest.strip())
    return all(b.kind in (PARAGRAPH, ITEM) and _blank(b) for b in filled)


def _blank(block: Block) -> bool:
    """A paragraph or item that is a blank: a placeholder, or a label over nothing or over a placeholder."""
    if block.lead:
        return not block.rest.strip() or is_placeholder(block.rest)
    return is_placeholder(block.text)
