"""A group heading written as a category label (``# Conflict Resolution:`` over its questions): the category its
questions belong to, a topic the document states when its words name one, outweighing words of an answer."""

from __future__ import annotations

from .text import COLONS, is_question, words

_MAX_WORDS = 5


def category_heading(hints: list[str]) -> str:
    """The words of the heading right above a note (the last of ``hints``) when it is a short label ending in a
    colon that asks nothing ("Deadlines and Time Management:"); ``""`` otherwise."""
    if not hints:
        return ""
    near = hints[-1].strip()
    name = near.rstrip(":： ").strip()
    if not near.endswith(COLONS) or not name or words(name) > _MAX_WORDS or is_question(name):
        return ""
    return name


def group_headings(hints: list[str]) -> tuple[str, ...]:
    """The headings and group labels above a note below the page's title (the first of ``hints``), none
    repeating that title."""
    return tuple(hint for hint in hints[1:] if hint.strip() != hints[0].strip())
