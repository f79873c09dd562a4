"""An interview's running order: a list whose entries each end with the time they take.

Hiring pages tell candidates (or remind interviewers) how an interview goes: ``* Introduction (~five minutes)``,
``* Why us? — We talk about why you want to join. (~15 minutes)``, ``* Time for your questions (10 min)``. Such a
list is the interview's agenda, process and not questions to prepare, though an entry may ask ("Why us?") or say
what will be asked ("We'll ask you to describe ..."). A list of three entries or more, at least half of them
timed, most of them asking nothing, is set aside and reported line by line. A mock interview's list of questions
with a time for each ("Tell me about yourself (2 min)") asks in most entries and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, ITEM
from .text import clean_title, is_question
from ..lazyre import lazy_re

WHY = "the interview's agenda, its running order, not a question"
_FEWEST = 3  # timed entries: an agenda, not one question given a time
_NUMBER = r"(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty)"
# "(~five minutes)", "(15-20 minutes)", "(about 10 min)", "(1 hour)": the time an entry takes, closing it
_TIMED = lazy_re(rf"\((?:~\s*|about |approx\.? |approximately |up to )?{_NUMBER}\s*(?:min|mins|minutes?|hours?|hrs?)"
                 r"\.?\)\W*$", re.IGNORECASE)


def _timed(block: Block) -> bool:
    """A list entry whose text ends with the time it takes (a closing bracket first: a cheap test)."""
    text = block.text.rstrip(" .*_")
    return text.endswith(")") and bool(_TIMED.search(text))


def _agenda(run: Sequence[Block]) -> bool:
    """The entries of one list: three or more timed, at least half of them, most asking nothing."""
    own = [block for block in run if block.indent == run[0].indent]
    timed = sum(1 for block in own if _timed(block))
    if timed < _FEWEST or 2 * timed < len(own):
        return False
    asking = sum(1 for block in own if is_question(clean_title(block.first_line)))
    return 2 * asking < len(own)


def agenda_lists(blocks: Sequence[Block]) -> tuple[list[Block], list[Skipped]]:
    """``blocks`` without the lists that give an interview's running order, and a report line for each entry."""
    kept: list[Block] = []
    skipped: list[Skipped] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind is not ITEM:
            kept.append(block)
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind is ITEM and blocks[end].indent >= block.indent:
            end += 1
        run = blocks[index:end]
        if _agenda(run):
            skipped.extend(Skipped(b.line, f"'{clean_title(b.first_line)[:60]}'", WHY) for b in run)
        else:
            kept.extend(run)
        index = end
    return kept, skipped
