"""A category a note states of itself, kept as its competency: ``**Category:** Platform & Reliability``.

A story bank files each story under a category of its writer's (``Category: Cost Optimization & Innovation``). The
label feeds the topic guess, but the taxonomy's topic is a coarser thing: the writer's own words are kept too, as
the note's competency, so nothing the writer filed a story under is lost. A value of more than a few words is no
category's name (a sentence typed after the label) and is left to the topic guess alone.
"""

from __future__ import annotations

from collections.abc import Iterable

_MAX_WORDS = 8


def stated_categories(values: Iterable[str]) -> list[str]:
    """The category names among ``values`` (what ``Category:`` lines of a note say), each once, in order."""
    out: list[str] = []
    for value in values:
        name = value.strip().strip("*_`").strip()
        if name and len(name.split()) <= _MAX_WORDS and name not in out:
            out.append(name)
    return out
