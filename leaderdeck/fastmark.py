"""A fast path for the plain Markdown most notes are written in.

python-markdown costs a fraction of a millisecond per field, which dominates
the build of a large deck. Most fields are paragraphs, ``- `` lists and
``**bold**``: this module renders exactly that subset to the same HTML
python-markdown + the sanitiser produce, and returns ``None`` for anything
else (links, code, emphasis, headings, quotes, tables, HTML, entities, odd
whitespace...) so the caller falls back to the full renderer. Its output is
safe by construction: escaped text inside ``<p>``, ``<ul>``, ``<li>`` and
``<strong>``. tests/test_fastmark.py checks it against the full renderer.
"""

from __future__ import annotations

from .lazyre import lazy_re

_BAD = lazy_re(r"[_`\[\]<>\\|~#\u00a0\u2028\u2029\ufeff\x00-\x09\x0b-\x1f\x7f-\x9f]|&#?\w+;| $| \n|\n\s+\n")
_STRONG = lazy_re(r"\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*")
_BLOCK_START = lazy_re(r"(?:[-*+=]|\d+[.)])(?:\s|$)|[-=*][-=* ]*$|>|\s{4}")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def fast_block(text: str) -> str | None:
    """HTML for ``text`` when it is in the plain subset, else ``None``."""
    if _BAD.search(text):
        return None
    parts: list[str] = []
    previous_list = False
    for block in _blocks(text):
        is_list = block[0].startswith("- ")
        if is_list and previous_list:
            return None  # two lists apart from each other make one loose list
        html = _list(block) if is_list else _paragraph(block)
        if html is None:
            return None
        parts.append(html)
        previous_list = is_list
    return "\n".join(parts)


def fast_inline(text: str) -> str | None:
    """Inline HTML for one line of plain text (a list item, a question), else ``None``."""
    if _BAD.search(text) or "\n" in text or _BLOCK_START.match(text):
        return None
    return _inline(text)


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in text.strip("\n").split("\n"):
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _paragraph(lines: list[str]) -> str | None:
    if any(_BLOCK_START.match(line) or line[0] == " " for line in lines):
        return None
    inner = _inline("\n".join(lines))
    return None if inner is None else f"<p>{inner}</p>"


def _list(lines: list[str]) -> str | None:
    items: list[list[str]] = []
    for line in lines:
        if line.startswith("- "):
            items.append([line[2:]])
        elif line.startswith(" ") and not line.startswith("    ") and not _BLOCK_START.match(line.lstrip()):
            items[-1].append(line)
        else:
            return None
    rendered = []
    for item in items:
        if not item[0] or item[0][0] == " " or _BLOCK_START.match(item[0]):
            return None
        inner = _inline("\n".join(item))
        if inner is None:
            return None
        rendered.append(f"<li>{inner}</li>")
    return "<ul>\n" + "\n".join(rendered) + "\n</ul>"


def _inline(text: str) -> str | None:
    marked = _STRONG.sub("\x00\\1\x01", text)
    if "*" in marked:
        return None
    return marked.translate(_ESCAPES).replace("\x00", "<strong>").replace("\x01", "</strong>")
