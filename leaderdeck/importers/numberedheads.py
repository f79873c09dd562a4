"""Numbered question headings that do not ask, in a run of numbered headings that do:

    ### 1. About yourself / strengths / weaknesses
    ### 2. Where do you see yourself in five years?
    ### 3. Received harsh feedback:
    ### 4. Why do you want this job?

A bank numbers its questions; a prompt of the same bank written as a topic list or ending in ``:`` carries a
number of the run like the others. When at least half the sibling headings of a run of three or more numbered in order ask (two at least),
each numbered one that does not (and is no label, ``### 3. Situation``) is a question of the bank too.
"""

from __future__ import annotations

from .labels import slot
from .outline import Node
from .text import clean_title, is_question, split_number, strip_emphasis, strip_symbols, words

_MIN_RUN = 3
_MAX_WORDS = 16  # a prompt, not a sentence of text made a heading


def numbered_run(children: list[Node]) -> list[tuple[Node, int]]:
    """The sibling sections of ``children`` whose headings are numbered, with their numbers, when three or more are
    and the numbers run in order, none repeated; else none."""
    if len(children) < _MIN_RUN:
        return []
    numbered = [(child, number) for child in children if child.head is not None
                and (number := split_number(strip_emphasis(strip_symbols(child.head.text)))[0]) is not None]
    if len(numbered) < _MIN_RUN:
        return []
    numbers = [number for _, number in numbered]
    return numbered if numbers == sorted(set(numbers)) else []  # out of order or repeated: no run of one bank


def numbered_prompts(numbered: list[tuple[Node, int]]) -> list[Node]:
    """The sections of a :func:`numbered_run` headed by a numbered prompt that does not ask, in a run of numbered
    sibling headings at least half of which ask."""
    if not numbered:
        return []
    asking: set[int] = set()
    for read, (child, _) in enumerate(numbered, start=1):
        if is_question(clean_title(child.head.text)):
            asking.add(id(child))
        elif 2 * (len(asking) + len(numbered) - read) < len(numbered):
            return []  # fewer than half can ask now: no need to read the rest
    if len(asking) < 2 or 2 * len(asking) < len(numbered):
        return []
    return [child for child, _ in numbered if id(child) not in asking and slot(child.head.text) is None
            and 0 < words(clean_title(child.head.text)) <= _MAX_WORDS]
