"""Headings that ask about the candidate in the third person: the interviewer's criteria, not questions to answer.

A guide lists what the interviewer will judge as headings of their own::

    # What the CTO Is Evaluating
    ### Can this person lead through ambiguity?
    ### Is this someone others will want to work with?

Such a heading (a question about "this person", "the candidate", "they": :func:`.text.is_criterion`) with no
sub-section under it and nothing told in the first person under it is one of the signals of the questions around
it, labelled as what the interviewer looks for, with whatever it holds; where no question is around it, it is
reported with its section, as coaching for many questions.
"""

from __future__ import annotations

from .outline import Node
from .reading import CRITERIA
from .text import clean_title, is_criterion, is_question
from .unit import Piece
from .voice import first_person


def criterion_heading(node: Node) -> Piece | None:
    """The signals piece a heading asking about the candidate makes (see the module docstring), else ``None``."""
    if node.head is None or node.children:
        return None
    title = clean_title(node.head.text)
    if not title or not is_question(title) or not is_criterion(title):
        return None  # "## Candidate Information": about the candidate, but asking nothing
    if any(first_person(block.text) for block in node.body):
        return None
    return Piece("signals", node.line, CRITERIA, title, blocks=list(node.body))
