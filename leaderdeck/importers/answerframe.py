"""A page's own section on how to build the answer, set apart from its questions: advice, not an answer.

A coaching page often explains, before its example questions, how an answer should be built::

    ## Suggested Answer Structure                  <- names an answer's structure, outside any question
    To succeed, build your answer in three steps:
    ### 1. Keep it to about a minute
    ### 2. Show what you learned about the team
    ### 3. Say what you bring

    ## Example Questions and Answers
    ### "Why do you want to join this team?"      <- the page's question and its sample answer

Read as a label of the answer, the section went into the answer of the page's one question, ahead of its own
sample. A section whose heading names the structure, outline or framework of an answer (``Suggested answer
structure``, ``Answer framework``), that stands outside any question and sets its steps out in sub-sections, is
the page's tips; under a question, such a label is still that question's answer (a sample shaped as an outline).
"""

from __future__ import annotations

import re

from .outline import Node
from .text import clean_title
from ..lazyre import lazy_re

_FRAME = lazy_re(r"\b(?:structure|outline|skeleton|shape|framework|template)s?\s*:?\s*$", re.IGNORECASE)


def frames_answers(node: Node, inside_question: bool) -> bool:
    """Whether ``node``, a section labelled as an answer, is the page's advice on an answer's structure (see the
    module docstring)."""
    if inside_question or node.head is None or not any(child.head is not None for child in node.children):
        return False
    return _FRAME.search(clean_title(node.head.text)) is not None
