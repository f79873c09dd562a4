"""The level a document states in a property line at its top, as a notes app exports a page's properties.

A Notion or Obsidian page exported to Markdown keeps its properties as lines right under its title, before its
first section: ``Role: Senior Engineering Manager`` / ``Status: In progress``. Such a line says whom the whole
document is for, as front matter does. Only lines before the document's first heading after its title count, and
only labels that name the role or level (``Role``, ``Level``, ``Target role``, ``Seniority``, ``Position``).
"""

from __future__ import annotations

from collections.abc import Iterator

from .blocks import Block, HEADING, PARAGRAPH
from .textreader import label_of

_NAMES = frozenset({"role", "level", "target role", "target level", "seniority", "position", "applying for",
                    "role applying for", "target position"})
_TOP = 8  # a page's properties: its first few blocks


def intro_levels(blocks: tuple[Block, ...] | list[Block]) -> Iterator[tuple[str, str]]:
    """``(where, value)`` of each property line naming the role, at the top of ``blocks``."""
    headings = 0
    for block in blocks[:_TOP]:
        if block.kind is HEADING:
            headings += 1
            if headings > 1:
                return
            continue
        if block.kind is not PARAGRAPH or block.quoted:
            continue
        for line in block.text.split("\n"):
            label, value = label_of(line.strip().strip("*_"))
            label = label.strip(" *_").casefold()
            if label in _NAMES and value.strip():
                yield f"the line '{label_of(line.strip())[0].strip(' *_')}: {value.strip(' *_')}'", value.strip(" *_")
