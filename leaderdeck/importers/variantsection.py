"""A section asked only by its list of phrasings, among labelled questions.

A manager's question bank often gives each theme a heading, a ``**Question:**`` line, what the interviewer looks
for, how to answer, the pitfalls, and a list of other ways the question is asked::

    ## Handling an Escalation
    **Question:** Two of your leads complain about each other. What do you do?
    **What the interviewer looks for:** ...
    **Question variations:**
    - How do you settle a quarrel in your team?

One theme may lack the ``**Question:**`` line (``## Letting Someone Go`` over its coaching and
``**Question variations:** - Have you ever fired anyone? ...``). Read as a title over coaching, its coaching went
to every question of the page and its phrasings to the next theme's question. Such a section is a question: its
first phrasing that asks becomes its question (reported, to be changed if another fits better), the others its
variants, the heading its name, the coaching its own.
A section is so read when its heading asks nothing and is no label of ours, it has no sub-section, its own text
has no question line but a labelled list of phrasings that ask and a line saying what to look for, and a section
beside it has a labelled question line (the page's shape); a lone such section elsewhere stays what it was.
"""

from __future__ import annotations

from .blocks import ITEM, PARAGRAPH
from .labels import slot
from .outline import Node
from .parts import label_of
from .text import clean_title, is_question


def variant_sections(node: Node) -> dict[Node, str]:
    """The sub-sections of ``node`` asked only by their list of phrasings (see the module docstring), each with
    its first phrasing that asks."""
    if len(node.children) < 2:
        return {}
    found, labelled = {}, False
    for child in node.children:
        slots = _slots(child)
        if "question" in slots:
            labelled = True
        elif {"signals", "variants"} <= slots and (asked := _first_asked(child)):
            found[child] = asked
    return found if labelled else {}


def _slots(node: Node) -> set[str]:
    """The labels of the paragraphs of ``node``'s own text, when it is a leaf section under a heading that asks
    nothing and is no label; empty otherwise. The text's labels are read first: a section labelled with neither a
    question nor phrasings (a story's parts, most sections) needs no look at its heading."""
    if node.head is None or node.children:
        return set()
    slots = set()
    for block in node.body:
        if block.kind == PARAGRAPH and not block.indent and (label := label_of(block)) is not None:
            slots.add(label[0])
    if "question" not in slots and not {"signals", "variants"} <= slots:
        return set()
    head = clean_title(node.head.text)
    if not head or is_question(head) or slot(head) is not None:
        return set()
    return slots


def _first_asked(node: Node) -> str:
    """The first item that asks in the section's labelled list of phrasings; ``""`` when none asks."""
    after = False
    for block in node.body:
        if block.kind == PARAGRAPH and (label := label_of(block)) is not None:
            after = label[0] == "variants"
        elif after and block.kind == ITEM and is_question(text := block.text.strip()):
            return text
    return ""
