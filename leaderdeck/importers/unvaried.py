"""A variants label whose text asks nothing: ``Related questions: see [Hiring](hiring.md) ...``. Only what asks is
kept as a phrasing of the question (:func:`.coaching.coach_of`); the rest is reported, never dropped silently.
An item that is only a link (``- [How do you handle conflict with a peer?](./peer-conflict.md)``) points at another
page's question, not at another way of asking this one: a list of them under ``## Related questions`` is the
page's links to its neighbours, reported as such."""

from __future__ import annotations

from .base import Skipped
from .content import entries
from .text import clean_title, is_question, unquote
from .unit import Piece
from ..lazyre import lazy_re

_DASHED = lazy_re(r"\s+[—–-]{1,2}\s+.*$")
_LINK_ONLY = lazy_re(r"^[*_]*\[[^\]]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)[*_]*$")


def linked_elsewhere(entry: str) -> bool:
    """``[text](target)`` and nothing more: a link to another page's question."""
    return "](" in entry and bool(_LINK_ONLY.match(entry.strip()))


def unasked_variants(pieces: list[Piece]) -> list[Skipped]:
    """One line per variants piece holding text that is no question, as :func:`.coaching.coach_of` reads it."""
    out = []
    for piece in pieces:
        if piece.slot != "variants":
            continue
        found = entries(piece)
        where = f"'{clean_title(piece.label)}'" if piece.label else "variants"
        if found and all(linked_elsewhere(e) for e in found):
            out.append(Skipped(piece.line, where, "links to other pages' questions, not phrasings of this one"))
        elif any(not is_question(unquote(clean_title(_DASHED.sub("", e)))) for e in found):
            out.append(Skipped(piece.line, where, "text that asks nothing: no variant"))
    return out
