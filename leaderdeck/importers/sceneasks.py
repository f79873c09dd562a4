"""Questions listed under a label of a scenario's own, with no answers: ``**Situation:** ...`` then ``**Questions
to think about:**`` over ``- What do you tell ...?`` / ``- How do you re-plan ...?``. They are the scenario's
discussion points, not questions of a bank, and the scene above them stays the scenario's.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, ITEM
from .unit import Piece, Unit

_SCENE = frozenset({"scenario", "situation"})
_LEAST = 2  # questions in the list, at the least


def listed_asks(units: list[Unit], body: Sequence[Block]) -> list[Unit]:
    """``units`` with a list of unanswered questions right under a scene's unlabelled lead-in made that scene's
    discussion points; ``units`` as they were otherwise."""
    if len(units) < 1 + _LEAST or units[0].question or not any(p.slot in _SCENE for p in units[0].pieces):
        return units
    scene, asks = units[0], units[1:]
    if any(not u.question or not u.from_item or u.nested or u.pieces or u.title or u.follow_ups for u in asks):
        return units
    last = scene.pieces[-1]
    name = _lead_in(last)
    if not name:
        return units  # no lead-in of the list's own ("**Questions to think about:**") closes the scene
    lines = {u.line for u in asks}
    items = [b for b in body if b.kind is ITEM and b.line in lines]
    if len(items) != len(asks) or len({b.indent for b in items}) != 1 or items[0].line <= last.line:
        return units
    scene.pieces[-1] = Piece("discussion", last.line, label=name, blocks=items)
    return [scene]


def _lead_in(piece: Piece) -> str:
    """The words of a piece that only leads into a list, with no slot of ours: a label with nothing after it, or
    one line of its own ending in a colon (``**Questions to think about:**``); ``""`` otherwise."""
    if piece.slot is not None or piece.rest.strip():
        return ""
    told = [b for b in piece.blocks if b.text.strip()]
    if not told:
        return piece.label
    if len(told) == 1 and "\n" not in told[0].text.strip() and told[0].text.strip(" *_").endswith(":"):
        return told[0].lead or told[0].text.strip(" *_:")
    return ""
