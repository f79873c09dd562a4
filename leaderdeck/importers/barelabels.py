"""A coaching label typed as a bare line over the questions it introduces, under a question's heading:
``## Tell me about a time you pushed back.`` / ``What they're actually testing`` / ``Do you argue the point without
making it personal? Do you come with a fallback plan?`` / ``Your example to build from`` / the answer.

A label in bold (``**What they're actually testing**``) is read as one, and the questions under it as its coaching.
A saved web page writes its labels as plain lines (a ``<div>`` styled as a label), and so do plain notes: without
the bold, the questions under the line would read as a new question taking the rest of the card. Under a heading
that asks, a line is such a label when it stands alone as a paragraph of one line, ends with no punctuation, is a
few words our labels read as coaching (what is tested, red flags, tips, follow-ups) and the next block is a
paragraph made only of questions, or any paragraph with a line of the same shape after it that names no coaching
(``Your example to build from``: the next label of the card, which bounds the coaching). It is read as the label it
is (``**What they're actually testing:**``), and that next line as a bold title line, which ends the coaching,
unless labelled parts follow it (``**S:** ...``): those end the coaching themselves.

After the answer (not the section's first block), such a line is a box's label (``🎯 Staff signal to hit`` over
what the interviewer listens for) when one paragraph follows it that ends the section or comes right before a
labelled paragraph (``**Don't say:** ...``, the next box): the paragraph is that label's coaching, not more answer.
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, bold, HEADING, PARAGRAPH
from .labels import COACH_SLOTS, slot
from .text import is_question, only_questions
from ..lazyre import lazy_re

_MAX_WORDS = 8
_UNCLOSED = lazy_re(r"[\w'’)]$")  # no stop, colon or question mark after the label's last word


def coaching_label_lines(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each bare coaching label over a paragraph of questions read as a label (see the module)."""
    out = list(blocks)
    heading: Block | None = None  # the last heading, asked whether it asks only under a bare line (most have none)
    start = 0  # the index of the last heading
    for index, block in enumerate(blocks[:-1]):
        if block.kind is HEADING:
            heading, start = block, index
        elif heading is not None and _bare_line(block) and is_question(heading.text) \
                and slot(block.text.strip()) in COACH_SLOTS \
                and (_questions(blocks[index + 1]) or _paragraph(blocks[index + 1]) and _sibling(blocks, index + 2)
                     or index > start + 1 and _box(blocks, index + 1)):
            label = block.text.strip()
            out[index] = dataclasses.replace(block, text=f"**{label}:**", lead=label, rest="")
            if _next_label(blocks, index + 2):
                out[index + 2] = _bolded(blocks[index + 2])
    return out


def _box(blocks: list[Block], index: int) -> bool:
    """``blocks[index]`` is one paragraph (its own bold lead-in naming none of our labels) that ends the section or
    is followed by a labelled paragraph (``**Don't say:** ...``): a box after the answer, its label the bare line
    over it."""
    body = blocks[index]
    if body.kind is not PARAGRAPH or body.quoted or body.lead and slot(body.lead) is not None:
        return False
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return after is None or after.kind is HEADING \
        or after.kind is PARAGRAPH and bool(after.lead) and slot(after.lead) is not None


def _paragraph(block: Block) -> bool:
    """``block`` is a plain paragraph (no label of its own)."""
    return block.kind is PARAGRAPH and not block.lead and not block.bold


def _sibling(blocks: list[Block], index: int) -> bool:
    """``blocks[index]`` is a bare line that names no coaching and does not ask: the next label of the card."""
    return index < len(blocks) and _bare_line(blocks[index]) and not is_question(blocks[index].text) \
        and slot(blocks[index].text.strip()) not in COACH_SLOTS


def _next_label(blocks: list[Block], index: int) -> bool:
    """``blocks[index]`` is a bare line that labels what follows it, and what follows carries no label of its own
    (``**S:** ...`` parts end the coaching themselves)."""
    return index + 1 < len(blocks) and _sibling(blocks, index) and not blocks[index + 1].lead


def _bolded(block: Block) -> Block:
    """``block`` as a bold title line."""
    return dataclasses.replace(block, text=bold(block.text.strip()), bold=True)


def _bare_line(block: Block) -> bool:
    """A paragraph of one short line with no label, emphasis or closing punctuation."""
    if block.kind is not PARAGRAPH or block.lead or block.bold or block.quoted or block.indent:
        return False  # most blocks: known without reading their text
    text = block.text.strip()
    return "\n" not in text and 0 < len(text.split()) <= _MAX_WORDS \
        and bool(_UNCLOSED.search(text)) and not text.startswith(("*", "_", "`", "[", "<"))


def _questions(block: Block) -> bool:
    """``block`` is a paragraph made only of questions."""
    return block.kind is PARAGRAPH and not block.lead and only_questions(block.text)
