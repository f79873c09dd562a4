"""A bare line after a labelled part's list, over lines of another kind: a new topic, not more of the part.

Notes kept in one file read ``### Action`` over the writer's numbered points, and then, apart, a short line of
its own (``Interview prep``, a noun phrase: no sentence, no label, asking nothing) over lines about something
else (``Strengths: ...``, ``Three words: ...``), none of them told as I or we. That line heads another topic the
writer jotted below the answer: it and what follows it are no part of the answer, and are reported as text.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, ITEM
from .parts import label_of
from .told import names
from .voice import first_person
from ..lazyre import lazy_re

_MAX_WORDS = 8
_MAX_CJK_CHARS = 16
_PUNCTUATION = lazy_re(r"[:：。；，、！？!?;,.()（）]")
_SPACED = lazy_re(r"\s")


def topic_tail(blocks: list[Block]) -> int | None:
    """The index in ``blocks`` (a labelled part's text) of a bare heading-like line after the part's list, over
    more lines none of which is told as I or we; None when there is none."""
    for index in range(1, len(blocks) - 1):
        block, previous = blocks[index], blocks[index - 1]
        if previous.kind is ITEM and _bare(block) \
                and not any(first_person(b.text) for b in blocks[index:]) \
                and all(b.kind is PARAGRAPH and not b.indent for b in blocks[index:]):
            return index
    return None


def _bare(block: Block) -> bool:
    """A paragraph of one short line, outside any list or quote, that is no label, sentence or question."""
    text = block.text.strip()
    if block.kind is not PARAGRAPH or block.indent or block.quoted or block.lead or block.bold \
            or "\n" in text or _PUNCTUATION.search(text) or label_of(block) is not None:
        return False
    short = len(text) <= _MAX_CJK_CHARS if not _SPACED.search(text) else True
    return short and names(text, _MAX_WORDS, 1)
