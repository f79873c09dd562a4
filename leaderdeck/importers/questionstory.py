"""A ``Question`` heading over one question, right above a sibling heading naming a story told in parts:

    ## Question
    - Tell me about a time you needed something from a team that would not answer.
    ## Story: Docs generator
    Situation: ...
    Task: ...

The writer puts the question and the story that answers it under two headings side by side. Read apart, the
question is a draft with no answer and the story a note with no question (or, its labels misspelt, text under no
question at all). They are one note: the story's heading heads it, the question becomes its ``Question:`` line.
The ``Question`` section must hold that one asking line and nothing else, and the story's section at least two
STAR parts and no question of its own; a ``Questions`` section over a list stays a list of questions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .blocks import Block, HEADING, ITEM, PARAGRAPH
from .labels import STAR_SLOTS, slot
from .text import is_question, strip_emphasis

_MIN_PARTS = 2


def question_over_story(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each ``Question`` heading over one question and a story's heading after it made one section
    (see the module docstring); ``blocks`` itself when there is none."""
    found = [index for index in range(len(blocks) - 2) if blocks[index].kind is HEADING and _joins(blocks, index)]
    if not found:
        return blocks
    out: list[Block | None] = list(blocks)
    for index in found:
        label, asked, story = blocks[index], blocks[index + 1], blocks[index + 2]
        question = strip_emphasis(asked.text.strip())
        out[index] = dataclasses.replace(label, text=story.text)
        out[index + 1] = dataclasses.replace(asked, kind=PARAGRAPH, indent=0, number=None, bold=False,
                                             text=f"**Question:** {question}", lead="Question", rest=question)
        out[index + 2] = None
    return [block for block in out if block is not None]


def _joins(blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index]`` is a ``Question`` heading over one asking line, then a story's heading of its level."""
    label, asked, story = blocks[index], blocks[index + 1], blocks[index + 2]
    if label.kind is not HEADING or story.kind is not HEADING or story.level != label.level \
            or asked.kind not in (PARAGRAPH, ITEM) or asked.indent or asked.quoted or "\n" in asked.text.strip():
        return False
    if label.text.strip(" *_:").lower() != "question" or not is_question(asked.text) or is_question(story.text):
        return False
    parts = 0
    for block in blocks[index + 3:]:
        if block.kind is HEADING and block.level <= story.level:
            break
        if block.kind in (PARAGRAPH, ITEM) and is_question(block.text):
            return False
        parts += block.lead != "" and slot(block.lead) in STAR_SLOTS
    return parts >= _MIN_PARTS
