"""A practice-scenario page's scene, set once above the questions asked about it: each question's context.

A page that sets one scene (``## Scenario Overview``: "Two of your leads are in an open conflict ...") and then asks
a run of questions about it, each under its own heading with its own answer (``### 1. Immediate response`` /
``**Question**: "What do you do in the moment?"``), gives that scene to every question as its context, however many
there are: without it "What do you do in the moment?" means nothing. A group's other coaching sections are given
to its notes only on a short coaching page (:mod:`.groupcoaching`); the scene is no coaching, and only a scene
written above the first question goes, to a run of at most :data:`SCENE_NOTES` questions, none of which sets a
scene of its own. A section of the scene's facts between it and the questions (``## Key Information`` over
``- **Your Role**: ...`` and ``- **Context**: ...``) is more of the scene, never a note asking its context. An
overview that speaks of the questions themselves ("Scenario questions evaluate judgment under pressure.", "This
section tests ...") sets no scene: it is the page's word on its questions, reported, never a question's context.
"""

from __future__ import annotations

import re

from .blocks import Block
from .content import piece_text
from .unit import Piece, Unit
from ..lazyre import lazy_re

SCENE_NOTES = 12  # the questions one scene is asked about, at the most; a longer bank under a scene is not its own


def shared_setting(units: list[Unit], orphans: list[Piece]) -> list[Piece]:
    """``orphans`` without the scene given to each of ``units`` that asks (see the module): the ``scenario`` pieces
    written above the first of them, when none of them sets a scene of its own."""
    asking = [unit for unit in units if unit.question.strip()]  # a story or scene named and not asked takes none
    if not asking or len(asking) > SCENE_NOTES or any({"scenario", "situation"} & unit.slots() for unit in asking):
        return orphans
    first = min(unit.line for unit in asking)
    scene = [p for p in orphans if p.slot == "scenario" and p.line < first and piece_text(p).strip()
             and not about_questions(p)]
    if not scene:
        return orphans
    facts = [unit for unit in units if _fact_sheet(unit, first)]
    for unit in facts:  # "## Key Information" over "- **Your Role**: ..." / "- **Context**: ...": more of the scene
        units.remove(unit)
        scene.append(Piece("scenario", unit.line, unit.title, blocks=_written(unit)))
    for unit in asking:
        unit.pieces.extend(scene)
    return [p for p in orphans if p not in scene]


def about_questions(piece: Piece) -> bool:
    """A scene's section that speaks of the questions themselves ("Scenario questions evaluate ..."): no scene."""
    return piece.slot == "scenario" and bool(_ON_QUESTIONS.search(piece_text(piece)))


def _fact_sheet(unit: Unit, first: int) -> bool:
    """A section above the first question that asks nothing and tells no story, only facts of the scene, one of
    them labelled as its context (``- **Context**: the company just cut staff``): the scene's fact sheet, not a note
    asking its context."""
    slots = unit.slots()
    return unit.line < first and not unit.question.strip() and "scenario" in slots and slots <= _FACT_SLOTS


# a sentence whose subject is the questions or the page ("Scenario questions evaluate ...", "This guide covers ..."):
# what the page is about, no scene
_ON_QUESTIONS = lazy_re(r"(?:^|[.!]\s+)(?:[\w-]+ ){0,2}(?:questions|drills|exercises|prompts|scenarios"
                        r"|this (?:question(?: type)?|section|page|guide|topic))\s+(?:\w+\s+){0,3}(?:evaluate|assess|test|measure|probe|check|gauge|reveal|explore|examine"
                        r"|focus on|are (?:designed|meant|used)|is (?:designed|meant|used)|cover)s?\b", re.IGNORECASE)
_FACT_SLOTS = frozenset({"scenario", "title", "level", "company", "duration"})  # "Name: Alex" is read as a title


def _written(unit: Unit) -> list[Block]:
    """A section's blocks as the document wrote them, label lines and all, in their order."""
    blocks = {id(b): b for p in unit.pieces for b in ([p.opener] if p.opener is not None else []) + p.blocks}
    return sorted(blocks.values(), key=lambda b: b.line)
