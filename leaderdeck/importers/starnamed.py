"""A numbered line naming a story after the method's word, over that story's parts as a list of its own:

    1. STAR — Shared release train

    - Situation: Four teams shipped on their own calendars.
    - Task: ...

The number counts the writer's stories and ``STAR —`` (or ``Story:``) announces one: the line is the story's
title, as ``**Shared release train**`` on a line of its own would be. Read as a list item, it would be text of
the story above (the next story's name ending up in the last one's Result) and the word STAR would make the story
read as an illustration of the method. It becomes a bold title line, so each story is a note of its own under
its name. Only when the very next block is a STAR part's label line (``- Situation: ...``); a numbered line
that asks, or names no story, stays as it is.

A numbered line bold as a whole (``1. **Leading the launch**``, as a chat assistant sets out its examples) over
such a list is the story's title too: the bold says it names what follows, as ``**1. Leading the launch**`` does.
A bold numbered line that asks (``2. **How do you ...?**``) stays a question.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .blocks import Block, ITEM, PARAGRAPH
from .labels import STAR_SLOTS, slot
from .text import is_question
from ..lazyre import lazy_re

# "STAR — name", "STAR: name", "Story — name", "STAR story: name" after the list's own number
_NAMED = lazy_re(r"^(?:STAR|S\.T\.A\.R\.?|Story|STAR\s+story)\s*[—–:-]\s*(?P<name>\S.{0,80})$")
_BOLD = lazy_re(r"^(?:\*\*|__)(?P<name>[^*_\n]{1,80}?)(?:\*\*|__)$")  # "**Leading the launch**", the whole line


def star_named(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each numbered ``STAR — name`` line right over a story's parts made that story's bold title
    line (see the module docstring); ``blocks`` itself when there is none."""
    found: dict[int, str] = {}
    for index in range(len(blocks) - 1):
        block = blocks[index]
        if block.kind is not ITEM or block.number is None or block.indent or block.quoted:
            continue
        text = block.text.strip()
        named = _NAMED.match(text)
        if named is None and block.bold and (named := _BOLD.match(text)) is not None and is_question(named["name"]):
            continue  # "2. **How do you ...?**": a question, no story's name
        after = blocks[index + 1]
        if named is None or after.kind not in (ITEM, PARAGRAPH) or not after.lead \
                or slot(after.lead) not in STAR_SLOTS:
            continue
        found[index] = named["name"].strip().rstrip(".")
    if not found:
        return blocks
    return [dataclasses.replace(block, kind=PARAGRAPH, number=None, bold=True, text=f"**{found[index]}**",
                                lead="", rest="") if index in found else block
            for index, block in enumerate(blocks)]
