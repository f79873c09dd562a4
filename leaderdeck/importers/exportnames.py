"""A file name as a notes app's export writes it: Notion ends every page's file name with the page's id, 32 hex
digits after a space (``Manager Prep 3f9c2a1b7d4e4c0f9a8b6d5e4c3b2a19.md``). The id names no document: the YAML
written is named after ``Manager Prep`` (``manager-prep.yaml``), and the report quotes the name without it.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_NOTION_ID = lazy_re(r"[ _-]+[0-9a-f]{32}$")


def page_stem(stem: str) -> str:
    """``stem`` (a file name without its suffix) without a Notion page id closing it (kept when nothing else is
    left)."""
    if len(stem) < 33:
        return stem
    bare = _NOTION_ID.sub("", stem)
    return bare if bare.strip() else stem
