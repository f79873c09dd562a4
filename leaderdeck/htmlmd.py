"""HTML -> Markdown in the subset leaderdeck's renderer reads.

Card fields hold HTML: fields an Anki user edited, and HTML fields of Anki's
"Notes in Plain Text" export. :func:`html_to_markdown` turns them back into the
Markdown of a source file: paragraphs, ``-`` and ``1.`` lists (nested by four
spaces, as python-markdown wants), ``**bold**``, ``*emphasis*``, code spans,
fenced code with its language, ATX headings, quotes, links and pipe tables.
Elements Markdown cannot say (``<u>``, ``<mark>``, ``<sub>``, ``<kbd>``...)
stay inline HTML, which the renderer keeps.

The promise, for every HTML ``h`` that :class:`leaderdeck.render.Renderer`
produces: rendering ``html_to_markdown(h)`` gives ``h`` again. Each top-level
block is converted on its own and checked by rendering it; a block whose
Markdown would not come back the same is kept as HTML, which the renderer
passes through its sanitiser unchanged.
"""

from __future__ import annotations

import html
import re
import warnings
from functools import cache

from bs4 import BeautifulSoup, Tag
from bs4.formatter import HTMLFormatter
from markdownify import MarkdownConverter

from .htmlboxes import read_boxes
from .htmlcards import read_cards
from .htmlpairs import split_questions
from .htmlqa import label_marked
from .render import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, Renderer
from .lazyre import lazy_re

# Inline elements without Markdown syntax: written as HTML (the sanitiser keeps them).
_KEPT_INLINE = ("u", "mark", "sub", "sup", "small", "kbd", "ins", "del", "s", "abbr")
# Block elements written as HTML as they are (definition lists, tables with alignment or captions).
_KEPT_BLOCK = frozenset({"dl", "caption"})
_BLOCKS = frozenset({"p", "ul", "ol", "pre", "blockquote", "table", "hr", "dl", "h1", "h2", "h3", "h4",
                     "h5", "h6", "div"})
_LANGUAGE = lazy_re(r"\blanguage-(\S+)")
_SPACES = lazy_re(r"\s+")
_LINE_START = lazy_re(r"^(\s*)([#>+|-]|\d+[.)])", re.MULTILINE)
_SETEXT = lazy_re(r"^(\s*)=", re.MULTILINE)
_ENTITY_LIKE = lazy_re(r"&(?=#?\w+;)")
_HTML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\u00a0": "&nbsp;"})
# How the sanitiser (html5ever) writes HTML: so a block read by BeautifulSoup is compared as it was written.
_SERIALISED = HTMLFormatter(entity_substitution=lambda text: text.translate(_HTML_TEXT), void_element_close_prefix="")


@cache
def _renderer() -> Renderer:
    """One renderer for the process (it is reset between fields): a document with many HTML sections is
    converted one section at a time."""
    return Renderer()


def html_to_markdown(markup: str, *, exact: bool = True) -> str:
    """Markdown that renders back to ``markup`` (see the module docstring).

    ``exact=False``: HTML from elsewhere (another deck's fields): always converted, even where
    the Markdown renders slightly differently (``<b>`` becomes ``**``, which renders ``<strong>``).
    """
    if not markup.strip():
        return ""
    renderer = _renderer()
    if not exact:
        return _Converter().convert_soup(_soup(markup)).strip("\n")
    converted = _convert(markup, renderer)
    if _ours(markup) and not _renders_to(converted, markup, renderer) and _renders_to(markup, markup, renderer):
        return markup
    return converted


def kept_page_markdown(markup: str, names: frozenset[str]) -> str | None:
    """:func:`page_to_markdown` of ``markup`` when :func:`html_to_markdown` certainly keeps one of its top-level
    blocks named in ``names`` as HTML, else ``None``; found with one parse and no rendering: an element the
    renderer writes (its content too) with an attribute its sanitiser never lets through
    (``<blockquote class="tip">``) cannot render back the same."""
    soup = _soup(markup)
    kept = any(_is_block(chunk) and chunk.name in names and chunk.name in ALLOWED_TAGS
               and set(chunk.attrs) - ALLOWED_ATTRIBUTES.get(chunk.name, set())
               and all(tag.name in ALLOWED_TAGS for tag in chunk.find_all(True)) for chunk in _chunks(soup))
    return _page_markdown(soup) if kept else None


