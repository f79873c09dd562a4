"""A heading that quotes a request as the name of a group of questions listed under it:

    ### Part 2: Your path so far ("Talk me through your career")
    * **Example questions:**
      * "How did you end up in your current role?"
      * "Which move taught you the most?"

A heading that quotes a question is read as asking it (``## How to answer "Why this company?"``). A quoted
request that does not end in a question mark, over a label line naming no coaching and two or more listed
questions of the section's own, names the kind of question the section covers: the listed questions are the notes,
each a draft, and the heading is their group, never a question answered by the list.
"""

from __future__ import annotations

from .blocks import Block, ITEM, PARAGRAPH
from .labels import slot
from .outline import Node
from .guidelists import put_to_candidate
from .text import quoted_question

_LEAST = 2
_GROUPING = frozenset({None, "question", "container"})  # a label over questions, not over follow-ups or coaching


def names_asked_group(node: Node) -> bool:
    """Whether ``node``'s heading quotes a request that names the group of questions listed under it (see the
    module docstring)."""
    asked = quoted_question(node.head.text)
    if not asked or asked.rstrip().endswith(("?", "？")):
        return False
    body = node.body
    for index, block in enumerate(body):
        if block.kind is ITEM and block.prompt and _listed(body, index) >= _LEAST:
            return True  # example questions of a guide's list (:mod:`.guidelists`)
        if block.kind is PARAGRAPH and block.lead and not block.rest and slot(block.lead) in _GROUPING \
                and _listed(body, index + 1) >= _LEAST:
            return True
    return False


def _listed(body: list[Block], start: int) -> int:
    """How many of the list items right after ``start`` in ``body`` (a list at the margin) ask, or quote what is
    put to the candidate."""
    listed = 0
    for block in body[start:]:
        if block.kind is not ITEM:
            break
        listed += not block.indent and (block.prompt or put_to_candidate(block.rest or block.text))
    return listed
