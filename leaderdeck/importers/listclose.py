"""A labelled heading line after a question's listed answer opens something new, not more of that answer.

Plain notes often read ``What do you do?``, then the answer as a list (``1. ...``, ``2. ...``), a blank line,
and then a line at the margin like ``EM -: Leadership type questions...`` over an empty bullet (a group the
writer meant to fill). That line is a ``Label: phrase`` heading: its text after the label is a short phrase,
no sentence, and it either names questions or has nothing of its own under it (the end, an empty bullet, a rule,
a question). It is no answer of the question above; it stays text (reported), and so does what is under it.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM, RULE
from .parts import label_of
from .questions import question_of
from .text import is_question, words
from .unit import Unit
from .voice import first_person
from ..lazyre import lazy_re

_MAX_WORDS = 8
_ELLIPSIS = lazy_re(r"(?:…|\.{2,})\s*$")
_SENTENCE_END = (".", ",", ";", "!", ":")
_WORD = lazy_re(r"\w")
_NAMES_QUESTIONS = lazy_re(r"\b(?:questions|prompts)\b|问题|問題", re.IGNORECASE)


def opens_after_list(unit: Unit | None, previous: Block | None, block: Block, following: Block | None) -> bool:
    """Whether ``block`` (plain text) is a ``Label: phrase`` heading standing apart after the list that is all of
    ``unit``'s answer so far: no more of that answer."""
    if unit is None or not unit.question or unit.from_item or previous is None or previous.kind is not ITEM \
            or previous.end >= block.line - 1 or not _listed_answer(unit):
        return False
    if block.kind is not PARAGRAPH or not block.plain or block.quoted or block.indent \
            or not block.lead or "\n" in block.text.strip() or label_of(block) is not None:
        return False
    phrase = _ELLIPSIS.sub("", block.rest.strip()).strip()
    if not phrase or words(phrase) > _MAX_WORDS or phrase.endswith(_SENTENCE_END) or is_question(phrase) \
            or first_person(phrase):
        return False
    return bool(_NAMES_QUESTIONS.search(phrase)) or _nothing_under(following)


def _listed_answer(unit: Unit) -> bool:
    """``unit``'s answer so far is list items and nothing else, none of them labelled."""
    blocks = [b for p in unit.pieces for b in p.blocks]
    return bool(blocks) and all(p.slot is None and not p.rest for p in unit.pieces) \
        and all(b.kind is ITEM for b in blocks)


def _nothing_under(following: Block | None) -> bool:
    """What comes next is not text of the heading's own: the end, a rule, an empty bullet or a question."""
    return following is None or following.kind is RULE \
        or following.kind is ITEM and not _WORD.search(following.text) \
        or question_of(following) is not None