# Parts of a saved web page that are the site's, not the page's content.
_PAGE_CHROME = ("head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                "button", "svg", "iframe", "canvas")


def page_to_markdown(page: str) -> str:
    """A saved web page (a coaching page, a question list) as Markdown: its content with its
    headings, lists, tables and emphasis, without the site's navigation, header, footer,
    scripts and styles. The main content (``<main>``, ``<article>``) when the page marks it."""
    return _page_markdown(_soup(page))


def _page_markdown(soup: BeautifulSoup) -> str:
    """:func:`page_to_markdown` of a page parsed (and changed: its chrome is taken out)."""
    for element in soup.find_all(_PAGE_CHROME):
        element.decompose()
    content = soup.find("main") or soup.find("article") or soup.find("body") or soup
    if not label_marked(content):  # <p class="question"> / <p class="answer">: "Q:" and "A:"
        read_cards(soup, content)  # question cards of <div>s: the question a heading, key/value rows labelled
    split_questions(soup, content)  # <h2>"Why here?" / "Why now?"</h2>: a question each
    read_boxes(soup, content)  # a labelled box of coaching ("Defensive frame") under the label of its kind
    return _PageConverter().convert_soup(_soup(str(content))).strip("\n") + "\n"


def _soup(markup: str) -> BeautifulSoup:
    """``markup`` parsed. A field's text may look like a file name or a URL ("notes.txt"): it is
    still text, so Beautiful Soup's warnings about what the markup resembles (their class and
    module differ between its versions) are not shown to the user."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return BeautifulSoup(markup, "html.parser")


def _ours(markup: str) -> bool:
    """HTML the renderer could have written: only the tags its sanitiser allows."""
    return all(tag.name in ALLOWED_TAGS for tag in _soup(markup).find_all(True))


def _renders_to(markdown: str, markup: str, renderer: Renderer) -> bool:
    return renderer.block(markdown) == markup or renderer.inline(markdown) == markup


def _convert(markup: str, renderer: Renderer) -> str:
    chunks = _chunks(_soup(markup))
    if len(chunks) == 1 and not _is_block(chunks[0]):
        return _inline(chunks, markup, renderer)
    parts = [_block(chunk, renderer) for chunk in chunks]
    return "\n\n".join(p for p in parts if p)


def _chunks(soup: BeautifulSoup) -> list:
    """Top-level blocks; runs of inline content between them are grouped as one chunk."""
    chunks: list = []
    run: list = []
    for node in soup.children:
        if isinstance(node, Tag) and node.name in _BLOCKS:
            if any(str(n).strip() for n in run):
                chunks.append(run)
            run = []
            chunks.append(node)
        else:
            run.append(node)
    if any(str(n).strip() for n in run):
        chunks.append(run)
    return chunks


def _is_block(chunk) -> bool:
    return isinstance(chunk, Tag)


def _inline(chunks: list, markup: str, renderer: Renderer) -> str:
    text = "".join(_html(n) for n in chunks[0])
    converted = _Converter().convert_soup(_soup(text)).strip("\n")
    if not _ours(text) or renderer.inline(converted) == markup:
        return converted
    return markup


def _block(chunk, renderer: Renderer) -> str:
    source = _html(chunk) if _is_block(chunk) else "".join(_html(n) for n in chunk).strip()
    if _is_block(chunk) and (chunk.name in _KEPT_BLOCK or chunk.find(_KEPT_BLOCK) or _aligned_table(chunk)):
        return _raw(source)
    converted = _Converter().convert_soup(_soup(source)).strip("\n")
    if not _ours(source):
        return converted
    expected = renderer.block(source) if not _is_block(chunk) else source
    return converted if renderer.block(converted) == expected else _raw(source)


def _html(node) -> str:
    return node.decode(formatter=_SERIALISED) if isinstance(node, Tag) else _SERIALISED.substitute(str(node))


def _aligned_table(tag: Tag) -> bool:
    return tag.name == "table" and tag.find(attrs={"align": True}) is not None


def _raw(source: str) -> str:
    """A block kept as HTML: python-markdown passes a block that starts with a tag through untouched."""
    return source.strip()


class _Converter(MarkdownConverter):
    """markdownify set to python-markdown's dialect, with stricter escaping."""

    class Options(MarkdownConverter.DefaultOptions):
        heading_style = "atx"
        bullets = "-"
        strong_em_symbol = "*"
        escape_asterisks = False
        escape_underscores = False
        newline_style = "spaces"
        autolinks = False

    def process_text(self, el, parent_tags=None):
        """Text as written (the renderer keeps its spaces and line breaks), escaped outside code."""
        text = str(el)
        return text if {"pre", "_noformat"} & (parent_tags or set()) else _escape(text)

    def convert_pre(self, el, text, parent_tags):
        code = el.find("code")
        match = _LANGUAGE.search(" ".join(code.get("class", []))) if isinstance(code, Tag) else None
        body = el.get_text()
        fence = "```"
        while fence in body:
            fence += "`"
        body = body[:-1] if body.endswith("\n") else body  # the renderer ends every code block with one
        return f"\n\n{fence}{match.group(1) if match else ''}\n{body}\n{fence}\n\n"

    def convert_code(self, el, text, parent_tags):
        if "_noformat" not in parent_tags and not text.strip() and el.parent is not None and el.parent.name != "pre":
            return "` `"  # an empty code span, as the renderer writes "` `"
        return super().convert_code(el, text, parent_tags)

    def convert_li(self, el, text, parent_tags):
        """A list item: its own text keeps its line breaks as they are (python-markdown keeps a tight
        item's continuation lines verbatim); nested blocks are indented by four spaces."""
        inner = parent_tags | {"li"}
        parts: list[str] = []
        inline: list[str] = []
        for child in el.children:
            if isinstance(child, Tag) and child.name in _BLOCKS:
                parts.append("".join(inline).strip(" \n"))
                inline = []
                block = self.process_element(child, inner).strip("\n")
                parts.append("\n".join((" " * 4 + line) if line else "" for line in block.split("\n")))
            else:
                inline.append(self.process_element(child, inner))
        parts.append("".join(inline).strip(" \n"))
        first, *rest = [p for p in parts if p] or [""]
        loose = el.find("p", recursive=False) is not None
        separator = "\n\n" if loose else "\n"
        body = first if not rest else first + separator + separator.join(rest)
        return f"{_marker(el)}{body.lstrip()}\n" + ("\n" if loose else "")

    def convert_list(self, el, text, parent_tags):
        if "li" in parent_tags:
            return "\n" + text.rstrip()
        return "\n\n" + text.rstrip() + "\n\n"

    convert_ul = convert_list
    convert_ol = convert_list

    def convert_a(self, el, text, parent_tags):
        href = el.get("href")
        if not href or "_noformat" in parent_tags:
            return text
        title = el.get("title")
        title_part = ' "' + title.replace('"', '\\"') + '"' if title else ""
        return f"[{text}]({href.replace(' ', '%20').replace('(', '%28').replace(')', '%29')}{title_part})"

    def convert_inline_html(self, el, text, parent_tags):
        """An inline element Markdown has no syntax for, kept as HTML around its converted content."""
        attributes = "".join(f' {key}="{html.escape(_attribute(value), quote=True)}"' for key, value in el.attrs.items())
        return f"<{el.name}{attributes}>{text}</{el.name}>"

    def get_conv_fn(self, tag_name):
        if tag_name in _KEPT_INLINE:
            return self.convert_inline_html
        return super().get_conv_fn(tag_name)



_PERMALINK_MARKS = frozenset({"", "#", "¶", "§", "🔗", "🔗\ufe0f", "⚓", "link"})


class _PageConverter(_Converter):
    """A web page to read, not a field to write back: its text with HTML's spacing, unescaped."""

    def process_text(self, el, parent_tags=None):
        text = str(el)
        return text if {"pre", "_noformat"} & (parent_tags or set()) else _SPACES.sub(" ", text)

    def convert_a(self, el, text, parent_tags):
        """A link, except a heading's permalink (``<a href="#hiring">#</a>``, ``¶``): a mark, not words."""
        if str(el.get("href") or "").startswith("#") and text.strip() in _PERMALINK_MARKS:
            return ""
        return super().convert_a(el, text, parent_tags)

    def convert_details(self, el, text, parent_tags):
        """A folded section (``<details>``) kept as one, ``<details><summary>...</summary>`` around
        its converted body, as the Markdown reader reads it: the summary a heading over what the
        section holds, the section's end its end."""
        summary = el.find("summary", recursive=False)
        body = "".join(self.process_element(child, parent_tags) for child in el.children if child is not summary)
        title = summary_text(summary) if summary is not None else ""
        return f"\n\n<details><summary>{html.escape(title, quote=False)}</summary>\n\n{body.strip()}\n\n</details>\n\n"


def summary_text(summary: Tag) -> str:
    """The title a ``<summary>`` shows, without the badges a page sets after it: an element that
    follows the title once its sentence has closed (``...failed.<span>Core</span>``) is a label
    beside the title, not its text."""
    parts: list[str] = []
    for child in summary.children:
        title = " ".join("".join(parts).split())
        if isinstance(child, Tag) and title and title[-1] in _CLOSED:
            break
        parts.append(child.get_text(" ") if isinstance(child, Tag) else str(child))
    return " ".join("".join(parts).split())


_CLOSED = ".?!\u2026\uff1f\uff01\u3002"

def _marker(item: Tag) -> str:
    """``-   `` or ``3.  ``: the marker padded to four columns, where python-markdown reads nested blocks."""
    parent = item.parent
    if parent is not None and parent.name == "ol":
        start = str(parent.get("start", "1"))
        bullet = f"{(int(start) if start.isdigit() else 1) + len(item.find_previous_siblings('li'))}."
    else:
        bullet = "-"
    return bullet.ljust(3) + " "


def _attribute(value) -> str:
    return " ".join(value) if isinstance(value, list) else str(value)


def _escape(text: str) -> str:
    """Plain text as Markdown that reads back as the same text."""
    text = text.replace("\\", "\\\\")
    for char in "*_`[]":
        text = text.replace(char, "\\" + char)
    text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _SETEXT.sub(lambda m: m.group(1) + "&#61;", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2)[0].isdigit()
                           else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)



