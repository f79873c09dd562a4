"""An interview written as dialogue: ``**Interviewer:** "How would you ...?"`` over ``**Candidate:** "First I
would ...``.

The interviewer's turn that asks is the question and the candidate's turn right after it the answer, read like the
same lines labelled ``Q:`` and ``A:`` (the answer's quotes go, and its later paragraphs stay with it). A candidate's
turn that opens a heading's section, with no interviewer's turn above it (``# Motivation strategies`` over
``**Candidate:** "I set goals with each ..."``), is an answer too: the heading names what it answers. A speaker's
label standing alone on its line with an answer's own label still to come in the section (``**Candidate:**`` over
a word to the reader, then ``**Answer:**``) says nothing of its own: it is left out, never kept as coaching.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH
from .labels import normalise, slot
from .text import is_question, strip_emphasis
from ..lazyre import lazy_re

_ASKER = lazy_re(r"^(?:the )?(?:interviewer|hiring manager|recruiter|panel(?:ist)?|bar raiser)(?: \(.*\))?$")
# words a candidate's turn under a heading holds at least to be an answer ("**Candidate:** Sam Lee" is a form's field)
_LEAST_TURN_WORDS = 6
_ANSWERER = lazy_re(r"^(?:the )?(?:candidate|interviewee|applicant)(?: \(.*\))?$")


def speaker_turns(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each asking interviewer's turn labelled as a question, the candidate's turn after it as its
    answer, and a bare speaker's label over an answer still to come left out; ``blocks`` itself when none is."""
    changed: dict[int, Block | None] = {}
    for index, block in enumerate(blocks):
        if not block.lead:
            continue  # no speaker's label: most blocks
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if _asks(block) and following is not None and _speaks(following, _ANSWERER) and following.rest.strip():
            changed[index] = dataclasses.replace(block, lead="Q")
            changed[index + 1] = dataclasses.replace(following, lead="A")
        elif _speaks(block, _ANSWERER) and not block.rest.strip() and _answer_ahead(blocks, index):
            changed[index] = None
        elif index and blocks[index - 1].kind is HEADING and _speaks(block, _ANSWERER) \
                and len(block.rest.split()) >= _LEAST_TURN_WORDS:
            changed[index] = dataclasses.replace(block, lead="A")  # "## Motivation" over the candidate's turn
    if not changed:
        return blocks
    return [changed.get(index, block) for index, block in enumerate(blocks)
            if index not in changed or changed[index] is not None]


def _speaks(block: Block, speaker: re.Pattern[str]) -> bool:
    """Whether ``block`` is a paragraph labelled by a speaker matching ``speaker``."""
    return block.kind is PARAGRAPH and bool(block.lead) and bool(speaker.match(normalise(block.lead)))


def _asks(block: Block) -> bool:
    """An interviewer's turn whose words ask: ``**Interviewer:** "How would you handle ...?"``."""
    return _speaks(block, _ASKER) and is_question(strip_emphasis(block.rest).strip().strip("\"'\u201c\u201d"))


def _answer_ahead(blocks: Sequence[Block], index: int) -> bool:
    """Whether an ``Answer:`` label follows ``blocks[index]`` in its section, before the next heading."""
    for block in blocks[index + 1:]:
        if block.kind is HEADING:
            return False
        if block.lead and slot(block.lead) == "answer":
            return True
    return False
