"""Pieces of a document -> the Markdown text and the list entries of a note's fields."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .blocks import Block, bold, HEADING, PARAGRAPH, ITEM, TABLE, CODE, RULE
from .fencedanswer import PROSE_INFOS
from .outline import Node
from .text import ASK, QUESTION_MARKS, clean_title
from .unit import Piece
from .wholefence import is_code
from ..lazyre import lazy_re

_HARD_BREAK = lazy_re(r"\\\n")
_LONG_LINE = 60
_NEGATIVE = lazy_re(r"don'?t|avoid|✗|❌|\bnot?\b|\bbad\b|\bweak\b|\bpoor\b", re.IGNORECASE)
_MARKED = lazy_re(r"^\s*[✓✔✗✘❌✅•→▪◦·]")


def piece_text(piece: Piece, *, label_items: bool = False) -> str:
    """A piece as Markdown: the text after its label, then its blocks."""
    parts = [piece.rest.strip()] if piece.rest.strip() else []
    body = blocks_text(piece.blocks, label_items=label_items)
    first = piece.blocks[0] if piece.blocks else None
    if parts and body and first is not None and first.line == piece.line + 1 \
            and _wrapped(dataclasses.replace(first, line=piece.line, end=piece.line, text=parts[0]), first, False):
        return f"{parts[0]}\n{body}"  # "Result: I made the hard" / "call to ...": the label's line wrapped
    return "\n\n".join(p for p in (*parts, body) if p)


def blocks_text(blocks: list[Block], *, label_items: bool = False) -> str:
    """Blocks as Markdown: list items keep their nesting (four spaces a level), paragraphs stand apart.

    ``label_items``: plain-text ``Label: text`` lines become ``- **Label:** text`` items (a STAR page's
    action steps).
    """
    while len(blocks) > 1 and unfilled(blocks[-1]) and any(b.text.strip() for b in blocks[:-1]):
        blocks = blocks[:-1]  # "- " bullets left empty after the text: nothing written in them
    base = min((b.indent for b in blocks), default=0)
    out: list[str] = []
    previous: Block | None = None
    shift = 0  # levels a plain-text list indented under the paragraph above it stands out of that paragraph's margin
    for block in blocks:
        shift = _list_shift(previous, block, shift)
        text, is_item = _block_text(block, base + shift, label_items)
        if not text:
            continue
        if out:
            joined = is_item and previous is not None and _listed(previous, label_items) \
                and not _renumbered(previous, block) or previous is not None and _wrapped(previous, block, label_items)
            out.append("\n" if joined else "\n\n")
        out.append(text)
        previous = block
    return "".join(out).strip()


def _list_shift(previous: Block | None, block: Block, shift: int) -> int:
    """How many levels ``block``'s list is indented past the plain paragraph it follows (``"   I ask each of them
    ..."`` over ``"     * Keep a record"``, as a text dump indents a list): its items are no text nested in the
    paragraph (Markdown reads four spaces after a paragraph as code), so they stand at its margin."""
    if block.kind is not ITEM:
        return 0
    if previous is None or previous.kind is ITEM:
        return shift
    return max(block.indent - previous.indent, 0) if block.plain and previous.plain and previous.kind is PARAGRAPH \
        else 0


def unfilled(block: Block) -> bool:
    """A list item with nothing written in it (in plain text, a line that is only a dash)."""
    text = block.text.strip()
    return not block.rows and (block.kind is ITEM and not text
                               or block.kind is PARAGRAPH and block.plain and text == "-")


_SENTENCE_END = lazy_re(rf"[.!:;{ASK}][\"”’')\]]*$")


def _wrapped(previous: Block, block: Block, label_items: bool) -> bool:
    """Plain text hard-wrapped: a line that stops mid-sentence and the line right under it are one paragraph
    (a line ending a sentence still stands apart, as plain notes put one thought a line)."""
    if not (previous.plain and block.plain and previous.kind is block.kind is PARAGRAPH) \
            or block.line != previous.end + 1 or block.indent != previous.indent:
        return False
    if label_items and (_listed(previous, label_items) or _listed(block, label_items)):
        return False
    return not _SENTENCE_END.search(previous.text.rstrip()) or block.text[:1].islower()


def _renumbered(previous: Block, block: Block) -> bool:
    """A numbered item right after a bullet (or a labelled line) at its depth starts a list of its own: a blank line
    before it, or Markdown reads "3. Next point" as more text of the bullet."""
    return block.kind is ITEM and block.number is not None and block.indent == previous.indent \
        and (previous.kind is not ITEM or previous.number is None)


def _listed(block: Block, label_items: bool) -> bool:
    return block.kind is ITEM or (label_items and block.plain and bool(block.lead) and bool(block.rest))


def _block_text(block: Block, base: int, label_items: bool) -> tuple[str, bool]:
    if block.kind is ITEM:
        pad = " " * 4 * max(block.indent - base, 0)
        marker = f"{block.number}." if block.number is not None else "-"
        lines = _unwrap(block).split("\n")
        rest = "".join(f"\n{pad}    {line}" if line else "\n" for line in lines[1:])
        return f"{pad}{marker} {lines[0]}{rest}", True
    if block.kind is PARAGRAPH:
        if label_items and block.plain and block.lead and block.rest:
            return f"- **{block.lead}:** {block.rest}", True
        text = _unwrap(block)
        return (_indented(text, block.indent - base) if block.indent > base else text), False
    if block.kind is RULE:
        return "", False
    return block.source(), False


def _indented(text: str, levels: int) -> str:
    pad = " " * 4 * levels
    return "\n".join(pad + line if line else "" for line in text.split("\n"))


def _unwrap(block: Block) -> str:
    """Inline text with hard breaks as Markdown writes them; long unwrapped lines as paragraphs of their own."""
    return _unwrapped(block.text)


@lru_cache(maxsize=4096)  # a note's pieces are rendered several times (its kind, facts, body, coaching)
def _unwrapped(text: str) -> str:
    """:func:`_unwrap` of a block's text."""
    text = _HARD_BREAK.sub("  \n", text)
    lines = text.split("\n")
    if any(not line.strip() for line in lines):  # a line holding only a hard break ("\\"): a blank line
        lines = [line.rstrip() if not line.strip() or after is None or not after.strip() else line
                 for line, after in zip(lines, [*lines[1:], None])]
        text = "\n".join(lines)
    ends = (".", "!", ":", "\"", "”", *QUESTION_MARKS)
    if len(lines) > 1 and all(len(line) >= _LONG_LINE and line.rstrip().endswith(ends)
                              for line in lines[:-1]):
        return "\n\n".join(line.strip() for line in lines)
    return text


