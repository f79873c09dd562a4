"""The block model every document is read into, whatever its format.

A document becomes a flat tuple of :class:`Block` in reading order, each with
the lines it came from. Headings carry their level; list items their nesting
(``indent``: how many list items enclose the block) and number; every block
knows whether it sits in a quote. Inline text stays Markdown (plain text is
Markdown without markup), so what a note keeps is what the document said.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from enum import Enum
from ..lazyre import lazy_re
from ..slotinit import slot_init


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    TABLE = "table"
    CODE = "code"
    RULE = "rule"


# The kinds as plain names. On Python 3.11 reading a member off an Enum class goes through its metaclass's
# __getattr__ hook, several times slower than reading a module's name, and the importer compares block kinds
# about a million times a megabyte.
HEADING, PARAGRAPH, ITEM, TABLE, CODE, RULE = BlockKind

@slot_init
@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    line: int
    end: int
    text: str = ""
    level: int = 0  # headings: 1-6
    indent: int = 0  # list items enclosing the block
    number: int | None = None  # an ordered list item's number
    quoted: bool = False
    lead: str = ""  # a bold (Markdown) or "Label:" (plain text) lead-in, without the colon
    rest: str = ""  # the text after the lead-in
    bold: bool = False  # the whole text is bold: a title line
    info: str = ""  # a code fence's language
    rows: tuple[tuple[str, ...], ...] = ()  # a table's cells, header first
    row_lines: tuple[int, ...] = ()  # the line each row of a table is on
    plain: bool = False  # from a plain-text document: each line is its own paragraph
    folded: bool = False  # inside a <details> section: its summary (a heading) or what the section holds
    prompt: bool = False  # a prompt without a question mark, read by its structure (a plain ``Q:``, a note to self)
    box: bool = False  # a task-list item (``- [ ] ...``): a check to tick, never a line of a story told
    after_box: bool = False  # the first block after an admonition's body, back at its margin: outside the box

    @property
    def first_line(self) -> str:
        return self.text.split("\n", 1)[0]

    def source(self) -> str:
        """The block as Markdown, for a note's text."""
        if self.kind is BlockKind.CODE:
            fence = "```"
            while fence in self.text:
                fence += "`"
            return f"{fence}{self.info}\n{self.text.rstrip(chr(10))}\n{fence}"
        if self.kind is BlockKind.TABLE:
            return _table(self.rows)
        if self.kind is BlockKind.HEADING:
            return bold(self.text)
        return self.text


def bold(text: str) -> str:
    """``text`` in bold, unless it opens in bold already (``**1. Outage** (pager)``): never ``****1. ...**``."""
    return text if text.startswith(("**", "__")) else f"**{text}**"


@dataclass(frozen=True, slots=True)
class Document:
    """A document read into blocks, with what was set aside on the way."""

    blocks: tuple[Block, ...]
    meta: tuple[tuple[str, str], ...] = ()
    aside: tuple[tuple[int, str], ...] = ()  # (line, what): front matter, components, comments
    repaired: tuple[tuple[int, str, str], ...] = ()
    plain: bool = False
    name: str = ""  # the file's name, a hint for level and topic
    lines: tuple[str, ...] = field(default=(), repr=False)
    meta_lines: tuple[int, ...] = ()  # the line each pair of ``meta`` is on (front matter)

    def meta_value(self, *keys: str) -> str:
        wanted = {k.casefold() for k in keys}
        return next((v for k, v in self.meta if k.casefold() in wanted and v), "")

    def meta_line(self, *keys: str) -> int:
        """The line of the first of ``keys`` with a value in the front matter; 1 when the line is not known."""
        wanted = {k.casefold() for k in keys}
        found = (i for i, (k, v) in enumerate(self.meta) if k.casefold() in wanted and v)
        index = next(found, None)
        return self.meta_lines[index] if index is not None and index < len(self.meta_lines) else 1


def _table(rows: tuple[tuple[str, ...], ...]) -> str:
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    cells = [tuple(c.replace("|", "\\|") for c in r) + ("",) * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n".join(lines)


_WORD = lazy_re(r"[\w'’]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# A block's row: its field values in order, which pickle and load faster than the block (a forked process sends
# rows: :mod:`.readahead`, :mod:`.halves`), and make it again as ``Block(*row)``.
_FIELDS = tuple(f.name for f in fields(Block))
_ROW = attrgetter(*_FIELDS)
_LINE, _END, _ROW_LINES = (_FIELDS.index(name) for name in ("line", "end", "row_lines"))


def block_rows(blocks: Iterable[Block], offset: int = 0) -> list[tuple]:
    """The rows of ``blocks``, each moved ``offset`` lines down (as :func:`.halves.moved` moves a block)."""
    return [_values(block, offset) for block in blocks]


def _values(block: Block, offset: int) -> tuple:
    """The row of ``block`` moved ``offset`` lines down."""
    values = list(_ROW(block))
    values[_LINE] += offset
    values[_END] += offset
    if block.row_lines:  # only a table's
        values[_ROW_LINES] = tuple(line + offset for line in block.row_lines)
    return tuple(values)
