"""A bold-label paragraph that introduces the next run of numbered questions: ``12 - What are your goals?`` (no
answer), then ``**Experience questions**: These questions help the panel judge ...``, then ``1 - Tell me about a
project you led.``.

The numbering starting again at 1 right under it makes the paragraph the next group's introduction, about the
questions that follow; it is no answer of the unanswered question above it (which stays a draft) unless it is told
as I. The paragraph is then reported as text of the page.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, ITEM
from .text import is_question, strip_emphasis
from .unit import Unit
from ..lazyre import lazy_re

_NUMBER = lazy_re(r"^\s*(\d{1,3})\s*(?:[-.)–—:]\s*)+(?=\S)")  # "12 - ", "3. ", "4) "
_TOLD = lazy_re(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine)\b")  # told as I: the writer's own answer


def introduces_group(unit: Unit | None, block: Block, following: Block | None) -> bool:
    """Whether ``block``, after ``unit`` (a numbered question with no answer yet), is a bold label's paragraph
    over a numbered question that starts the numbering again at 1: the next group's introduction."""
    if unit is None or not unit.question or any(not p.empty for p in unit.pieces) or following is None:
        return False
    if block.kind is not PARAGRAPH or not block.lead or not block.rest.strip() or block.quoted \
            or _TOLD.search(block.rest):
        return False
    number = unit.number if unit.number is not None else _number(unit.question)
    restart = following.number if following.kind is ITEM else _number(following.text)
    asked = _NUMBER.sub("", strip_emphasis(following.text)).strip()
    return number is not None and number > 1 and restart == 1 and is_question(asked)


def _number(text: str) -> int | None:
    """The number a question's text opens with (``12 - What ...?``), if any."""
    found = _NUMBER.match(strip_emphasis(text))
    return int(found.group(1)) if found else None
