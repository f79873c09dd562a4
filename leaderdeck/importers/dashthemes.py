"""A story's name followed, after a dash, by the themes it shows: ``Warehouse reorg — org design, change
management``, ``**Vendor exit** — vendors, cost``.

The words after the dash are no part of the name: they are the story's competencies, as a bracket's are in
``Library Adoption (Collaboration/Influence)``. Only an em or en dash counts (``Story 2 - Hiring a team`` names
the story after its hyphen), and only a list: two themes or more set apart by commas, each of a few words, none
told as I or we, after a name of a few words.
"""

from __future__ import annotations

from functools import lru_cache

from .voice import first_person
from ..lazyre import lazy_re

_DASHED = lazy_re(r"^(?P<name>[^—–]{2,80}?)\s+[—–]\s+(?P<themes>[^—–.!?:;()\[\]]{3,160})$")
_THEME_WORDS = 3
_NAME_WORDS = 8


@lru_cache(maxsize=1024)
def dashed_themes(name: str) -> tuple[str, tuple[str, ...]]:
    """``(name, themes)`` of a story's name closed by a dash and its themes; ``(name, ())`` for any other."""
    if "—" not in name and "–" not in name or "," not in name:
        return name, ()
    match = _DASHED.match(name.strip())
    if match is None:
        return name, ()
    themes = tuple(t.strip() for t in match["themes"].split(","))
    named = match["name"].strip()
    if len(themes) < 2 or any(not t or len(t.split()) > _THEME_WORDS for t in themes) \
            or len(named.split()) > _NAME_WORDS or first_person(match["themes"]):
        return name, ()
    if len(named) > 4 and named[:2] in ("**", "__") and named[-2:] == named[:2]:
        named = named[2:-2].strip()  # "**Vendor exit** — ...": the name was set in bold
    return named, themes
