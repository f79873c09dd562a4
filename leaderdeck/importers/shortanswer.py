"""A short answer given above the full one: the note's one-liner.

A bank often opens an answer with its gist under a label of its own, then gives the answer in full:

    ## Q: How do you decide between building and buying?
    Short answer: buy when it is not our edge.
    - Total cost over three years, not the first invoice
    - Who maintains it when the vendor folds

The labelled line is the note's cheat code (its one-liner, shown apart on the card), its first letter raised; the
rest is the answer. A short answer with nothing after it is the answer itself, as before. ("TL;DR:", "One-liner:"
and "Short version:" name the cheat code wherever they stand: :mod:`.labels`.)
"""

from __future__ import annotations

from .content import piece_text
from .labels import normalise
from .unit import Piece

# the answer labels that name a short answer ("TL;DR", "One-liner", "Short version" are cheat labels already)
_SHORT = frozenset({"short answer", "shorter answer"})


def short_answer_apart(content: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """``content`` without its opening short answer when more answer follows it, and that short answer as a
    ``cheat`` piece (see the module docstring)."""
    if not content:
        return content, []
    first = content[0]
    if first.slot != "answer" or not first.label or not first.rest.strip() or normalise(first.label) not in _SHORT:
        return content, []
    fuller = [Piece("answer", first.blocks[0].line, blocks=first.blocks, indent=first.indent)] if first.blocks else []
    if not fuller and not any(piece_text(p).strip() for p in content[1:]):
        return content, []  # the short answer is all there is: the answer
    rest = first.rest.strip()
    return [*fuller, *content[1:]], [Piece("cheat", first.line, rest=rest[:1].upper() + rest[1:], indent=first.indent)]
