"""A title worded like a label in a numbered run of prompt titles that are none:

    **1. Raise the bar (8 min)**
    > "Walk me through a launch you argued to make bigger."
    **2. Share credit (8 min)**
    > "Describe a partner whose style clashed with yours."
    **3. Growth (4 min)**
    > "What habit did you drop this year?"

A script or bank numbers the titles of its prompts, each over the question asked under it. One of them may be
worded like a part of a story ("Growth" as what was learned, "Result"), and read as that label it is taken for a
story's part and its question is lost. In a run of three or more numbered sibling titles, numbered in order, fewer
than half of them worded like a label, and two at least of the others over a question, a label-worded title that
also sits over a question is a title like its siblings: its section is read as theirs are.
"""

from __future__ import annotations

from .blocks import PARAGRAPH
from .labels import slot
from .outline import Node
from .text import is_question

_MIN_ASKING = 2  # untitled siblings over a question, at least


def titles_in_run(numbered: list[tuple[Node, int]]) -> list[Node]:
    """The sections of a numbered run of siblings (:func:`.numberedheads.numbered_run`) whose label-worded title
    is one of a run of prompt titles (see the module docstring)."""
    if sum(1 for child, _ in numbered if _opens_on_text(child)) <= _MIN_ASKING:
        return []  # cheap: too few sections open on a line of text to hold two prompts and a label-worded one
    labelled = [child for child, _ in numbered if slot(child.head.text) is not None]
    if not labelled or 2 * len(labelled) >= len(numbered):
        return []
    apart = {id(child) for child in labelled}
    asking = sum(1 for child, _ in numbered if id(child) not in apart and _over_question(child))
    if asking < _MIN_ASKING:
        return []
    return [child for child in labelled if _over_question(child)]


def _opens_on_text(node: Node) -> bool:
    """Whether the section's first text is a paragraph, not quoted."""
    return bool(node.body) and node.body[0].kind is PARAGRAPH and not node.body[0].quoted


def _over_question(node: Node) -> bool:
    """Whether the section opens on a question of its own: its first text a paragraph that asks, not quoted."""
    return _opens_on_text(node) and is_question(node.body[0].text)
