"""A page's closing note to its readers: "*Found a mistake? Open an issue.*", "Questions? Comments? Reach out.",
"Happy interviewing!" after the last ``---`` rule, or over a social page's counts (``12 comments · 48 reposts``).

Web pages and shared notes end with a line or two that speak to whoever reads the page about the page itself
(corrections, feedback, contributions, sharing, good wishes). Written as a question ("Found a typo?", "Want more?")
such a line would be read as an interview question. The last paragraphs of a document, after a rule or written
wholly in italics, each short and about the page (:data:`_ABOUT_PAGE`), are set aside and reported. A list still
being written often closes on the writer saying so ("That's it for now. I'll add more as I go.", "More questions
coming soon"): such a line (:data:`_UNFINISHED`) is the page's note wherever it stands at the end, rule or not,
never a line of the last question's answer; so is a last paragraph opening on good wishes ("Good luck! 🍀").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, RULE
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
# "That's all for now", "I'll keep adding questions", "More to come", "To be continued": the list is not finished
_UNFINISHED = lazy_re(
    r"\bthat(?:['’]?s| is) (?:it|all) for now\b|\bto be continued\b"
    r"|\bi(?:['’]ll| will)(?: keep)? (?:add|adding|updat\w+)(?: more)?(?: questions| answers| to (?:this|it)"
    r"| (?:this|the) (?:list|page|post))\b|\badd(?:ing)? more (?:as i go|later|soon|over time)\b"
    r"|\bmore (?:questions |answers )?(?:to come|coming soon)\b"
    r"|\b(?:this|the) (?:list|page|post) (?:will be updated|is a work in progress)\b", re.IGNORECASE)
# "Good luck! 🍀", "Happy interviewing.", "Thanks for reading": a paragraph opening on good wishes closes the page
_WISH = lazy_re(r"^(?:good luck|best of luck|all the best|happy (?:interviewing|hunting|prepping|practi[cs]ing)"
                r"|thanks? (?:you )?for reading)\b", re.IGNORECASE)
# "12 comments · 48 reposts", "👏 1.2K claps | 9 responses": a social page's counts closing it, as a rule would
_COUNTS = lazy_re(r"^(?:\W{0,3}[\d.,]+[kKmM]?\s*(?:claps?|comments?|likes?|reposts?|shares?|views?|reactions?"
                  r"|responses?|upvotes?)\b\s*(?:[·|•,]\s*)?){1,4}$", re.IGNORECASE)
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
    after_rule = start > 0 and blocks[start - 1].kind is RULE or _counted(blocks[end - 1])
    footer = blocks[start:end] if after_rule else _set_off(blocks[start:end])
    if not footer or not after_rule and _under_heading(blocks, end - len(footer), footer):
        return list(blocks), []  # "## Conclusion" over "Thanks for reading ...": that section, read as one
    start = end - len(footer)
    return list(blocks[:start]), [Skipped(b.line, f"'{strip_emphasis(b.text.strip())[:60]}'", WHY) for b in footer]


def _under_heading(blocks: Sequence[Block], start: int, footer: Sequence[Block]) -> bool:
    """Whether a closing note set off by its words, not by italics, is the whole text of a section (a heading right
    above it): that section decides what it is."""
    plain = any(not _WHOLLY_EMPHASISED.match(b.text.strip()) for b in footer)
    return plain and start > 0 and blocks[start - 1].kind is HEADING


def _set_off(closing: Sequence[Block]) -> list[Block]:
    """The last of ``closing`` (paragraphs about the page, no rule above them) that are set off as the page's own:
    written wholly in italics, saying the list is unfinished, or opening on good wishes; a paragraph above them that only names a word of
    the page's (``... written comments first.``) stays where it is."""
    kept = len(closing)
    while kept > 0 and (_WHOLLY_EMPHASISED.match(closing[kept - 1].text.strip())
                        or _UNFINISHED.search(closing[kept - 1].text) or _WISH.match(closing[kept - 1].text.strip())):
        kept -= 1
    return list(closing[kept:])


def _closing(block: Block) -> bool:
    """A short paragraph at the margin, outside any quote or list, about the page."""
    text = block.text.strip()
    if block.kind is not PARAGRAPH or block.indent or block.quoted or block.lead:
        return False
    if "\n" in text and _counted(block):  # "Like this? Follow me." over "12 comments · 48 reposts"
        return all(_ABOUT_PAGE.search(line) for line in text.splitlines())
    return 0 < len(text) <= _LONGEST and "\n" not in text \
        and bool(_ABOUT_PAGE.search(text) or _UNFINISHED.search(text))


def _counted(block: Block) -> bool:
    """A paragraph ending on a line of a social page's counts (``12 comments · 48 reposts``)."""
    text = block.text.strip()
    return len(text) <= 2 * _LONGEST and bool(_COUNTS.match(text.rpartition("\n")[2].strip()))
