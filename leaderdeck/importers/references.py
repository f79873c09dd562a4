"""Links to the writer's own notes: an Obsidian embed (``![[note#section]]``), a wiki link (``[[note]]``,
``[[note|alias]]``) or a link to a file beside the document (``[Tell me about yourself](./001_yourself.md)``).

A question written as such a link is its text; a line made only of such links under a question points to where
the answer is written: a reference kept as a tip ("See: note#section"), not the answer. Links to the web
(``https://...``) are not the writer's notes and are read as before, but for a question written wholly as one
(``- [Tell me about a time you failed](https://blog.example/failed.html)``, the writer's answer posted elsewhere):
its words are the question, the link a reference under it.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote as url_unquote
from ..lazyre import lazy_re

_WIKI = lazy_re(r"(?P<embed>!?)\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<alias>[^\[\]\n]*))?\]\]")
# a relative target: no scheme, not an anchor of this page; a title after the path is allowed
_LOCAL = lazy_re(r"(?<!!)\[(?P<text>[^\[\]\n]*)\]\((?P<target>(?![a-z][a-z0-9+.-]*:|www\.|#)[^()\s]+"
                 r"(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\)", re.IGNORECASE)
_BETWEEN = lazy_re(r"^[\s,;·|/*_-]*$")  # emphasis round the links too: "_[Caching](./caching.md)_"
# a word pointing to the links after it: "_Cross-ref: [Caching](./caching.md)_", "See also: [[hiring]]"
_POINTING = r"see(?: also)?|cross[- ]?ref(?:erence)?s?|refs?|references?|related|more|read more|details"
_POINTER = lazy_re(rf"^[\s*_]*(?:(?:{_POINTING})[*_]*\s*:[*_]*|see(?: also)?\s(?=\s*\[))\s*", re.IGNORECASE)  # "See [..](..)"
_POINTER_WORD = lazy_re(rf"^(?:{_POINTING})$", re.IGNORECASE)


def is_pointer(label: str) -> bool:
    """Whether ``label`` is a word that points to links after it ("Cross-ref", "See also")."""
    return bool(_POINTER_WORD.match(label.strip(" *_:")))
# a line that is one link to the web and nothing else, bold or italic round it allowed
_WEB_LINE = lazy_re(r"^(?P<mark>[*_]{0,2})\[(?P<text>[^\[\]\n]+)\]\((?P<target>(?:https?://|www\.)[^()\s]+)"
                    r"(?:\s+\"[^\"\n]*\")?\)(?P=mark)$", re.IGNORECASE)
# "[Back to top](#contents)", "[CheatSheet](#cheatsheet)": a link to an anchor of this very page
_PAGE_LINK = lazy_re(r"\[[^\[\]\n]*\]\(#[^()\s]*\)")
# any link that is not an image: "[Five traits](https://example.com/five.html)"
_ANY_LINK = lazy_re(r"(?<!!)\[(?P<text>[^\[\]\n]*)\]\((?P<target>[^()\s]+)(?:\s+\"[^\"\n]*\")?\)")
# what may stand round such links: separators, emphasis (``**[⬆ Back to Top](#question)**``) and arrows
_AROUND_MARKS = ",;·|/*_()-"  # the separators and emphasis of :data:`_AROUND_PAGE_LINKS`; glyphs (``🔝``) by their kind
# an inline HTML tag set round such links on a README: "<sub>", '<p align="right">', "</div>"
_INLINE_TAG = lazy_re(r"</?(?:sub|sup|small|b|strong|em|i|p|div|span|kbd)\b[^<>\n]*>", re.IGNORECASE)
_AROUND_PAGE_LINKS = lazy_re("^[\\s,;·|/*_\u2191\u2b06\u21e7\u25b2\u2934\ufe0f-]*$")


def link_text(text: str) -> str:
    """``text`` with each link to the writer's own notes read as what it shows: ``[[note|alias]]`` as "alias",
    ``[[note]]`` as "note", ``[Why now?](./why.md)`` as "Why now?"; embeds stay."""
    if "[" not in text:
        return text
    text = _LOCAL.sub(lambda m: m["text"] or m["target"], text)
    return _WIKI.sub(lambda m: m.group(0) if m["embed"] else (m["alias"] or m["target"]).strip(), text)


def without_addresses(text: str) -> str:
    """``text`` with every Markdown link, to a page of the web too, read as the words it shows
    (``[Five traits](https://example.com/five.html)`` as "Five traits"): a heading named in a report line."""
    return _ANY_LINK.sub(lambda m: m["text"] or m["target"], link_text(text)) if "](" in text else text


def references(line: str) -> tuple[str, ...]:
    """What ``line`` points to when it holds nothing but links to the writer's own notes, each as a tip's words
    ("note#section", "Salary notes (./salary.md)"); ``()`` when it holds anything else."""
    if "[[" not in line and "](" not in line:
        return ()  # no link of either kind: most lines
    found: list[tuple[int, str]] = []
    for match in _WIKI.finditer(line):
        found.append((match.start(), match["target"].strip()))
    for match in _LOCAL.finditer(line):
        target = url_unquote(match["target"])
        said = match["text"].strip()
        found.append((match.start(), f"{said} ({target})" if said and said != target else target))
    rest = _LOCAL.sub(" ", _WIKI.sub(" ", _POINTER.sub("", line, count=1)))
    if not found or not _BETWEEN.match(rest):
        return ()
    return tuple(words for _, words in sorted(found))


def web_linked(line: str) -> tuple[str, str] | None:
    """``(words, address)`` of ``line`` when it is wholly one link to the web (``[Tell me about ...](https://...)``),
    else ``None``."""
    if "](" not in line:
        return None  # no link: most lines
    found = _WEB_LINE.match(line.strip())
    return (found["text"].strip(), found["target"]) if found else None


def trailing_references(line: str) -> tuple[str, str]:
    """``(text, links)``: the links to the writer's own notes that close ``line`` ("Why now？[[why-now|more]]")
    split from the text before them; ``(line, "")`` when none closes it or nothing comes before them."""
    if "[[" not in line and "](" not in line:
        return line, ""  # no link of either kind: most lines
    ends = [m for m in (*_WIKI.finditer(line), *_LOCAL.finditer(line))]
    cut = len(line.rstrip())
    for match in sorted(ends, key=lambda m: m.start(), reverse=True):
        if match.end() < cut and not _BETWEEN.match(line[match.end():cut]):
            break
        cut = match.start()
    before, links = line[:cut].rstrip(), line[cut:].strip()
    return (before, links) if before and links and references(links) else (line, "")


def is_page_link(text: str) -> bool:
    """Whether ``text`` is only links to places on the same page (``[Back to top](#contents)``, ``[Prev](#a) |
    [Next](#b)``, ``**[⬆ Back to Top](#top)**``): a way around the page, nothing a card can use."""
    if "](#" not in text or not _PAGE_LINK.search(text):
        return False
    rest = _PAGE_LINK.sub(" ", text)
    if "<" in rest:  # "<sub>[🔝 Back to index](#index)</sub>", '<p align="right">…</p>': the tags set round it
        rest = _INLINE_TAG.sub(" ", rest)
    return bool(_AROUND_PAGE_LINKS.match(rest)) \
        or all(c.isspace() or c in _AROUND_MARKS or unicodedata.category(c) in ("So", "Sk", "Mn") for c in rest)


def tip(line: str) -> str:
    """The tip a line of references becomes: "See: note#section; other note"."""
    return "See: " + "; ".join(references(line))
