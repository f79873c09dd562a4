"""A heading that only labels the question under it: ``## Question`` over ``Tell me about a time ...``.

An interview kit kept in Confluence or Notion often gives each part of a question's page a heading of its own:
``## Question``, ``## What we look for``, ``## Red flags``, ``## Sample answer``. The parts' headings are labels the
importer reads; the question's would be a section with no question in its name, and its text a lone question
apart from the coaching around it. A heading whose words are only the question's label (``Question``,
``Interview question``, ``Prompt``; up to three words, no question mark) right over a paragraph that asks is a
heading asking that question (``## Tell me about ...``), and the label headings after it at its level
(``## Red flags``, ``## Answer``, up to three words each) are its sub-sections, one level down with what they
hold: a page of ``## Question`` then ``## Answer`` pairs gives each question its own answer. A paragraph that opens
with an item's number (``1.What is ...?`` over its answer) is the first question of a numbered bank under a
``# Questions`` heading: the heading stays the bank's, and the question and its answer are read as the next ones.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import HEADING, PARAGRAPH, Block
from .labels import slot
from .text import is_question, split_number


def question_heads(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each heading that labels the question under it made a heading asking it (see the module
    docstring)."""
    if not any(block.kind is HEADING and _label(block) == "question" for block in blocks):
        return blocks
    out: list[Block] = []
    skip = False
    under = 0  # the level of the question heading whose label headings are being moved down, else 0
    for index, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        if block.kind is not HEADING:
            out.append(block)
            continue
        if index + 1 < len(blocks) and _asks_below(block, blocks[index + 1]):
            out.append(replace(block, text=blocks[index + 1].text, end=blocks[index + 1].end))
            skip, under = True, block.level
            continue
        if under and (block.level > under or block.level == under and _label(block) not in (None, "question")):
            out.append(replace(block, level=min(block.level + 1, 6)))
            continue
        under = 0 if block.level <= under else under
        out.append(block)
    return out


def _label(heading: Block) -> str | None:
    """The slot a heading of up to three words, with no question mark, labels; ``None`` for any other heading."""
    text = heading.text.strip().rstrip(":")
    return slot(text) if 0 < len(text.split()) <= 3 and "?" not in text else None


def _asks_below(heading: Block, below: Block) -> bool:
    """Whether ``heading`` is only the question's label and ``below`` a paragraph that asks, with no label."""
    return (below.kind is PARAGRAPH and not below.lead and below.indent == heading.indent
            and _label(heading) == "question" and is_question(below.first_line) and not _numbered(below))


def _numbered(below: Block) -> bool:
    """Whether ``below`` opens with an item's number (``1.What is ...?``, its mark glued to the words so it
    reads as a paragraph): the first question of a numbered bank under a ``# Questions`` heading, not the one
    question a label heading names."""
    return below.text[:1].isdigit() and split_number(below.first_line)[0] is not None
