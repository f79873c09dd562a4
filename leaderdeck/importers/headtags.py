"""Tags typed at the end of a heading, as Obsidian and Bear write them: ``## Cutting costs #ownership #frugality``.

The tags are no part of the heading's name (nor of a story's title or question): they go, and the note under the
heading lists them as its tags, as if a ``Tags: ownership, frugality`` line stood right under the heading. Only a
run of tags closing the heading counts, each a ``#`` right before a letter (``#1``, ``C#`` and ``# 2`` are text),
and only when words stay before them.

A question may close with tags too (``- How do you build trust? #leadership``, an Obsidian checklist): they are
the note's tags, and the question ends at its mark. Only a question that ends with its mark (or a full stop)
before them loses them: ``Tell me about #teamwork`` keeps its words.

A line of tags alone (``#interview #em-prep``, as Bear and Obsidian put under a note's title) is a ``Tags:`` line:
``Tags: interview, em-prep``.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_TRAILING_TAGS = lazy_re(r"(?:\s+#[^\W\d_][\w/-]*)+\s*$")
_TAGS_ALONE = lazy_re(r"#[^\W\d_][\w/-]*(?:\s+#[^\W\d_][\w/-]*)*")


def heading_tags(text: str) -> tuple[str, tuple[str, ...]]:
    """``(name, tags)`` of a heading's ``text``: its name without the tags closing it, and those tags without
    their ``#`` (``(text, ())`` when it has none; checked cheaply: a text without `` #`` has none)."""
    if " #" not in text or not (match := _TRAILING_TAGS.search(text)):
        return text, ()
    name = text[:match.start()].rstrip()
    if not name:
        return text, ()
    return name, tuple(tag.lstrip("#") for tag in match.group(0).split())


def question_tags(question: str) -> tuple[str, tuple[str, ...]]:
    """``(question, tags)``: the tags closing a question after its mark (see the module docstring)."""
    name, tags = heading_tags(question)
    if not tags or name[-1:] not in _MARKS:
        return question, ()
    return name, tags


_MARKS = frozenset("?？.!)\"”")


def tags_line(text: str) -> str:
    """``text`` as a ``Tags:`` line when it holds only tags (see the module docstring), else ``text``."""
    if text[:1] != "#" or not _TAGS_ALONE.fullmatch(text.strip()):
        return text
    return "Tags: " + ", ".join(tag.lstrip("#") for tag in text.split())
