"""A reply the candidate may give, quoted under one of a question's numbered options.

A coaching page answers a question by several ways to reply, each a sub-heading that numbers an option and a
quoted line the candidate would say::

    ## "What are your salary expectations?"

    ### Option 1: Turn it around

    "Before I name a figure, I'd like to know the band you planned. Can you share it?"

The quoted paragraph is the candidate's line, part of the question's answer, even when it asks the interviewer
something (turning the question around is one way to reply): the heading over it numbers an option
(``Option 1: ...``, ``Strategy 2``, ``Approach B - ...``, ``Estrategia 3: ...``: one word, then a number or a
capital letter, then a name or nothing) rather than naming a question, a follow-up, a story or a scenario, and it
sits inside the section of the question it answers, and holds only such quoted paragraphs.
"""

from __future__ import annotations

from .blocks import Block, HEADING, PARAGRAPH
from .labels import slot
from .outline import Node
from .quoting import inside_quotes
from ..lazyre import lazy_re

_OPTION = lazy_re(r"^(?P<word>[^\W\d_][\w'’-]{2,})\s+(?:\d{1,2}|[A-Z])(?:\s*[:.)–—-]\s*\S.{0,80})?$")
_NOT_OPTIONS = frozenset({"question", "title", "scenario", "variants", "followups", "noise"})


def option_heading(block: Block | None) -> bool:
    """``block`` is a sub-heading that numbers one of a question's options (see the module docstring)."""
    if block is None or block.kind is not HEADING:
        return False
    match = _OPTION.match(block.text.strip().strip("*_").strip())
    return match is not None and slot(match["word"]) not in _NOT_OPTIONS


def option_reply(child: Node) -> bool:
    """``child``, a sub-section of a question, is one of its options: an option's heading over paragraphs wholly in
    quotes and nothing else (a quoted question with an answer under it is a question of its own)."""
    return not child.children and bool(child.body) and option_heading(child.head) \
        and all(block.kind is PARAGRAPH and inside_quotes(block.text.strip()) for block in child.body)
