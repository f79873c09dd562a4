"""A story told in full STAR parts with no question or title above it: a draft whose question is still to write.

Plain notes often open with a story's parts and nothing above them (``STAR:``, then ``Situation: ...``,
``Task: ...``, ``Action:`` over bullets, ``Result: ...``), the next stories named in separator lines. When the
parts tell a story (Situation, Action and Result each written out in a sentence's worth of words, some line telling
what was done, as I/we in the past or a terse note opening on a past verb, and none of them instructing the reader,
a timing or a blank), the story is kept as a draft: its Situation's opening words stand in for the question until
the writer writes it. Parts that only name themselves (``S: Situation``), time them (``R - Results for 2 mins``)
or instruct (``Describe the outcome ...``) stay a reported template.
"""

from __future__ import annotations

from .content import piece_text
from .placeholders import is_placeholder
from .text import plain_words, sentence_split
from .unit import Piece
from .untold import instructs, is_sized, is_timing, tells
from .voice import to_you

_NEEDED = ("situation", "action", "result")
_MIN_WORDS = 6
_OPENING_WORDS = 8
STAND_IN = "no question or title above it: its Situation's opening stands in; write the question"


def stand_in(pieces: list[Piece]) -> str:
    """The opening words of the Situation of a story told in full parts (see the module), or "" when the parts
    are not such a story."""
    parts = {p.slot: piece_text(p).strip() for p in reversed(pieces) if p.slot in _NEEDED}
    if any(not parts.get(slot) for slot in _NEEDED):
        return ""
    texts = [piece_text(p).strip() for p in pieces if p.slot in ("situation", "task", "action", "result", "learning")]
    if any(len(plain_words(parts[slot]).split()) < _MIN_WORDS for slot in _NEEDED) \
            or any(is_placeholder(t) or is_timing(t) or is_sized(t) or to_you(t) for t in texts if t) \
            or instructs(texts) or not any(tells(line) for t in texts for line in _lines(t)):
        return ""
    return _opening(parts["situation"])


def _lines(text: str) -> list[str]:
    """The sentences of ``text``, bullets and markup gone."""
    out = []
    for raw in plain_words(text).split("\n"):
        line = raw.strip().lstrip("-*+•").strip()
        out.extend(s.strip() for s in sentence_split(line) if s.strip())
    return out


def _opening(text: str) -> str:
    """The first sentence of ``text``, cut to its first :data:`_OPENING_WORDS` words."""
    first = _lines(text)[0].rstrip(".")
    words = first.split()
    return first if len(words) <= _OPENING_WORDS else " ".join(words[:_OPENING_WORDS]) + "…"
