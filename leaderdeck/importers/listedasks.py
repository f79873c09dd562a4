"""A question label whose line lists several things at once.

Plain-text story banks put what a story answers on one ``Questions:`` line:

    STORY 1: Migrating the monolith
    Questions: Tell me about your biggest project; Tell me about leading without authority
    Questions: biggest project; technical challenge; leading without authority

Questions separated by semicolons, each asking, are the story's question and its variants, never one question
holding them all, split as a sheet's question cell is (:func:`.cellasks.cell_questions`). A plural ``Questions:``
label over fragments that do not ask (themes: "biggest project", "technical challenge") names the kinds of
question the story fits: a tip with its label, never dropped.
"""

from __future__ import annotations

from .labels import normalise
from .text import clean_title, is_question


def themes_named(label: str, rest: str) -> str:
    """``Questions: biggest project; technical challenge`` as the tip it is (``""`` for anything else): a plural
    label over two fragments or more, separated by semicolons or commas, none of which asks."""
    if not normalise(label).endswith("questions") or "?" in rest:
        return ""
    parts = [p.strip() for p in rest.replace(";", ",").split(",") if p.strip()]
    if len(parts) < 2 or any(is_question(p) for p in parts):
        return ""
    return f"{clean_title(label).rstrip(':')}: {rest.strip()}"
