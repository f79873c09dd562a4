"""A list marked with ticks or crosses under a heading that names no label: what to do, or what to avoid.

A guide sorts advice under headings of its own words (``### Good failure stories:``, ``### Strong picks``) and
marks each line of the list with a tick (``✓``, ``✔``, ``✅``) or a cross (``✗``, ``✘``, ``❌``): the marks say
what the heading does not. A section whose text is only such lines, every one with the same kind of mark, is
tips when they are ticks and red flags when they are crosses, as under a ``Tips:`` or ``Avoid:`` heading; the mark
opening each entry goes (:func:`unticked`).
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, ITEM

_TICKS = frozenset("✓✔✅")
_CROSSES = frozenset("✗✘❌")
_MIN_LINES = 2


def ticked(blocks: list[Block]) -> str | None:
    """``"tips"`` when the text of ``blocks`` is lines each opening with a tick, ``"redflags"`` when each opens with a
    cross (two lines at least), else ``None``."""
    first = next((b.text.lstrip()[:1] for b in blocks if b.text.strip()), "")
    if first not in _TICKS and first not in _CROSSES:
        return None  # most sections: the first line opens with no mark, so not every line does
    lines = [line.strip() for b in blocks if b.text.strip() for line in b.text.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES or any(b.kind not in (PARAGRAPH, ITEM) for b in blocks if b.text.strip()):
        return None
    marks = {line[:1] for line in lines}
    if marks <= _TICKS:
        return "tips"
    if marks <= _CROSSES:
        return "redflags"
    return None


def unticked(entry: str) -> str:
    """``entry`` without the tick or cross opening it (``✓ You owned it`` -> ``You owned it``)."""
    text = entry.lstrip()
    if text[:1] in _TICKS or text[:1] in _CROSSES:
        return text[1:].lstrip("\ufe0f").strip()
    return entry
