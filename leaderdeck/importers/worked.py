"""Worked examples in a story template: sample content written inside the template's brackets.

A story bank template often fills its first stories with an example to copy: ``[Example: During my time at ...
we found ...]`` under ``### Situation``, steps ``1. [Ran the research: read 200 tickets]`` under ``### Action``,
and a title ``[Title - e.g., "Moved Billing Off The Mainframe"]``. That text is a story, not a blank: each part
keeps it without the wrapper, alike in every part, and the title is the name given after ``e.g.``.
"""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# "[Example: text]", "[e.g. text]", "[For example - text]": the whole part is sample content
_EXAMPLE = lazy_re(r"^\s*\[\s*(?:example|e\.\s?g\.?|eg|for example|sample)\s*[:,–—-]\s*(?P<text>\S.*?)\s*\]\s*$",
                   re.IGNORECASE | re.DOTALL)
# "1. [Ran the research: read 200 tickets]": a step of a worked example, wholly in brackets (long enough to be one)
_STEP = lazy_re(r"^(?P<marker>[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]+)\[(?P<text>[^\[\]\n]{12,})\][ \t]*$", re.MULTILINE)
# "[Title - e.g., "Name"]", "[Story name, e.g. 'Name']": the name the example gives
_NAMED = lazy_re(r"^\s*\[[^\[\]\"“]*?\be\.\s?g\.?,?\s*[\"“'](?P<name>[^\"”'\[\]]{3,}?)[\"”']\s*\]\s*$",
                 re.IGNORECASE)


def has_worked(texts: list[str]) -> bool:
    """Whether one of a story's part ``texts`` is wholly an ``[Example: ...]``: the story is a worked example."""
    return any(_example(text) for text in texts)


def worked_text(text: str, worked: bool) -> str:
    """A part's ``text`` without the ``[Example: ...]`` wrapper; in a worked example (``worked``), also each step
    wholly in brackets without its brackets."""
    if found := _example(text):
        text = found.group("text")
    return _STEP.sub(lambda m: m.group("marker") + m.group("text").strip(), text) if worked else text


def _example(text: str) -> re.Match[str] | None:
    """The ``[Example: ...]`` that ``text`` wholly is; a text with no bracket is none (most: not matched)."""
    return _EXAMPLE.match(text) if "[" in text else None


def names_by_example(name: str) -> bool:
    """Whether ``name`` is a template's title giving a name by example (``[Title - e.g., "Name"]``): a blank to
    fill in, whose example names the story only when the story is written."""
    return bool(_NAMED.match(name.rpartition(":")[2] if name.rstrip().endswith("]") else name))  # "Story #2: [...]"


def worked_title(name: str) -> str:
    """The name a template's title gives by example (``[Title - e.g., "Name"]``: ``Name``), else ``name``."""
    found = _NAMED.match(name)
    return found.group("name").strip() if found else name
