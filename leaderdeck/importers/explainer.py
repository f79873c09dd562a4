"""A page's background section that explains terms: ``## Background`` over ``### Why panels differ`` and
``### What is a shadow interviewer?``.

A section labelled as the scene (Background, Context, Overview) sets up the questions of a case or page. When it
holds sub-sections of its own and one of their headings asks what something is or why (the page explaining its
terms), it is text about the page: reported, never a note's context. Inside a question it stays that question's.
"""

from __future__ import annotations

from .outline import Node
from .text import clean_title, is_question
from .unit import Loose

EXPLAINS = "background about the page, not part of a question"


def explainer(node: Node, name: str, inside_question: bool) -> Loose | None:
    """The report line for ``node``, a section labelled ``name``, when it explains the page (see the module
    docstring); ``None`` otherwise."""
    if name != "scenario" or inside_question or not node.children or node.head is None:
        return None
    if not any(child.head is not None and is_question(clean_title(child.head.text)) for child in node.children):
        return None
    return Loose(node.line, f"section '{clean_title(node.head.text)}'", EXPLAINS)
