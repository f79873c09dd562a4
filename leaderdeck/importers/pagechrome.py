"""A web page's lines about itself: its reading time and when it was published or last updated, the writer's
byline (``By Dana Reyes · 6 min read · Mar 3, 2025``), its own buttons and cookie notice (``Share    Sign in``,
``We use cookies to ... Accept all``), links to its neighbours (``Next article: ...``) and its picture's credit
(``Photo by Ana Ruiz on Unsplash``).

Blog posts and guides show ``*5 min read*``, ``⏱ Reading time: 4 minutes`` or ``Last updated: March 2025`` under
their title; copied or exported with the text, such a line sits where a story's competency chips or a question's
answer would start. A paragraph that is only such a line is set aside and reported. A line of the page's buttons
holds their words and nothing else; a cookie notice names cookies and what to do with them in a sentence or two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, ITEM, PARAGRAPH
from .text import plain_words
from ..lazyre import lazy_re

_LONGEST = 60  # characters: a chip of the page, not a sentence
_CHROME = lazy_re(
    r"^\W*(?:\d{1,3}[ -]?(?:min|mins|minutes?)(?: read| reading)(?: time)?"
    r"|(?:estimated )?(?:reading time|time to read|read time)\s*[:：-]?\s*(?:~\s*)?\d{1,3}\s*(?:min|mins|minutes?)\.?"
    r"|(?:last )?(?:updated|modified|published|posted)(?: on)?\s*[:：-]?\s*(?:\S.{0,30})?\d{4}(?:[-/.]\d{1,2}){0,2}\.?)\W*$", re.IGNORECASE)
WHY = "the page's reading time or date, not interview content"
BYLINE = "the page's byline, not interview content"
_BYLINE_LONGEST = 140
_SEPARATORS = lazy_re(r"\s+[·|•]\s+")
# "By Dana Reyes", "Posted by Sam Ito, VP Engineering": the writer's name, capitalised, a role after a comma
_BY = lazy_re(r"^(?:(?:posted|written|published) )?by (?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}(?:, [^,]{1,40})?$",
              re.IGNORECASE)
_DATE = lazy_re(r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
                r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2})$",
                re.IGNORECASE)
_FOLLOW = lazy_re(r"^\W*(?:follow|subscribe)\W*$", re.IGNORECASE)  # the button next to a writer's name
_HEAD = 8  # blocks: the top of a page, where its byline's date and dots stand on lines of their own
_DOTS = frozenset({"·", "•", "|", "—", "–"})
_SITES = frozenset({"medium", "substack", "linkedin", "dev.to", "hashnode", "follow", "member-only story"})


def _byline(line: str) -> bool:
    """``By Dana Reyes · 6 min read · Mar 3, 2025``, ``Posted by Sam Ito, VP Engineering | LinkedIn``: the writer's
    name with the page's reading time, date or site, and nothing else."""
    if len(line) > _BYLINE_LONGEST or not line[:1].isalpha():
        return False
    parts = [part.strip(" *_") for part in _SEPARATORS.split(line)]
    if not _BY.match(parts[0]) or (len(parts) == 1 and "," in parts[0]):
        return False
    return all(_CHROME.match(part) or _DATE.match(part) or part.casefold() in _SITES for part in parts[1:])
_BUTTON = (r"(?:share|sign in|sign up|log in|login|log out|register|subscribe|follow|menu|search|home|print|save"
           r"|copy link|tweet|email|accept all|reject all|accept|decline|skip to (?:main )?content|back to top)")
# "Next article: Why do you want to leave?", "« Previous post", "Older posts": a link to the page's neighbours
_NEIGHBOUR = lazy_re(r"^\W{0,3}(?:(?:next|previous|prev|older|newer) (?:article|post|page|story|chapter|lesson)s?"
                     r"|read next|up next)\b\s*(?:[:»›→-]|$)", re.IGNORECASE)
# "Photo by Ana Ruiz on Unsplash", "Image credit: Pexels": the credit of the page's picture, a caption of the page
_CREDIT = lazy_re(r"^\W{0,3}(?:(?:cover |header |featured )?(?:photo|image|illustration|picture)s?"
                  r" (?:by|courtesy of)\s+\S.{0,60}|(?:photo|image) credits?\s*[:：-]\s*\S.{0,60})$",
                  re.IGNORECASE)
