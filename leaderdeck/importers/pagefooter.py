"""A page's closing note to its readers: "*Found a mistake? Open an issue.*", "Questions? Comments? Reach out.",
"Happy interviewing!" after the last ``---`` rule, or over a social page's counts (``12 comments · 48 reposts``).

Web pages and shared notes end with a line or two that speak to whoever reads the page about the page itself
(corrections, feedback, contributions, sharing, good wishes). Written as a question ("Found a typo?", "Want more?")
such a line would be read as an interview question. The last paragraphs of a document, after a rule or written
wholly in italics, each short and about the page (:data:`_ABOUT_PAGE`), are set aside and reported; so is a last
line that opens wishing the reader luck or thanking them for reading ("Good luck!!"), rule or none above it, and
a note's sign-off closing it ("Cheers," over the writer's name), and a blog's box about its writer closing the page ("Written by Sam Rivera" over a line of bio and "More from ...").
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
# "12 comments · 48 reposts", "👏 1.2K claps | 9 responses": a social page's counts closing it, as a rule would
_COUNTS = lazy_re(r"^(?:\W{0,3}[\d.,]+[kKmM]?\s*(?:claps?|comments?|likes?|reposts?|shares?|views?|reactions?"
                  r"|responses?|upvotes?)\b\s*(?:[·|•,]\s*)?){1,4}$", re.IGNORECASE)
_WHOLLY_EMPHASISED = lazy_re(r"^(?:\*[^*\n].*\*|_[^_\n].*_)$")
WHY = "the page's note to its readers, not interview content"
# "Good luck!!", "All the best with your interviews!", "Thanks for reading! ...": the writer's wish or thanks to whoever
# reads, opening the line ("Good luck is no plan" goes on with a verb: a sentence of an answer)
_FAREWELL = lazy_re(r"^\W*(?:good luck|best of luck|all the best|happy (?:interviewing|hunting|prepping|practi[cs]ing)"
                    r"|thanks? (?:you )?(?:so much )?for reading|hope (?:this|it) helps)"
                    r"(?:\s*(?:[!.,:;)\-—–]|[^\w\s]|$)|\s+(?:with|in|on|for|to|and|everyone|all|folks|friends)\b)",
                    re.IGNORECASE)
# "Cheers,", "Best regards,", "Thanks!": a note's sign-off over its writer's name
_SIGN_OFF = lazy_re(r"^(?:cheers|thanks|thank you|many thanks|best|all the best|regards|(?:best|kind|warm) regards"
                    r"|best wishes|take care|good luck)\s*[,!.]?$", re.IGNORECASE)
_FAREWELL_LONGEST = 120  # characters: a line of good wishes
# "Written by Sam Rivera": a blog's box about its writer opens so, under the article
_WRITTEN_BY = lazy_re(r"^(?i:written by) (?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}$")


def page_footer(blocks: Sequence[Block]) -> tuple[list[Block], list[Skipped]]:
    """``blocks`` without the closing note to the page's readers (see the module), and the report lines for it."""
    if (box := _author_box(blocks)) < len(blocks):
        return list(blocks[:box]), [Skipped(blocks[box].line, "the writer's box at the page's end", WHY)]
    end = len(blocks)
    start = end
    while start > 0 and end - start < _MOST and _closing(blocks[start - 1]):
        start -= 1
    if start == end:
        return _farewell(blocks)
    after_rule = start > 0 and blocks[start - 1].kind is RULE or _counted(blocks[end - 1])
    footer = [b for b in blocks[start:end] if after_rule or _WHOLLY_EMPHASISED.match(b.text.strip())]
    if len(footer) != end - start:
        return _farewell(blocks)
    return list(blocks[:start]), [Skipped(b.line, f"'{strip_emphasis(b.text.strip())[:60]}'", WHY) for b in footer]


