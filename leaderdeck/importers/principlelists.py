"""A list of the principles or competencies a story or question shows, under a label that names them:
``- **Leadership Principles**: Ownership, Bias for Action, Deliver Results.``, ``Principles: ...``,
``LPs: ...``, ``Company values: ...``.

Our labels read ``Leadership Principles`` as a topic label and ``Principles`` as tips. A topic is one subject, so
a topic label whose text lists several names (``A, B, C``) lists competencies, and so does a label naming
principles, values or competencies over any names; a ``Principles`` label over names each in title case
(``Customer Obsession, Dive Deep``) names them too, where over words of advice (``own the miss, keep it short``) it
stays tips. Either way the names become the note's competencies (the first that names a topic still gives the
topic), never a "not a topic" report.
"""

from __future__ import annotations

from .content import entries
from .labels import normalise
from .unit import Piece
from ..lazyre import lazy_re

# "Leadership Principles", "Amazon LPs", "Core values", "Principles shown": a label naming principles or values
_NAMES_THEM = lazy_re(r"^(?:(?:amazon|leadership|company|core|our|key|relevant)\s+){0,2}"
                      r"(?:principles?|values?|lps?|competenc(?:y|ies))"
                      r"(?:\s+(?:demonstrated|shown|covered|used|displayed|highlighted|addressed))?$")
_ENTRY = lazy_re(r"[^,;]+")
_SMALL = frozenset("a an and as at be by for in of on or the to with".split())
_MAX_WORDS = 5


def principle_lists(pieces: list[Piece]) -> None:
    """Give the slot ``competencies`` to each piece of ``pieces`` that lists principles or competencies (see the
    module)."""
    for piece in pieces:
        if piece.slot not in ("topic", "tips") or piece.heading:
            continue
        names = _names(piece)
        if not names:
            continue
        label = normalise(piece.label)
        if piece.slot == "topic" and (len(names) >= 2 or _NAMES_THEM.match(label)) \
                or piece.slot == "tips" and _NAMES_THEM.match(label) and all(_titled(n) for n in names):
            piece.slot = "competencies"


def _names(piece: Piece) -> list[str]:
    """The short names ``piece`` lists, on its label's line split at its commas or as its items; ``[]`` when
    any entry is more than a name (a sentence, a clause)."""
    listed = entries(piece)
    return listed_names(listed[0]) if len(listed) == 1 else _short(listed)


def listed_names(text: str) -> list[str]:
    """The short names ``text`` lists, split at its commas and semicolons (``Ownership, Dive Deep``); ``[]`` when
    any entry is more than a name."""
    return _short(_ENTRY.findall(text))


def _short(listed: list[str]) -> list[str]:
    """``listed`` without emphasis and closing stops, when every entry is a name (a sentence or a clause is not);
    ``[]`` otherwise."""
    names = [n.strip().rstrip(".").strip(" *_`") for n in listed]
    names = [n for n in names if n]
    if not names or any(len(n.split()) > _MAX_WORDS or "\n" in n or any(c in n for c in ".:!?") for n in names):
        return []
    return names


def _titled(name: str) -> bool:
    """Whether every word of ``name`` but its small words opens with a capital (``Learn and Be Curious``)."""
    first, *rest = name.split()
    return first[:1].isupper() and all(w[:1].isupper() or w.casefold() in _SMALL for w in rest)
