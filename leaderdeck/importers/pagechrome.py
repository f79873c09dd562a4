"""A web page's lines about itself: its reading time and when it was published or last updated.

Blog posts and guides show ``*5 min read*``, ``⏱ Reading time: 4 minutes`` or ``Last updated: March 2025`` under
their title; copied or exported with the text, such a line sits where a story's competency chips or a question's
answer would start. A paragraph that is only such a line is set aside and reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, PARAGRAPH
from .text import plain_words
from ..lazyre import lazy_re

_LONGEST = 60  # characters: a chip of the page, not a sentence
_CHROME = lazy_re(
    r"^\W*(?:\d{1,3}[ -]?(?:min|mins|minutes?)(?: read| reading)(?: time)?"
    r"|(?:estimated )?(?:reading time|time to read|read time)\s*[:：-]?\s*(?:~\s*)?\d{1,3}\s*(?:min|mins|minutes?)\.?"
    r"|(?:last )?(?:updated|modified|published|posted)(?: on)?\s*[:：-]?\s*(?:\S.{0,30})?\d{4}(?:[-/.]\d{1,2}){0,2}\.?)\W*$", re.IGNORECASE)
WHY = "the page's reading time or date, not interview content"


def page_chrome(blocks: Sequence[Block]) -> tuple[list[Block], list[Skipped]]:
    """``blocks`` without the paragraphs that only give the page's reading time or date, and the report lines."""
    kept: list[Block] = []
    skipped: list[Skipped] = []
    for block in blocks:
        text = block.text
        if block.kind is PARAGRAPH and len(text) <= _LONGEST and block.indent == 0 and "\n" not in text \
                and _CHROME.match(line := plain_words(text).strip()):
            skipped.append(Skipped(block.line, f"'{line}'", WHY))
        else:
            kept.append(block)
    return kept, skipped
