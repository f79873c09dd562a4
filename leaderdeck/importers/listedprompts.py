"""Plain text: a list of prompts typed one a line under a label naming them (``Questions:``, ``问题：``).

A bank's author pastes the prompts they collected under such a label, one a line, with no blank line, no number
and no bullet: some ask (``你为什么想换工作？``), others only name the story to tell (``Disagree with manager``,
``带新人的经验``). Under the label, in a run of three lines or more where two or more ask on their own, every line
is a prompt of its own: a line that does not ask is not the answer of the line above it, and a CJK line is not half
of a sentence wrapped onto the next one. A line told as I (``I``, ``my``, ``我``) is the writer's own note and
stays what it was. The run ends at a blank line or a labelled line.

A file of situations to discuss may be nothing but such a run, with no label over it: one situation a line
(``A report tells you they are interviewing elsewhere.``), a few of them closing on a question (``How do you set
expectations?``). When the whole text is one run of five lines or more with no blank line, two or more of its lines
ask, none is told as I, and its first line is a sentence that neither asks nor speaks of questions (an answer never
opens a file), every line is a prompt of its own, not the answer of the question above it.
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, PARAGRAPH
from .labels import slot
from .text import is_question
from .voice import first_person
from ..lazyre import lazy_re

_MIN_LINES = 3
_MIN_ASKING = 2
_QUOTED = lazy_re(r'"[^"\n]*"|“[^”\n]*”')  # words quoted from someone else
_MIN_WHOLE = 5  # lines of a file that is one unlabelled run of prompts, at the least
_MIN_OPENING_WORDS = 6  # words of its first line, a sentence


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
                out[at] = _prompt(line)
    if not labels and _whole_run(blocks):
        out = [_prompt(line) for line in blocks]
    return out


def _prompt(line: Block) -> Block:
    """``line`` read as a ``Q:`` line: a prompt of its own."""
    return dataclasses.replace(line, text=f"Q: {line.text}", lead="Q", rest=line.text, prompt=True)


def _whole_run(blocks: list[Block]) -> bool:
    """Whether the whole text is one unlabelled run of situations, one a line (see the module)."""
    if len(blocks) < _MIN_WHOLE or not blocks[0].kind is PARAGRAPH or not blocks[0].plain or blocks[0].lead:
        return False
    run = [blocks[0], *_run(blocks, 1)]
    if len(run) != len(blocks) or any("\n" in b.text.strip() for b in run):
        return False
    first = blocks[0].text.strip()
    if is_question(first) or len(first.split()) < _MIN_OPENING_WORDS or "question" in first.casefold():
        return False
    return sum(1 for b in run if is_question(b.text)) >= _MIN_ASKING \
        and not any(first_person(_QUOTED.sub(" ", b.text)) or "我" in b.text for b in run)  # a quote's "I" is not the writer's


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
