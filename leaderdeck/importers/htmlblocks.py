"""The Markdown an HTML block of a Markdown document is read as.

An HTML block is first turned into Markdown as a card field would be (:func:`leaderdeck.htmlmd.html_to_markdown`),
which keeps as HTML any block whose Markdown would not render back exactly. A site exporter (WordPress to Hugo or
Jekyll) writes its lists so: ``<ul class="wp-block-list">`` with each ``<li>`` and its text on lines of their own.
Kept as HTML, such a list would be read as one paragraph of its items' text run together; it is read instead as a
saved web page's content is (:func:`leaderdeck.htmlmd.page_to_markdown`): its items become Markdown list items, its
entities (``&#8217;``) characters, and each item or paragraph is moved down to the line of the block where its
text starts, so report lines name the lines of the document. So is a block longer than a card field may be, which
the field converter refuses. A block the field converter would certainly keep as HTML (a quote, list or paragraph
whose own tag carries an attribute the renderer never writes, ``<blockquote class="tip">``) goes straight to the
page conversion: a document of many such blocks is not rendered back block by block.
"""

from __future__ import annotations

import html
import re

from ..errors import LeaderdeckError
from ..lazyre import lazy_re

# Block elements whose tag opening a line of the field converter's Markdown shows it kept the block as HTML
_BLOCK_TAGS = frozenset({"ul", "ol", "li", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"})
_KEPT_BLOCK = lazy_re(rf"^[ \t]*<(?:{'|'.join(sorted(_BLOCK_TAGS))})\b", re.IGNORECASE | re.MULTILINE)


def block_markdown(markup: str) -> str:
    """The Markdown to read for the HTML block ``markup`` (see the module docstring)."""
    from ..htmlmd import html_to_markdown, kept_page_markdown, page_to_markdown  # BeautifulSoup: only for HTML

    page = kept_page_markdown(markup, _BLOCK_TAGS) if _KEPT_BLOCK.search(markup) else None
    if page is not None:  # a block kept as HTML for certain: no round trip to try
        return _aligned_page(page, markup)
    try:
        converted = html_to_markdown(markup)
    except LeaderdeckError:  # longer than a card field may be: the block is still the document's to read
        converted = markup
    if not _KEPT_BLOCK.search(converted):
        return converted
    return _aligned_page(page_to_markdown(markup), markup)


def _aligned_page(page: str, markup: str) -> str:
    """``page``, the page conversion of ``markup``, with each item or paragraph on the line its text starts on."""
    return _aligned(page.rstrip("\n").split("\n"), markup.split("\n"))


_MARKER = lazy_re(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
_WORD = lazy_re(r"\w[\w'’]*")
_TAGS = lazy_re(r"<[^>]*>")
_LOOKAHEAD = 200  # source lines searched for a block's words: a block's text is near where the last one ended


def _aligned(lines: list[str], source: list[str]) -> str:
    """``lines`` with blank lines put before each item or paragraph so that it stands on the line of ``source``
    (the HTML it was converted from) where its first words are; a block whose words are not found stays put."""
    plain = [" ".join(_WORD.findall(html.unescape(_TAGS.sub(" ", line)))) for line in source]
    out: list[str] = []
    after = 0  # the first source line a block may stand on
    for index, line in enumerate(lines):
        starts = line.strip() and (index == 0 or not lines[index - 1].strip() or _MARKER.match(line))
        opening = " ".join(_WORD.findall(_MARKER.sub("", line))[:3]) if starts else ""
        first = max(after, len(out))
        found = next((i for i in range(first, min(len(source), first + _LOOKAHEAD)) if opening and opening in plain[i]),
                     None)
        if found is not None:
            out.extend([""] * (found - len(out)))
            after = found + 1
        out.append(line)
    return "\n".join(out)
