"""A page's closing note to its readers: "*Found a mistake? Open an issue.*", "Questions? Comments? Reach out.",
"Happy interviewing!" after the last ``---`` rule.

Web pages and shared notes end with a line or two that speak to whoever reads the page about the page itself
(corrections, feedback, contributions, sharing, good wishes). Written as a question ("Found a typo?", "Want more?")
such a line would be read as an interview question. The last paragraphs of a document, after a rule or written
wholly in italics, each short and about the page (:data:`_ABOUT_PAGE`), are set aside and reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, PARAGRAPH, RULE
from .text import strip_emphasis
from ..lazyre import lazy_re

_MOST = 3  # closing paragraphs looked at, from the end
_LONGEST = 200  # characters: a closing note is a line or two
_ABOUT_PAGE = lazy_re(
    r"\b(?:typos?|mistakes?|errors?|feedback|suggestions?|corrections?|contribut\w*|pull requests?|PRs?"
    r"|(?:open|file|raise) an issue|star (?:this|the) repo\w*|give (?:it|this|us) a star|share (?:this|it)"
    r"|subscribe|newsletter|follow (?:me|us)|comments?|reach out|let (?:me|us) know|get in touch"
    r"|happy (?:interviewing|hunting|prepping|practi[cs]ing)|good luck|thanks? (?:you )?for reading"
    r"|(?:last )?(?:updated|edited|reviewed) (?:on|in)\b)", re.IGNORECASE)
_WHOLLY_EMPHASISED = lazy_re(r"^(?:\*[^*\n].*\*|_[^_\n].*_)$")
WHY = "the page's note to its readers, not interview content"


def page_footer(blocks: Sequence[Block]) -> tuple[list[Block], list[Skipped]]:
    """``blocks`` without the closing note to the page's readers (see the module), and the report lines for it."""
    end = len(blocks)
    start = end
    while start > 0 and end - start < _MOST and _closing(blocks[start - 1]):
        start -= 1
    if start == end:
        return list(blocks), []
    after_rule = start > 0 and blocks[start - 1].kind is RULE
    footer = [b for b in blocks[start:end] if after_rule or _WHOLLY_EMPHASISED.match(b.text.strip())]
    if len(footer) != end - start:
        return list(blocks), []
    return list(blocks[:start]), [Skipped(b.line, f"'{strip_emphasis(b.text.strip())[:60]}'", WHY) for b in footer]


def _closing(block: Block) -> bool:
    """A short paragraph at the margin, outside any quote or list, about the page."""
    text = block.text.strip()
    return block.kind is PARAGRAPH and not block.indent and not block.quoted and not block.lead \
        and 0 < len(text) <= _LONGEST and "\n" not in text and bool(_ABOUT_PAGE.search(text))
