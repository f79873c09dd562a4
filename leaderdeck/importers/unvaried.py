"""A variants label whose text asks nothing: ``Related questions: see [Hiring](hiring.md) ...``. Only what asks is
kept as a phrasing of the question (:func:`.coaching.coach_of`); the rest is reported, never dropped silently."""

from __future__ import annotations

from .base import Skipped
from .content import entries
from .text import clean_title, is_question, unquote
from .unit import Piece
from ..lazyre import lazy_re

_DASHED = lazy_re(r"\s+[—–-]{1,2}\s+.*$")


def unasked_variants(pieces: list[Piece]) -> list[Skipped]:
    """One line per variants piece holding text that is no question, as :func:`.coaching.coach_of` reads it."""
    return [Skipped(p.line, f"'{clean_title(p.label)}'" if p.label else "variants",
                    "text that asks nothing: no variant")
            for p in pieces if p.slot == "variants"
            and any(not is_question(unquote(clean_title(_DASHED.sub("", e)))) for e in entries(p))]
