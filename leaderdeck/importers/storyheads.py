"""A section headed as a story's name over the question it answers::

    ## Story: The flaky test purge
    ### Tell me about a time you improved developer experience.
    **S:** ...

The heading labels its text a story (``Story:``, ``Story 3 -``, ``STAR story:``) and names it; the question is the
sub-section's heading (or a ``<summary>``). The one story the section holds takes that name as its title, the
memory hook its card shows, instead of losing it.
"""

from __future__ import annotations

import re

from .labels import STAR_SLOTS
from .unit import Unit
from ..lazyre import lazy_re

_STORY_HEAD = lazy_re(r"^(?:star\s+)?story(?:\s*#?\s*\d{1,3})?\s*[:：.–—-]\s*(?P<name>\S.*)$", re.IGNORECASE)


def story_heading(head: str) -> str:
    """The name a heading gives a story ("Story 3: The cost cut" -> "The cost cut"); ``""`` for any other."""
    if "tory" not in head[:12].casefold():  # every such heading opens with its word: most headings need no more
        return ""
    found = _STORY_HEAD.match(head.strip())
    return found["name"].strip(" *_") if found else ""


def name_lone_story(head: str, units: list[Unit]) -> None:
    """Give the one story of a section headed as a story's name (see the module docstring) that name as its
    title, where it has a question and no title of its own."""
    if len(units) != 1 or not (name := story_heading(head)):
        return
    unit = units[0]
    if unit.question and not unit.title and (unit.starred or unit.slots() & set(STAR_SLOTS)):
        unit.title = name