def entries(piece: Piece) -> list[str]:
    """A list field from a piece: each item (its nested items with it), each paragraph, each table row."""
    out = [piece.rest.strip()] if piece.rest.strip() else []
    blocks = [b for b in piece.blocks if b.kind is not RULE]
    # a list opening the piece sets the margin: its items are siblings (tab-indented under a plain-text label), a
    # line after the list at a smaller indent nests nothing
    base = min((b.indent for b in blocks if b.kind is ITEM or blocks[0].kind is not ITEM), default=0)
    for block in blocks:
        if block.kind is ITEM and block.indent > base and out:
            out[-1] += "\n" + _block_text(block, base + 1, False)[0]
        elif block.kind is TABLE:
            out.extend(_row(row, block.rows[0]) for row in block.rows[1:] if any(c.strip() for c in row))
        elif block.kind is HEADING:
            out.append(bold(block.text))
        elif block.plain and block.lead and block.rest:
            out.append(f"**{block.lead}:** {block.rest}")
        elif block.kind is CODE and _kept_whole(block):  # a JSON or log excerpt, a snippet: one entry, as written
            fenced = block.source()
            if out and out[-1].endswith(":"):
                out[-1] += "\n" + fenced  # "Show the line that gave it away:" over it: what it introduces
            else:
                out.append(fenced)
        elif block.kind is CODE:
            out.extend(_code_entries(block.text))
        else:
            for paragraph in _unwrap(block).split("\n\n"):
                lines = paragraph.split("\n")
                marked = len(lines) > 1 and all(_MARKED.match(line) for line in lines)
                out.extend(lines if marked else [paragraph])
    return [e.strip() for e in out if e.strip()]


