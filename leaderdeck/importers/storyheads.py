"""A section headed as a story's name over the question it answers::

    ## Story: The flaky test purge
    ### Tell me about a time you improved developer experience.
    **S:** ...

The heading labels its text a story (``Story:``, ``Story 3 -``, ``STAR story:``) and names it; the question is the
sub-section's heading (or a ``<summary>``). The one story the section holds takes that name as its title, the
memory hook its card shows, instead of losing it.

A heading without the label names the story as well when the section has no text of its own and its one story is
asked in a sub-section (``## Pushing back on the launch date`` over ``### Tell me about a time you disagreed ...``)
and the heading reads as a name: three to twelve words that ask nothing, end no sentence, name no level and no
material ("Behavioral questions"), and share no word with the question. A heading that shares one names the theme
asked about ("Handling conflict" over "Tell me about a conflict ..."), and one or two words ("Ownership",
"Customer Obsession") are a competency as often as a story: neither is taken for a name.
"""

from __future__ import annotations

import re

from .classify import terms
from .grouphead import names_material
from .labels import STAR_SLOTS, slot
from .text import is_question
from .unit import Unit
from ..lazyre import lazy_re

_FEWEST_WORDS, _MOST_WORDS = 3, 12
# a band or track, not a story: "Questions for senior staff", "IC track, principal level"
_LEVEL = lazy_re(r"\b(?:senior|staff|principal|leads?|managers?|directors?|vps?|cto|executives?|levels?|tracks?|ics?)\b",
                 re.IGNORECASE)
_STORY_HEAD = lazy_re(r"^(?:star\s+)?story(?:\s*#?\s*\d{1,3})?\s*[:：.–—-]\s*(?P<name>\S.*)$", re.IGNORECASE)


def story_heading(head: str) -> str:
    """The name a heading gives a story ("Story 3: The cost cut" -> "The cost cut"); ``""`` for any other."""
    if "tory" not in head[:12].casefold():  # every such heading opens with its word: most headings need no more
        return ""
    found = _STORY_HEAD.match(head.strip())
    return found["name"].strip(" *_") if found else ""


def name_lone_story(head: str, units: list[Unit], apart: bool = False) -> None:
    """Give the one story of a section headed as a story's name (see the module docstring) that name as its
    title, where it has a question and no title of its own. ``apart``: the section has no text of its own and its
    story is asked in a sub-section, so that a heading without the ``Story:`` label may name it."""
    if len(units) != 1:
        return
    unit = units[0]
    if not unit.question or unit.title or not (unit.starred or unit.slots() & set(STAR_SLOTS)):
        return
    name = story_heading(head) or (head.strip(" *_") if apart and names_story(head, unit.question) else "")
    if name:
        unit.title = name


def names_story(head: str, question: str) -> bool:
    """Whether ``head``, a heading with no label over the one ``question`` asked under it, reads as a story's name
    (see the module docstring)."""
    text = head.strip(" *_")
    words = [word for word in text.split() if any(ch.isalpha() for ch in word)]
    if not _FEWEST_WORDS <= len(words) <= _MOST_WORDS or text.endswith((".", ":", "?", "!", ",", ";")) \
            or is_question(text) or slot(text) is not None or names_material(text) or _LEVEL.search(text):
        return False
    return not set(terms(text)) & set(terms(question))
