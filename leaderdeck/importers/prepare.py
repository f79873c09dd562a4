"""A document's text made ready to read: its lines cleaned, and whether they are Markdown or plain text.

What :func:`.reader.read_document_text` does before it reads any block, apart from the rules that read them: a child
reading a large document ahead (:mod:`.readahead`) imports this and the reader of the text's own kind, not the
other's (plain text needs no Markdown parser).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from itertools import accumulate
from pathlib import PurePath

from .asciidoc import ASCIIDOC_SUFFIXES, asciidoc_lines
from .deflists import definitions_read
from .document import Cleaned, clean
from .escapedheads import unescaped_heads
from .gridtables import ungridded
from .grouplines import group_lines
from .orgfile import ORG_SUFFIXES, org_lines
from .orgheads import org_heads
from .paddedmarks import unpadded_marks
from .refence import refenced
from .wholefence import unfenced
from ..lazyre import lazy_re

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".mdown", ".mkd"})
# outline formats read as Markdown once their marks are made Markdown's, by the file's suffix
_OUTLINES = {**dict.fromkeys(ORG_SUFFIXES, org_lines), **dict.fromkeys(ASCIIDOC_SUFFIXES, asciidoc_lines)}
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = lazy_re(r"^\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_ATX = lazy_re(r"^\s{0,3}#{1,6}\s+\S")
_BOLD = lazy_re(r"\*\*\S[^*\n]*\*\*|__\S[^_\n]*__")
_FENCE = lazy_re(r"^\s{0,3}(```|~~~)")
_LINK = lazy_re(r"\[[^\]\n]+\]\([^)\s]+\)")
_MARK_STARTS = "#`~*_]"  # the first characters of what a line must hold for :func:`_signals` to find anything


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document made ready to read into blocks: its lines cleaned, whether they are plain text, and the lines
    read (plain text: the cleaned lines; Markdown: those lines grouped and their fences mended)."""

    cleaned: Cleaned
    plain: bool
    lines: tuple[str, ...]


def prepared(text: str, name: str = "") -> Prepared:
    """``text`` made ready to read (see :func:`.reader.read_document_text`)."""
    page = is_web_page(text, name)
    if page:
        from ..htmlmd import page_to_markdown  # BeautifulSoup and markdownify: only for web pages

        text = page_to_markdown(text)
    wrapped = None if page else unfenced(text)  # the whole document inside one fence of prose: its content
    cleaned = clean(wrapped[0] if wrapped else text)
    outline = None if page or wrapped else _OUTLINES.get(PurePath(name).suffix.casefold())
    if outline is not None:  # an Org or AsciiDoc file: its headings and blocks written as Markdown's
        lines, aside = outline(cleaned.lines)
        cleaned = dataclasses.replace(cleaned, lines=lines, aside=tuple(sorted((*cleaned.aside, *aside))))
        plain = False
    elif wrapped:  # the fence's language names no document's format: its content says Markdown or plain text
        plain = not wrapped[1] and not is_markdown(cleaned.lines, "")
    else:
        plain = not page and not is_markdown(cleaned.lines, name)
    if plain:
        return Prepared(cleaned, plain, cleaned.lines)
    lines = unpadded_marks(definitions_read(unescaped_heads(cleaned.lines)))
    return Prepared(cleaned, plain, refenced(group_lines(ungridded(org_heads(lines)))))


def outline_format(name: str) -> str:
    """The outline format a file's suffix names, as the report says it ("Org", "AsciiDoc"), else ""."""
    suffix = PurePath(name).suffix.casefold()
    return "Org" if suffix in ORG_SUFFIXES else "AsciiDoc" if suffix in ASCIIDOC_SUFFIXES else ""


def is_web_page(text: str, name: str) -> bool:
    """An ``.html`` file, or a text that opens as an HTML document does."""
    return PurePath(name).suffix.casefold() in HTML_SUFFIXES or bool(_HTML_START.match(text[:1000]))


def is_markdown(lines: tuple[str, ...], name: str) -> bool:
    """A ``.md`` file, or a text whose lines use Markdown's headings, bold, fences or links: two signals at least,
    and more than the lines that open with a tab (counted line by line until there are enough, and not at all in a
    text without a character any of their marks starts with)."""
    suffix = PurePath(name).suffix.casefold()
    if suffix in MARKDOWN_SUFFIXES:
        return True
    text = "\n".join(lines)
    if not any(char in text for char in _MARK_STARTS):  # one character is found faster than a mark's several
        return False
    tabbed = text.count("\n\t") + text.startswith("\t")
    return any(signals >= 2 and signals > tabbed for signals in accumulate(map(_signals, lines)))


def _signals(line: str) -> int:
    """Markdown's signals in ``line``: one for a heading or a fence, one for bold or a link (each pattern tried
    only on a line holding its marks)."""
    opens = ("#" in line or "```" in line or "~~~" in line) and bool(_ATX.match(line) or _FENCE.match(line))
    marked = ("**" in line or "__" in line or "](" in line) and bool(_BOLD.search(line) or _LINK.search(line))
    return opens + marked