def _author_box(blocks: Sequence[Block]) -> int:
    """The index of a ``Written by Sam Rivera`` line among the last paragraphs of ``blocks`` when only short lines
    follow it (the writer's one-line bio, ``More from Sam Rivera``): where the page's box about its writer starts;
    ``len(blocks)`` when there is none."""
    for index in range(len(blocks) - 1, max(len(blocks) - _MOST - 2, -1), -1):
        block = blocks[index]
        if block.kind is not PARAGRAPH or block.indent or block.quoted or len(block.text) > _LONGEST:
            return len(blocks)
        if block.text.lstrip("*_ ")[:1] in "Ww" and _WRITTEN_BY.match(strip_emphasis(block.text.strip())):
            return index
    return len(blocks)


def _farewell(blocks: Sequence[Block]) -> tuple[list[Block], list[Skipped]]:
    """``blocks`` without their last paragraphs when they only sign off (``Cheers,`` over a name) or wish the reader
    well or thank them for reading (:data:`_FAREWELL`, short, at the margin), with or without a rule above them:
    under the last question or answer they would be read as that question's answer."""
    end = len(blocks) - _signed(blocks)
    last = blocks[end - 1] if end else None
    if last is not None and _plain_line(last) and _FAREWELL.match(text := strip_emphasis(last.text.strip())) \
            and not (end > 1 and blocks[end - 2].kind is HEADING):  # under "## Conclusion": the section says
        end -= 1
    if end == len(blocks):
        return list(blocks), []
    return list(blocks[:end]), [Skipped(b.line, f"'{' '.join(strip_emphasis(b.text).split())[:60]}'", WHY)
                                for b in blocks[end:]]


def _signed(blocks: Sequence[Block]) -> int:
    """How many of the last blocks sign the text off: ``Cheers,`` / ``Best,`` over a name of one to three words (two
    lines of plain text, or one paragraph), 0 when they do not."""
    last = blocks[-1] if blocks else None
    if last is None or last.kind is not PARAGRAPH or last.indent or last.quoted or len(last.text) > _FAREWELL_LONGEST:
        return 0
    lines = last.text.strip().split("\n")
    if len(lines) == 2:
        return 1 if _SIGN_OFF.match(lines[0].strip()) and _name(lines[1]) else 0
    above = blocks[-2] if len(blocks) > 1 else None
    return 2 if len(lines) == 1 and _name(lines[0]) and above is not None and _plain_line(above) \
        and above.end == last.line - 1 and _SIGN_OFF.match(above.text.strip()) else 0


def _plain_line(block: Block) -> bool:
    """A paragraph of one short line at the margin, outside any quote, with no label."""
    return block.kind is PARAGRAPH and not block.indent and not block.quoted and not block.lead \
        and len(block.text) <= _FAREWELL_LONGEST and "\n" not in block.text.strip()


def _name(line: str) -> bool:
    """A line that is only a name (one to three capitalised words, a dash before it or not: ``— Priya``)."""
    words = line.strip().lstrip("-—– ").split()
    return 0 < len(words) <= 3 and all(word[:1].isupper() and word.replace(".", "").isalpha() for word in words)


def _closing(block: Block) -> bool:
    """A short paragraph at the margin, outside any quote or list, about the page."""
    text = block.text.strip()
    if block.kind is not PARAGRAPH or block.indent or block.quoted or block.lead:
        return False
    if "\n" in text and _counted(block):  # "Like this? Follow me." over "12 comments · 48 reposts"
        return all(_ABOUT_PAGE.search(line) for line in text.splitlines())
    return 0 < len(text) <= _LONGEST and "\n" not in text and bool(_ABOUT_PAGE.search(text))


def _counted(block: Block) -> bool:
    """A paragraph ending on a line of a social page's counts (``12 comments · 48 reposts``)."""
    text = block.text.strip()
    return len(text) <= 2 * _LONGEST and bool(_COUNTS.match(text.rpartition("\n")[2].strip()))
