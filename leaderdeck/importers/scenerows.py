"""A row of a sheet or table of scenarios: ``Scenario | Situation | Challenges | Questions``.

A sheet that sets out leadership scenarios names each one (a short ``Scenario`` or ``Case`` cell, or the scene
itself when that cell runs to sentences), gives its situation, its challenges (one a line, or set apart by
semicolons) and what to discuss. Such a row is a scenario note: one question asked is its prompt, several its
discussion points. A row needs a situation (or a scene told in the scenario's cell) and a challenge, a question
or a point to discuss; anything less is read as any other row.
"""

from __future__ import annotations

import re

from ..model import DiscussionPoint, Kind, ScenarioBody
from .base import Parsed
from .questions import split_questions
from ..lazyre import lazy_re

SCENE_FIELDS = frozenset({"scenario", "challenges", "discussion"})
_MOST_TITLE_WORDS = 10
_SENTENCE_END = lazy_re(r"[.!?](?:\s|$)")


def scene_row(one: dict[str, str], line: int) -> Parsed | None:
    """The scenario note of a row's cells by field (``one``), or ``None`` when the row sets no scene."""
    named = one.get("scenario", "").strip()
    told = one.get("situation", "").strip()
    title, situation = (named, told) if _title(named) else ("", "\n\n".join(filter(None, (named, told))))
    challenges = tuple(_items(one.get("challenges", "")))
    asked = split_questions(one["question"]) if one.get("question", "").strip() else []
    points = tuple(_items(one.get("discussion", "")))
    if not situation or not (challenges or asked or points):
        return None
    question = asked[0] if len(asked) == 1 and not points else ""
    discussion = tuple(DiscussionPoint(heading=q) for q in (*points, *(asked if not question else ())))
    title = title or (question or situation.split("\n")[0])[:80]
    body = ScenarioBody(title=title, situation=situation, question=question, challenges=challenges,
                        discussion=discussion)
    return Parsed(kind=Kind.SCENARIO, body=body, line=line, name=title)


def _title(text: str) -> bool:
    """A scenario's name, not its scene: a few words, no sentence ended."""
    return bool(text) and len(text.split()) <= _MOST_TITLE_WORDS and not _SENTENCE_END.search(text)


def _items(text: str) -> list[str]:
    """A cell's entries: one a line, or set apart by semicolons."""
    return [part.strip(" -•*") for part in re.split(r"\n+|;\s*", text) if part.strip(" -•*")]
