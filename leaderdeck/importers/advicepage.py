"""Paragraphs of advice under a question, on a page that gives advice instead of answers.

A guide lists questions and, under each, how to answer it: a list of advice under one (read as its tips by
:mod:`.advice`), a lone paragraph under another::

    ### What is your greatest weakness?
    * Pick a weakness you are fixing.
    * Don't offer a strength in disguise.

    ### What are your strengths?
    Pick strengths that match the job posting.

On a page where some question's text is such a list of advice, a question whose only text is paragraphs of
advice has that advice as its tips, and no answer: every paragraph advises the reader (an imperative, or words to
"you"; told by no "I" or "we"; asking nothing), and one opens with an imperative in capitals or gives the words to
say (a quotation right under a lead-in such as "reply with a question such as:", which may be the coaching read
above it). On a page of answers, an answer worded to "you" (``Name the work no team asked for.``) stays an answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from .advice import ADVICE_START, advises, is_advice_list
from .blocks import Block, PARAGRAPH
from .labels import COACH_SLOTS
from .quoting import words_to_say
from .text import is_instruction, plain_words
from .unit import Piece, Unit


def advice_alike(units: Sequence[Unit]) -> None:
    """On a page where a question's text is a list of advice (its tips), each question whose only text is
    paragraphs of advice gets them as its tips (see the module docstring)."""
    if not any(p.slot == "tips" and is_advice_list(p.blocks) for unit in units for p in unit.pieces):
        return
    for unit in units:
        own = [p for p in unit.pieces if p.slot not in COACH_SLOTS]
        if not unit.question or unit.sections or not own \
                or any(p.slot is not None or p.rest.strip() for p in own):
            continue
        blocks = [b for p in own for b in p.blocks]
        above = [b for p in unit.pieces if p.slot in COACH_SLOTS for b in p.blocks if b.line < blocks[0].line] \
            if blocks else []
        if _advice_paragraphs(blocks, max(above, key=lambda b: b.line, default=None)):
            unit.pieces = [p for p in unit.pieces if p not in own]
            unit.pieces.extend(Piece("tips", b.line, blocks=[b]) for b in blocks if b.text.strip())


def _advice_paragraphs(blocks: Sequence[Block], above: Block | None) -> bool:
    """Paragraphs that all advise the reader, a quotation of words to say under its lead-in counting with it (the
    lead-in may be ``above`` them), one opening with an imperative in capitals or giving such words."""
    filled = [b for b in blocks if b.text.strip() or b.rows]
    if not filled:
        return False
    strong = False
    for before, block in zip([above, *filled], filled):
        if before is not None and block.kind is PARAGRAPH and before.kind is PARAGRAPH \
                and advises(before) and words_to_say(block.text, before.text):
            strong = True
            continue
        if not advises(block):
            return False
        text = " ".join(plain_words(block.text).split())
        strong = strong or text[:1].isupper() and bool(ADVICE_START.match(text) or is_instruction(text))
    return strong