_ITEM_LINE = lazy_re(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_WRAPPED_WORDS = 8
_LABEL_LINE = lazy_re(r"^[A-Z][\w '/&-]{0,40}:$")  # "Problems:" alone on its line: it names the list below


def _kept_whole(block: Block) -> bool:
    """A fence under a list's label that is no prose: its info string names a language or a format (``json``,
    ``bash``, ``log``), or a line of it reads as code. Its lines are one excerpt, never an entry each."""
    return block.info.casefold() not in PROSE_INFOS or any(is_code(line) for line in block.text.split("\n"))


def _code_entries(text: str) -> list[str]:
    """The entries of a fence of prose under a list's label: each list line one entry, the lines of a hard-wrapped
    paragraph ('"I never miss a date. Once a vendor' / 'was late."') one entry, a label alone on its line none."""
    out: list[str] = []
    joining = False  # the last entry is a paragraph that the next plain line may carry on
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or _LABEL_LINE.match(line):
            joining = False
        elif _ITEM_LINE.match(line):
            out.append(_ITEM_LINE.sub("", line, count=1))
            joining = False
        elif joining and _runs_on(out[-1]):
            out[-1] += f" {line}"
        else:
            out.append(line)
            joining = True
    return out


def _runs_on(text: str) -> bool:
    """Prose that goes on on the next line: a quotation still open, or a long line stopped mid-sentence (a line
    of a command, "kubectl get pods", is neither)."""
    opened = text.count("\"") % 2 == 1 or text.count("“") > text.count("”")
    return opened or len(text.split()) >= _WRAPPED_WORDS and not text.endswith((".", ":", ";", "!", "?", ")"))


def titled_entries(piece: Piece) -> list[str]:
    """A list field from a piece cut by sub-section titles ("### 1. Data loss (critical)" over what happened and
    why): each sub-section told in text is one entry, its title in bold before its text; one that is only a list
    keeps its items as entries (the title groups them); one with nothing under it is an entry by its title."""
    runs: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in piece.blocks:
        if block.kind is HEADING:
            runs.append((block, []))
        elif block.kind is not RULE:
            runs[-1][1].append(block)
    out = entries(Piece(piece.slot, piece.line, rest=piece.rest, blocks=runs[0][1]))
    for head, blocks in runs[1:]:
        title = clean_title(head.text)
        if not blocks:
            out.append(title)
        elif all(b.kind is ITEM for b in blocks):
            out.extend(entries(Piece(piece.slot, head.line, blocks=blocks)))
        else:
            out.append(f"**{title}**\n\n{blocks_text(blocks)}")
    return [e for e in out if e.strip()]


def _row(row: tuple[str, ...], header: tuple[str, ...]) -> str:
    """``Lead: rest`` for a row; a column headed as the opposite ("Don't ✗") keeps its header."""
    cells = [(h.strip(), c.strip()) for h, c in zip(header + ("",) * len(row), row) if c.strip()]
    if len(cells) < 2:
        return cells[0][1] if cells else ""
    rest = [f"{h}: {c}" if _NEGATIVE.search(h) else c for h, c in cells[1:]]
    return f"{cells[0][1]}: " + " — ".join(rest)


def section_text(node: Node) -> str:
    """A sub-section without a label, as more answer: its title in bold, then its text."""
    parts = [node.head.source()] if node.head is not None else []  # a heading in bold; a bold line as it is
    body = blocks_text(node.body)
    parts.append(body)
    for child in node.children:
        parts.append(section_text(child))
    return "\n\n".join(p for p in parts if p)


_LIST_START = lazy_re(r"^(?:\d{1,3}[.)]|[-*+])[ \t]")


def over_list(label: str, text: str) -> str:
    """``label`` (bold, ending in a colon) before ``text``: on a line of its own over a list, so the list keeps
    its first item ("**My Approach:**" over "1. Listen ..."), else opening the text's first line."""
    return f"{label}\n\n{text}" if _LIST_START.match(text) else f"{label} {text}"
