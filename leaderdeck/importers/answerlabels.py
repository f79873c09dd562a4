"""A sub-heading that labels the answer above it: ``### Why it was significant:`` under a question answered in its
own words is a part of that answer, like its siblings ``### My Role:`` and ``### The Impact:``, not a question,
whatever word it opens with."""

from __future__ import annotations

from .text import COLONS, clean_title, ends_asking, strip_emphasis


def labels_answer(head: str, answered: bool) -> bool:
    """Whether the heading ``head``, right inside a question that is ``answered`` by text above it, ends with a
    colon and asks with no question mark: a label of the answer."""
    if not answered:
        return False
    bare = strip_emphasis(head.strip()).rstrip("*_ ")
    return bare.endswith(COLONS) and not ends_asking(clean_title(bare).rstrip(":： "))
