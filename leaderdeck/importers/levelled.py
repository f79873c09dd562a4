"""Sample answers given by level: a list whose items each open with a level or a grade
(``- **Junior**: ...`` / ``- **Senior**: ...``, ``- **Weak:** ...`` / ``- **Strong:** ...``).

The strongest is the answer to learn; the weakest is what not to say (a red flag); any between are tips under
their own label.
"""

from __future__ import annotations


from .blocks import ITEM
from .labels import normalise
from .unit import Piece
from ..lazyre import lazy_re

# Rank of each level or grade word; a higher rank is the stronger answer.
_RANK = {
    "junior": 1, "entry": 1, "entry-level": 1, "beginner": 1, "novice": 1, "intern": 1,
    "mid": 2, "mid-level": 2, "intermediate": 2, "senior": 3, "lead": 4, "staff": 4, "principal": 5,
    "weak": 1, "poor": 1, "bad": 1, "average": 2, "okay": 2, "ok": 2, "acceptable": 2, "decent": 2, "better": 3,
    "good": 3, "strong": 4, "great": 4, "excellent": 5, "best": 5, "exceptional": 5,
}
# Words around the level that name the sample itself: "Senior engineer answer", "Weak response".
_AROUND = lazy_re(r"\b(?:candidate|engineer|level|answer|response|path|example|sample|version)s?\b")


def rank(label: str) -> int:
    """The rank of a level or grade label, or 0 when it names neither."""
    text = normalise(label)
    return _RANK.get(text) or _RANK.get(" ".join(_AROUND.sub(" ", text).split()).strip("- "), 0)


def levelled(piece: Piece) -> tuple[str, list[tuple[int, str, str]]] | None:
    """``(the strongest sample, [(rank, label, text) of the others]``, weakest first) when the piece's items are
    all led by a level or grade, at least two of them different; else ``None``."""
    items = [b for b in piece.blocks if b.kind is ITEM]
    if len(items) < 2 or len({b.indent for b in items}) > 1 or piece.rest.strip() \
            or any(b.text.strip() and b.kind is not ITEM for b in piece.blocks):
        return None
    samples = [(rank(b.lead), b.lead.strip(), b.rest.strip()) for b in items]
    if any(not r or not text for r, _, text in samples) or len({r for r, _, _ in samples}) < 2:
        return None
    samples.sort(key=lambda s: s[0])
    return samples[-1][2], samples[:-1]


def coaching(others: list[tuple[int, str, str]], line: int) -> list[Piece]:
    """The weaker samples as coaching: the weakest a red flag, any between a tip under its label."""
    lowest = others[0][0]
    return [Piece("redflags", line, rest=text) if r == lowest else Piece("tips", line, rest=f"{label}: {text}")
            for r, label, text in others]
