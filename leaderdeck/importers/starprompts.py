"""A STAR key whose lines each carry a list of prompts: ``**S**ituation: Set the scene (2-3 sentences)`` over
``- Which team were you on?`` / ``- What was going wrong?``, then ``**T**ask: ...`` over its own prompts, and so on.

The key lines are labelled with the story's parts in their order (three or more: Situation, Task, Action,
Result, Learning), each one's text only saying what its part holds (a question word opens it, it asks, speaks to
"you", instructs or says how much to write). The items under them are the prompts of each part: short, told by
no "I" in the past, most of them asking or instructing. The whole key is a template: its prompts are no questions
of their own and the next key line is no answer of theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, PARAGRAPH, ITEM
from .labels import STAR_SLOTS, star_slot
from .starkey import describes
from .text import is_instruction, words
from .untold import is_sized
from .voice import first_person, in_past

_MIN_PARTS = 3
_MAX_PROMPT_WORDS = 15


def prompted_key_at(blocks: Sequence[Block], index: int) -> int:
    """How many blocks after ``blocks[index]`` belong to a STAR key with prompts opening there (see the module);
    0 when none opens there."""
    if _named_part(blocks[index]) is None or not _prompts_follow(blocks, index) \
            or (part := _key_part(blocks[index])) is None:
        return 0
    key = blocks[index]
    parts, last = 1, index
    prompts: list[Block] = []
    at = index + 1
    while at < len(blocks):
        block = blocks[at]
        under = block.indent >= key.indent + (key.kind is ITEM)  # nested under an item's key line
        if block.kind is ITEM and not block.quoted and under and _key_part(block) is None:
            prompts.append(block)
        elif _key_part(block) == _next(part) and block.indent == key.indent:
            part, parts = _next(part), parts + 1
        else:
            break
        last = at
        at += 1
    if parts < _MIN_PARTS or not prompts or not _prompting(prompts):
        return 0
    return last - index


def _key_part(block: Block) -> str | None:
    """The part of the story a key line names, when ``block`` is one."""
    part = _named_part(block)
    if part is None:
        return None
    text = block.rest.strip(" *_:")
    return None if _tells(text) else part if describes(text) or is_instruction(text) or is_sized(text) else None


def _named_part(block: Block) -> str | None:
    """The part of the story ``block`` names when it is a line of its own labelled with it, text after the label:
    a key line, unless its text tells the part rather than saying what it holds (:func:`_key_part`)."""
    if block.kind not in (PARAGRAPH, ITEM) or block.quoted or not block.lead \
            or "\n" in block.text:
        return None
    part = star_slot(block.lead)
    return part if part in STAR_SLOTS and block.rest.strip(" *_:") else None


def _prompts_follow(blocks: Sequence[Block], index: int) -> bool:
    """Whether an item that may be a prompt comes after the line ``blocks[index]`` before a block that could be
    neither a prompt nor one of the key's next lines (of which there are at most four): a test of the key's shape
    alone, before any line's words are read."""
    key = blocks[index]
    nested = key.indent + (key.kind is ITEM)  # the depth of the items under the key's lines
    lines = 0
    for at in range(index + 1, len(blocks)):
        block = blocks[at]
        if block.kind is ITEM and not block.quoted and block.indent >= nested:
            return True
        lines += 1
        if _named_part(block) is None or block.indent != key.indent or lines == len(STAR_SLOTS):
            return False
    return False


def _next(part: str) -> str:
    at = STAR_SLOTS.index(part) + 1
    return STAR_SLOTS[at] if at < len(STAR_SLOTS) else ""


def _prompting(prompts: list[Block]) -> bool:
    """Whether the items under the key lines are prompts: short, none telling what happened, most asking or
    instructing."""
    texts = [b.text.strip() for b in prompts]
    if any(words(t) > _MAX_PROMPT_WORDS or "\n" in t or _tells(t) for t in texts):
        return False
    return sum(1 for t in texts if describes(t) or is_instruction(t)) * 2 > len(texts)


def _tells(text: str) -> bool:
    """Told as I or we in the past: a story's line, not a prompt."""
    return first_person(text) and in_past(text)
