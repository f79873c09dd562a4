"""A page's background section that explains terms: ``## Background`` over ``### Why panels differ`` and
``### What is a shadow interviewer?``.

A section labelled as the scene (Background, Context, Overview) sets up the questions of a case or page. When it
holds sub-sections of its own and one of their headings asks what something is or why (the page explaining its
terms), it is text about the page: reported, never a note's context. So is such a section at the page's top level,
with no sub-sections, whose text speaks of the page itself (``## Overview`` over ``This guide is written for leaders
of several teams.``), when no section beside it names another part of a case (``## Challenges``, ``## Your task``):
the guide's introduction, not the scene of its questions; so is one whose text explains the STAR method (``STAR is a
structured approach ...``, ``The STAR method helps ...``) or says what its questions test (``Advanced behavioral
questions test strategic thinking ...``). Inside a question it stays that question's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .labels import CASE_PARTS, slot
from .outline import Node
from .pagefooter import PAGE_WORDS
from .text import clean_title, is_question
from .unit import Loose
from ..lazyre import lazy_re

EXPLAINS = "background about the page, not part of a question"
INTRODUCES = "the page's introduction, not part of a question"
# "This guide is written for ...", "In this post I ...": the page speaking of itself
_THIS_PAGE = lazy_re(rf"\bthis\s+{PAGE_WORDS}(?![\w-])", re.IGNORECASE)
# "STAR is a structured approach ...", "The STAR method helps you ...": the page explaining the method
# "These are VP-level questions that assess ...", "Behavioral questions test ...": the page speaking of its questions
_ITS_QUESTIONS = lazy_re(r"\b(?:these|the following|such|behaviou?ral|leadership|advanced|common|interview)"
                         r"(?:\s+[\w-]+)?\s+questions\s+(?:test|assess|probe|cover|check|gauge|measure|evaluate|look)",
                         re.IGNORECASE)
_THE_METHOD = lazy_re(r"\bSTAR(?:\s+(?:[Mm]ethod|[Tt]echnique|[Ff]ormat|[Ff]ramework|[Aa]pproach))?\s+(?:is|stands|helps|gives"
                      r"|keeps|lets|provides)\b")


def explainer(node: Node, name: str, inside_question: bool, beside: Sequence[Node] | None = None) -> Loose | None:
    """The report line for ``node``, a section labelled ``name``, when it explains the page (see the module
    docstring); ``None`` otherwise. ``beside``: the other sections at its level when it is at the page's top level."""
    if name != "scenario" or inside_question or node.head is None:
        return None
    if beside is not None and not node.children \
            and any(_THIS_PAGE.search(block.text) or _THE_METHOD.search(block.text) or _ITS_QUESTIONS.search(block.text)
                    for block in node.body) \
            and not any(other.head is not None and slot(clean_title(other.head.text)) in CASE_PARTS
                        for other in beside):  # "## Challenges", "## Your task" beside it: a case's background
        return Loose(node.line, f"section '{clean_title(node.head.text)}'", INTRODUCES)
    if not node.children:
        return None
    if not any(child.head is not None and is_question(clean_title(child.head.text)) for child in node.children):
        return None
    return Loose(node.line, f"section '{clean_title(node.head.text)}'", EXPLAINS)
