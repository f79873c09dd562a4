"""A situation stated, then a short question of what you do: a scenario question on one line.

Notes typed in haste often put a scenario as a statement and a short question after it::

    Two projects and capacity for one . What do you do ?

The line asks as a whole: its last sentence is a short question to "you" opening with ``What`` or ``How``
(``What do you do?``, ``How would you handle it?``), and the one or two sentences before it state the situation,
short, asking nothing and told by no "I" or "we" (an answer that ends on a question it puts to itself tells as I).
The spaces typed before its marks (`` .``, `` ?``) go from the question.
"""

from __future__ import annotations

import re

from .text import plain_words
from .voice import first_person
from ..lazyre import lazy_re

_ASKS_YOU = lazy_re(r"^(?:what|how)\b[^.?!]*\byou\b[^.?!]*\?$", re.IGNORECASE)
_STATEMENT = lazy_re(r"[^.?!]+[.!]")
_SPACED = lazy_re(r"\s+(?=[.?!,;:])")
_MAX_ASK_WORDS = 8
_MAX_SCENE_WORDS = 40
_MAX_SCENE_SENTENCES = 2


def situation_question(line: str) -> str | None:
    """The question ``line`` asks as a situation then ``What do you do?`` (see the module docstring), or ``None``."""
    text = _SPACED.sub("", " ".join(plain_words(line).split()))
    scene, mark, asked = text.rpartition(". ")
    if not mark:
        scene, mark, asked = text.rpartition("! ")
    if not mark or not _ASKS_YOU.match(asked) or len(asked.split()) > _MAX_ASK_WORDS:
        return None
    scene += mark.strip()
    sentences = _STATEMENT.findall(scene)
    if "".join(sentences).replace(" ", "") != scene.replace(" ", "") or len(sentences) > _MAX_SCENE_SENTENCES \
            or len(scene.split()) > _MAX_SCENE_WORDS or first_person(scene):
        return None
    return text
