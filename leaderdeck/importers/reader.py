"""One reader for every document: clean it, decide Markdown or plain text, read it into blocks (a large Markdown
document in two processes, :mod:`.halves`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from pathlib import PurePath

from .plaintitle import titled_first_line
from .barelabels import coaching_label_lines
from .partitems import part_items
from .blocks import Block, Document
from .dashed import dashed_parts
from .escapedheads import unescaped_heads
from .facets import facet_lists
from .gridtables import ungridded
from .document import Cleaned, clean
from .grouplines import group_lines
from .halves import block_rows, read_large_markdown
from .mkdocsboxes import outside_boxes
from .textkey import text_star_keys
from .textprompts import text_prompts
from .textreader import read_text_lines
from .cjkwrap import wrapped_questions
from .lettered import lettered_questions
from .optionletters import option_letters
from .listedprompts import listed_prompts
from .readahead import Claimed, claim
from .refence import refenced
from .titledlines import titled_questions
from .toggles import untoggled
from .questionheads import question_heads
from .wholefence import unfenced
from ..lazyre import lazy_re

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = lazy_re(r"^\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_ATX = lazy_re(r"^\s{0,3}#{1,6}\s+\S")
_BOLD = lazy_re(r"\*\*\S[^*\n]*\*\*|__\S[^_\n]*__")
_FENCE = lazy_re(r"^\s{0,3}(```|~~~)")
_LINK = lazy_re(r"\[[^\]\n]+\]\([^)\s]+\)")
_MARK_STARTS = "#`~*_]"  # the first characters of what a line must hold for :func:`_signals` to find anything


def read_document_text(text: str, name: str = "") -> Document:
    """The blocks of ``text``; ``name`` (the file's name) chooses Markdown by its suffix, else the content does.
    A saved web page is read as the Markdown of its content (its line numbers are that Markdown's)."""
    ahead = claim(text, name)  # a child forked before the rules were imported may be reading it already
    ready = prepared(text, name)
    cleaned, plain = ready.cleaned, ready.plain
    read = _text_blocks(ready.lines, ahead) if plain else read_large_markdown(ready.lines, ahead)
    read = text_star_keys(listed_prompts(list(read))) if plain else question_heads(untoggled(read))  # "问题：" over one prompt a line; a key
    read = option_letters(lettered_questions(wrapped_questions(list(read))))  # "a. ...", "b. ...", and CJK questions wrapped
    read = read if plain else titled_questions(read)  # "Behavioral Questions" typed right over its questions
    blocks = titled_first_line(text_prompts(read)) if plain else read  # "Notes" alone atop a file: its title
    blocks = coaching_label_lines(list(blocks))  # "What they're testing" typed plain over questions: a label
    blocks = dashed_parts(blocks)  # a terse "Action - Built it" among parts so written: a part too
    blocks = part_items(blocks)  # "* Situation" over its nested items: the part's label
    blocks = facet_lists(blocks)  # "Category - ..." / "Red Flags - ..." under a question: its coaching
    blocks = outside_boxes(blocks, cleaned.after_boxes)  # text back at the margin after a "!!! tip" box's body
    return Document(tuple(blocks), cleaned.meta, cleaned.aside, cleaned.repaired, plain, name, cleaned.lines,
                    cleaned.meta_lines)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document made ready to read into blocks: its lines cleaned, whether they are plain text, and the lines
    read (plain text: the cleaned lines; Markdown: those lines grouped and their fences mended)."""

    cleaned: Cleaned
    plain: bool
    lines: tuple[str, ...]


def prepared(text: str, name: str = "") -> Prepared:
    """``text`` made ready to read (see :func:`read_document_text`)."""
    page = is_web_page(text, name)
    if page:
        from ..htmlmd import page_to_markdown  # BeautifulSoup and markdownify: only for web pages

        text = page_to_markdown(text)
    wrapped = None if page else unfenced(text)  # the whole document inside one fence of prose: its content
    cleaned = clean(wrapped[0] if wrapped else text)
    if wrapped:  # the fence's language names no document's format: its content says Markdown or plain text
        plain = not wrapped[1] and not is_markdown(cleaned.lines, "")
    else:
        plain = not page and not is_markdown(cleaned.lines, name)
    return Prepared(cleaned, plain, cleaned.lines if plain else refenced(group_lines(ungridded(unescaped_heads(cleaned.lines)))))


def _text_blocks(lines: tuple[str, ...], ahead: Claimed | None) -> list[Block]:
    """:func:`.textreader.read_text_lines`, or the blocks a child read ahead (:mod:`.readahead`)."""
    if ahead is None:
        return read_text_lines(lines)
    return [Block(*values) for values in ahead.rows(lambda _: block_rows(read_text_lines(lines)))]


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
