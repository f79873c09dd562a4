"""A practice-scenario page's scene, set once above the questions asked about it: each question's context.

A page that sets one scene (``## Scenario Overview``: "Two of your leads are in an open conflict ...") and then asks
a run of questions about it, each under its own heading with its own answer (``### 1. Immediate response`` /
``**Question**: "What do you do in the moment?"``), gives that scene to every question as its context, however many
there are: without it "What do you do in the moment?" means nothing. A group's other coaching sections are given
to its notes only on a short coaching page (:mod:`.groupcoaching`); the scene is no coaching, and only a scene
written above the first question goes, to a run of at most :data:`SCENE_NOTES` questions, none of which sets a
scene of its own.
"""

from __future__ import annotations

from .content import piece_text
from .unit import Piece, Unit

SCENE_NOTES = 12  # the questions one scene is asked about, at the most; a longer bank under a scene is not its own


def shared_setting(units: list[Unit], orphans: list[Piece]) -> list[Piece]:
    """``orphans`` without the scene given to each of ``units`` that asks (see the module): the ``scenario`` pieces
    written above the first of them, when none of them sets a scene of its own."""
    asking = [unit for unit in units if unit.question.strip()]  # a story or scene named and not asked takes none
    if not asking or len(asking) > SCENE_NOTES or any({"scenario", "situation"} & unit.slots() for unit in asking):
        return orphans
    first = min(unit.line for unit in asking)
    scene = [p for p in orphans if p.slot == "scenario" and p.line < first and piece_text(p).strip()]
    if not scene:
        return orphans
    for unit in asking:
        unit.pieces.extend(scene)
    return [p for p in orphans if p not in scene]
