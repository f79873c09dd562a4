"""A situation stated, then a short question of what you do: a scenario question on one line.

Notes typed in haste often put a scenario as a statement and a short question after it::

    Two projects and capacity for one . What do you do ?

The line asks as a whole: its last sentence is a short question to "you" opening with ``What`` or ``How``
(``What do you do?``, ``How would you handle it?``), and the one or two sentences before it state the situation,
short, asking nothing and told by no "I" or "we" (an answer that ends on a question it puts to itself tells as I).
The spaces typed before its marks (`` .``, `` ?``) go from the question.

A heading may put the scene to "you" and close on a request instead (``You have a colleague you do not get along
with. Tell us how you would build a working relationship anyway.``): the scene of one or two sentences speaks to
"you" and tells nothing as I, and the last sentence asks to be told (``Tell me|us ...``, ``Describe ...``,
``Give me|us ...``), ending with a full stop. The heading asks as a whole (:func:`situation_request`).
"""

from __future__ import annotations

import re

from .text import plain_words
from .voice import first_person
from ..lazyre import lazy_re

_ASKS_YOU = lazy_re(r"^(?:what|how)\b[^.?!]*\byou\b[^.?!]*\?$", re.IGNORECASE)
_REQUESTS = lazy_re(r"^(?:tell\s+(?:me|us)|describe|give\s+(?:me|us))\b[^.?!]*\.$", re.IGNORECASE)
_YOU = lazy_re(r"\byou\b", re.IGNORECASE)
_MAX_REQUEST_WORDS = 25
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


def situation_request(line: str) -> str | None:
    """The question ``line`` asks as a scene put to "you", then a request to be told (see the module docstring),
    or ``None``."""
    text = " ".join(plain_words(line).split())
    scene, mark, asked = text.rpartition(". ")
    if not mark or not _REQUESTS.match(asked) or len(asked.split()) > _MAX_REQUEST_WORDS:
        return None
    scene += "."
    sentences = _STATEMENT.findall(scene)
    if "".join(sentences).replace(" ", "") != scene.replace(" ", "") or len(sentences) > _MAX_SCENE_SENTENCES \
            or len(scene.split()) > _MAX_SCENE_WORDS or not _YOU.search(scene) or first_person(scene):
        return None
    return text
