"""An answer's structure written as numbered, timed steps: ``## The Framework: Driver + Evidence + Connection`` over
``### 1. Name your driver (10 seconds)``, ``### 2. Back it up with a story (20-30 seconds)``, ...

A coaching page lays out how to build its question's answer in steps, each sub-heading numbered and closed by the
time to spend on it. The text under each step says what to put there, often as a request to the reader ("Give a
brief example that proves it."): a template to follow, never questions of their own. The section, two numbered
steps or more that each give a time and none of which names a part of a story (``### Situation (30s)`` over a told
Situation is a story's part) or asks with a question mark, their text told nowhere as I or we (``### 1. Present (20
seconds)`` over ``I lead the payments team ...`` is an answer told in timed parts), is reported once as a template,
under a question or not.
"""

from __future__ import annotations

from .labels import slot
from .outline import Node
from .text import TIMING, split_number
from .voice import first_person, unquoted

_FEWEST = 2


def timed_steps(node: Node) -> bool:
    """Whether ``node``'s sub-sections are the numbered, timed steps of an answer's structure (see the module)."""
    children = node.children
    if len(children) < _FEWEST:
        return False
    for child in children:
        head = child.head.text if child.head is not None else ""
        if not head or head.rstrip()[-1:] not in ")]" or "?" in head or not TIMING.search(head):
            return False  # cheap first: a heading that does not close on a bracket gives no time
        number, rest = split_number(head.lstrip("#*_ "))
        if number is None or slot(rest) is not None:
            return False
    # "### 1. Present (20 seconds)" over "I lead the payments team ...": an answer told in timed parts, no template
    return not any(first_person(unquoted(block.text)) for child in children for block in child.blocks())