def html_to_items(markup: str) -> list[str] | None:
    """The items of a list field (``<ul><li>...</li></ul>``) as Markdown, one per item;
    ``None`` when the HTML is not one flat list."""
    if not markup.strip():
        return []
    soup = _soup(markup)
    blocks = [n for n in soup.children if _significant(n)]
    if len(blocks) != 1 or not isinstance(blocks[0], Tag) or blocks[0].name not in ("ul", "ol"):
        return None
    items = [n for n in blocks[0].children if _significant(n)]
    if not all(isinstance(i, Tag) and i.name == "li" and not i.find(("ul", "ol")) for i in items):
        return None
    return [html_to_markdown("".join(_html(child) for child in item.children).strip()) for item in items]


def html_to_text(markup: str) -> str:
    """A plain-text field (level, topic, duration...) as the text it shows."""
    soup = _soup(re.sub(r"<br\s*/?>", "\n", markup))
    return " ".join(soup.get_text().split())


def html_to_discussion(markup: str) -> list[tuple[str, list[str]]] | None:
    """Discussion points (a heading with the questions folded under it) as Markdown;
    ``None`` when the HTML is not made of such points."""
    if not markup.strip():
        return []
    soup = _soup(markup)
    points = []
    for node in soup.children:
        if not _significant(node):
            continue
        if not isinstance(node, Tag) or node.name not in ("details", "section"):
            return None
        heading = node.find("h4")
        if heading is None:
            return None
        lists = node.find_all("ul", recursive=False)
        questions = html_to_items(str(lists[0])) if len(lists) == 1 else [] if not lists else None
        if questions is None:
            return None
        points.append((html_to_markdown("".join(_html(c) for c in heading.children).strip()), questions))
    return points


def _significant(node) -> bool:
    """Content that counts: not whitespace, not a stray line break an editor leaves behind."""
    if isinstance(node, Tag):
        return node.name != "br"
    return bool(str(node).strip())


def editor_html(markup: str) -> str:
    """HTML from Anki's editor in the elements our Markdown says: ``<b>`` and ``<i>`` (what the
    editor writes for bold and italics) become ``<strong>`` and ``<em>``."""
    if "<b" not in markup and "<i" not in markup:
        return markup
    soup = _soup(markup)
    for tag in soup.find_all(("b", "i")):
        tag.name = "strong" if tag.name == "b" else "em"
    return soup.decode(formatter=_SERIALISED)
