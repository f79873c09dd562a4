"""Plain text: a list of prompts typed one a line under a label naming them (``Questions:``, ``问题：``).

A bank's author pastes the prompts they collected under such a label, one a line, with no blank line, no number
and no bullet: some ask (``你为什么想换工作？``), others only name the story to tell (``Disagree with manager``,
``带新人的经验``). Under the label, in a run of three lines or more where two or more ask on their own, every line
is a prompt of its own: a line that does not ask is not the answer of the line above it, and a CJK line is not half
of a sentence wrapped onto the next one. A line told as I (``I``, ``my``, ``我``) is the writer's own note and
stays what it was. The run ends at a blank line or a labelled line.
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, PARAGRAPH
from .labels import slot
from .text import is_question
from .voice import first_person

_MIN_LINES = 3
_MIN_ASKING = 2


def listed_prompts(blocks: list[Block]) -> list[Block]:
    """``blocks`` of a plain-text document with each line of a labelled list of prompts read as a ``Q:`` line
    (see the module)."""
    out = list(blocks)
    labels = [index for index, block in enumerate(blocks)  # only a text ending with a colon may be such a label
              if block.text.rstrip().endswith((":", "：")) and _names_questions(block)]
    for index in labels:
        run = _run(blocks, index + 1)
        if len(run) < _MIN_LINES or sum(1 for b in run if is_question(b.text)) < _MIN_ASKING:
            continue
        for at, line in enumerate(run, index + 1):
            if not first_person(line.text) and "我" not in line.text:
                out[at] = dataclasses.replace(line, text=f"Q: {line.text}", lead="Q", rest=line.text, prompt=True)
    return out


def _names_questions(block: Block) -> bool:
    """A line of its own that labels what follows as questions: ``Questions:``, ``问题：``."""
    text = block.text.strip()
    return block.kind is PARAGRAPH and block.plain and "\n" not in text and text.endswith((":", "："))\
        and slot(text.rstrip(":： ")) == "question"


def _run(blocks: list[Block], start: int) -> list[Block]:
    """The unlabelled plain lines from ``start``, each right under the one before (no blank line between)."""
    run: list[Block] = []
    for block in blocks[start:]:
        if block.kind is not PARAGRAPH or not block.plain or block.lead \
                or block.line != (run[-1].end + 1 if run else blocks[start - 1].end + 1):
            break
        run.append(block)
    return run
