"""Links that only move around the page: a table of contents and "back to top" links.

A run of list items or paragraphs made only of links to anchors of this page (``- [Why platform?](#why-platform)``),
two or more, most of their links pointing at the document's own headings (by their anchor; by their words when
the anchor is Google Docs' own, ``#heading=h.30j0zll``, which names no heading), is a table of contents whatever the
heading above it says (``### questions``): its entries are the headings below, never questions of their own (under
a heading that names it, ``## Contents``, the section is reported as before). A line of such links closing a
paragraph or list item (``> **[⬆ Back to Top](#question)**`` as the last line of a quoted answer), and a code block
holding nothing else (the same line indented so deep that it became code), go too; so does a table whose rows each
hold one such link and else only their number (``| 1 | [How do you ...?](#q1) |``). Each is reported.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from urllib.parse import unquote as url_unquote

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, ITEM, CODE, TABLE
from .labels import slot
from .references import is_page_link
from ..lazyre import lazy_re

_ANCHOR = lazy_re(r"\]\(#([^()\s]*)\)")
_DOCS_ANCHOR = "heading=h."  # Google Docs' anchor of a heading ("#heading=h.30j0zll"): no slug of its words
_SHOWN_ANCHOR = lazy_re(r"\[([^\[\]\n]*)\]\(#([^()\s]*)\)")  # a link's words and the anchor it points at
_NOT_SLUG = lazy_re(r"[\W_]+")
_QUOTE_MARK = lazy_re(r"^(?:\s*>)+\s?")
_MIN_ITEMS = 2
_TEXT = (ITEM, PARAGRAPH)
_LINK = "a link"
_WHY_LINK = "a link within the page, not the answer"


def page_navigation(blocks: Sequence[Block]) -> tuple[list[Block], list[Skipped]]:
    """``blocks`` without their tables of contents and the links back up the page (see the module), and the
    report lines for what went."""
    if not any("](#" in b.text or b.kind is TABLE and any("](#" in cell for row in b.rows for cell in row)
               for b in blocks):
        return list(blocks), []  # no link within the page: most documents
    anchors = {_slug(b.text) for b in blocks if b.kind is HEADING} - {""}
    out: list[Block] = []
    skipped: list[Skipped] = []
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _only_links(blocks[end]):
            end += 1
        if end > index:  # a run of items that are only links: a table of contents, or left as it is
            if _contents(blocks[index:end], anchors) and not _named(blocks, index):
                skipped.append(Skipped(blocks[index].line, "a table of contents",
                                       f"links within the page, lines {blocks[index].line}-{blocks[end - 1].end}"))
            else:
                out.extend(blocks[index:end])
            index = end
            continue
        if blocks[index].kind is TABLE and _contents_table(blocks[index]):
            table = blocks[index]
            skipped.append(Skipped(table.line, "a table of contents", f"links within the page, lines {table.line}-"
                                                                        f"{table.end}"))
            index += 1
            continue
        kept, link_line = _closing_links(blocks[index])
        if link_line:
            skipped.append(Skipped(link_line, _LINK, _WHY_LINK))
        if kept is not None:
            out.append(kept)
        index += 1
    return out, skipped


def _contents(run: Sequence[Block], anchors: set[str]) -> bool:
    """Whether ``run``, list items that are only links within the page, is a table of contents: two items or more,
    most of their links pointing at headings of the document."""
    targets = [(_slug(url_unquote(t)), _slug(shown) if t.startswith(_DOCS_ANCHOR) else "")
               for b in run for shown, t in _SHOWN_ANCHOR.findall(b.text)]
    found = sum(1 for target, shown in targets if target in anchors or shown in anchors)
    return len(run) >= _MIN_ITEMS and found * 2 > len(targets)


def _contents_table(table: Block) -> bool:
    """A table whose rows (two or more under its header) each hold one link within the page and else only their
    number (``| 1 | [How do you ...?](#q1) |``): the page's table of contents, whatever its links point at."""
    body = table.rows[1:]
    if len(body) < _MIN_ITEMS or not any("](#" in cell for cell in body[0]):
        return False  # most tables: no link within the page in their first row
    for row in body:
        links = [cell for cell in row if is_page_link(cell)]
        if len(links) != 1 or any(cell.strip(" .#") and not cell.strip(" .#").isdigit() for cell in row
                                  if cell not in links):
            return False
    return True


def _named(blocks: Sequence[Block], start: int) -> bool:
    """Whether the heading right above ``blocks[start]`` names what follows as noise (``## Contents``): that
    section is reported as it is."""
    return start > 0 and blocks[start - 1].kind is HEADING and slot(blocks[start - 1].text) == "noise"


def _only_links(block: Block) -> bool:
    """A list item that is only links within the page (``- [Why platform?](#why-platform)``), or a paragraph (a
    table of contents exported from Google Docs, an entry a paragraph)."""
    return block.kind in _TEXT and is_page_link(block.text)


def _closing_links(block: Block) -> tuple[Block | None, int]:
    """``(block, 0)`` when no line of links within the page closes it; else the block without those lines and the
    line they start on; ``(None, its line)`` for a code block that is only such a link."""
    if block.kind is CODE and not block.info:
        text = "\n".join(_QUOTE_MARK.sub("", line) for line in block.text.strip("\n").split("\n"))
        return (None, block.line) if is_page_link(text) else (block, 0)
    if block.kind not in _TEXT or "\n" not in block.text \
            or is_page_link(block.text):
        return block, 0  # a block that is only such links is read as before: dropped from an answer
    lines = block.text.split("\n")
    cut = len(lines)
    while cut > 1 and is_page_link(lines[cut - 1]):
        cut -= 1
    if cut == len(lines):
        return block, 0
    kept = "\n".join(lines[:cut]).rstrip()
    dropped = "\n".join(lines[cut:])
    rest = block.rest[:-len(dropped)].rstrip() if block.rest.endswith(dropped) else block.rest
    return dataclasses.replace(block, text=kept, rest=rest, end=max(block.line, block.line + cut - 1)), \
        block.line + cut


def _slug(text: str) -> str:
    """A heading's text or an anchor as a slug is compared: its letters and digits, case folded (``Under
    Pressure?`` and ``#Under-Pressure#`` are the same place)."""
    return _NOT_SLUG.sub("", re.sub(r"\]\([^()]*\)", "]", text).casefold())