# "Was this page helpful?  Yes  No": the page asking its reader for a vote, its buttons after it
_HELPFUL = lazy_re(r"^was this (?:page|article|post|answer|guide) (?:helpful|useful)\s*\??(?:\s+(?:yes|no))*\s*$",
                   re.IGNORECASE)
_BUTTONS = lazy_re(rf"^\W*{_BUTTON}(?:\W+{_BUTTON})*\W*$", re.IGNORECASE)  # "Share    Sign in", "Menu | Search"
# a page speaking of its own cookies: "We use cookies ...", "This site uses cookies", "Accept all cookies",
# "Cookie settings" (not an answer that speaks of cookies in general)
_COOKIES = lazy_re(r"\b(?:we|this (?:site|website|page)|our (?:site|website))\s+uses?\s+cookies\b"
                   r"|\b(?:accept|allow|reject)\s+(?:all\s+)?cookies\b|\bcookie\s+(?:settings|preferences|policy|notice)\b",
                   re.IGNORECASE)
_FEW = 8  # words: a row of buttons
_NOTICE = 200  # characters: a cookie notice is a sentence or two
_WHY_BUTTONS = "the page's own buttons or cookie notice, not interview content"


def page_chrome(blocks: Sequence[Block]) -> tuple[list[Block], list[Skipped]]:
    """``blocks`` without the paragraphs that only give the page's reading time or date, and the report lines."""
    kept: list[Block] = []
    skipped: list[Skipped] = []
    for number, block in enumerate(blocks):
        text = block.text
        if number < _HEAD and block.kind is PARAGRAPH and not block.indent and len(text) <= _LONGEST \
                and _dated(text.strip()):
            skipped.append(Skipped(block.line, f"'{text.strip()}'", WHY))  # "Mar 3, 2025" / "·" under the title
            continue
        if block.kind is PARAGRAPH and len(text) <= _BYLINE_LONGEST and block.indent == 0 and "\n" not in text \
                and (len(text) <= _LONGEST and _CHROME.match(line := plain_words(text).strip())
                     or text[:1] in "*_BbPpWw" and _byline(line := plain_words(text).strip())):
            skipped.append(Skipped(block.line, f"'{line}'", BYLINE if _BY.match(line.split("·")[0].strip()) else WHY))
        elif (block.kind is PARAGRAPH or block.kind is ITEM) and len(text) <= _NOTICE and block.indent == 0 \
                and not block.lead and (block.kind is PARAGRAPH or len(text.split()) > 1) \
                and _buttons(text):  # a text dump indents them: an item (of two words or more, counted last)
            if kept and _FOLLOW.match(text) and _named(kept[-1], block):  # "Sam Rivera" over "Follow": the byline
                skipped.append(Skipped(kept[-1].line, f"'{kept.pop().text.strip()}'", BYLINE))
            skipped.append(Skipped(block.line, f"'{' '.join(text.split())[:60]}'", _WHY_BUTTONS))
        else:
            kept.append(block)
    return kept, skipped


def _named(block: Block, button: Block) -> bool:
    """A line right above ``button`` that is only a name (two to four capitalised words): the writer's, next to
    the page's button to follow them."""
    words = block.text.split()
    return block.kind is PARAGRAPH and block.end == button.line - 1 and 2 <= len(words) <= 4 \
        and all(word[:1].isupper() and word.replace(".", "").replace("-", "").replace("'", "").isalpha()
                for word in words)


def _dated(text: str) -> bool:
    """A line that is only a date (``Mar 3, 2025``) or only the dot a byline's parts are set apart with."""
    return text in _DOTS or text[:1].isalnum() and text[-1:].isdigit() and _DATE.match(text) is not None


def _buttons(text: str) -> bool:
    """A line of the page's buttons, a link to the next or previous page, its picture's credit, or its cookie notice
    (checked only on a line naming one of them)."""
    if text.lstrip("«‹←< ")[:1] in "NnPpOoRrUu" and _NEIGHBOUR.match(text) \
            or text[:1] in "Ww" and _HELPFUL.match(text):
        return True
    if text.lstrip("*_ ")[:1] in "PpIiCcHhFf" and not text.rstrip().endswith("?") \
            and _CREDIT.match(plain_words(text).strip()):
        return True
    folded = text.casefold()
    if "cookie" in folded:
        return not text.rstrip().endswith("?") and _COOKIES.search(text) is not None
    return len(text) <= _LONGEST and len(text.split()) <= _FEW and _BUTTONS.match(plain_words(text).strip()) is not None
