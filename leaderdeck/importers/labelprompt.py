"""A heading that only numbers a question (``## Q24``, ``### Question 7:``) over the short prompt it numbers:

    ## Q24

    Two of your leads want opposite designs for the new queue.

    What do you do?

    ---

The heading says a question follows and the lines under it are that question, set as a scene and an ask (or a
scene alone: ``## Q25`` over ``Sales and support disagree on the roadmap.`` puts that case to the reader). Read
apart, the scene is text under a heading asking nothing, reported and lost, and only a bare ``What do you do?``
is left, asked as often as the document asks it. The prompt is the heading's instead: ``Q24. Two of your leads ...
What do you do?``, read as a heading that numbers itself as a question.

Only when everything under the heading, up to the next heading or rule, is one to four single-line paragraphs of
at most :data:`_MOST_WORDS` words in all, none labelled (``Answer:``), none told as I or we (an answer), and not
each a question of its own (those are read as questions already).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, RULE
from .text import only_questions, strip_emphasis
from .voice import first_person
from ..lazyre import lazy_re

_NUMBERED = lazy_re(r"^(?:Q|Question)\s*#?\s*\d{1,3}\s*[.:)]?$", re.IGNORECASE)
_MOST_PARAGRAPHS = 4
_MOST_WORDS = 80


def label_prompts(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each heading that only numbers a question made that question, the prompt under it joined
    to it (see the module docstring); ``blocks`` itself when there is none."""
    found: dict[int, int] = {}  # heading's index -> the index after its prompt
    for index, block in enumerate(blocks):
        if block.kind is HEADING and len(block.text) <= 16 and _NUMBERED.match(strip_emphasis(block.text).strip()):
            end = _prompt_end(blocks, index + 1)
            if end is not None:
                found[index] = end
    if not found:
        return blocks
    out: list[Block] = []
    skip_to = 0
    for index, block in enumerate(blocks):
        if index < skip_to:
            continue
        if index in found:
            prompt = " ".join(b.text.strip() for b in blocks[index + 1:found[index]])
            label = strip_emphasis(block.text).strip().rstrip(".:)")
            out.append(dataclasses.replace(block, text=f"{label}. {prompt}", end=blocks[found[index] - 1].end))
            skip_to = found[index]
        else:
            out.append(block)
    return out


def _prompt_end(blocks: Sequence[Block], start: int) -> int | None:
    """The index after the prompt starting at ``start`` when the blocks from there to the next heading or rule
    are one (see the module docstring), else ``None``."""
    end = start
    while end < len(blocks) and blocks[end].kind not in (HEADING, RULE):
        block = blocks[end]
        if block.kind is not PARAGRAPH or block.indent or block.lead or block.bold or "\n" in block.text.strip() \
                or end - start >= _MOST_PARAGRAPHS:
            return None
        end += 1
    body = [block.text.strip() for block in blocks[start:end]]
    if not body or sum(len(text.split()) for text in body) > _MOST_WORDS or any(map(first_person, body)) \
            or all(map(only_questions, body)):
        return None
    return end
