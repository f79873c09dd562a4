"""Tags typed at the end of a heading, as Obsidian and Bear write them: ``## Cutting costs #ownership #frugality``.

The tags are no part of the heading's name (nor of a story's title or question): they go, and the note under the
heading lists them as its tags, as if a ``Tags: ownership, frugality`` line stood right under the heading. Only a
run of tags closing the heading counts, each a ``#`` right before a letter (``#1``, ``C#`` and ``# 2`` are text),
and only when words stay before them.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_TRAILING_TAGS = lazy_re(r"(?:\s+#[^\W\d_][\w/-]*)+\s*$")


def heading_tags(text: str) -> tuple[str, tuple[str, ...]]:
    """``(name, tags)`` of a heading's ``text``: its name without the tags closing it, and those tags without
    their ``#`` (``(text, ())`` when it has none; checked cheaply: a text without `` #`` has none)."""
    if " #" not in text or not (match := _TRAILING_TAGS.search(text)):
        return text, ()
    name = text[:match.start()].rstrip()
    if not name:
        return text, ()
    return name, tuple(tag.lstrip("#") for tag in match.group(0).split())
