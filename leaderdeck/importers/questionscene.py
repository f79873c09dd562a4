"""The scene a scenario's question is asked about, written above the question's label.

A scenario set often names each scenario in a heading, tells the scene in a paragraph or two, then puts the
question under a label and answers it::

    ## Scenario 3: The quiet reviewer
    A reviewer on your team approves every pull request within minutes ...     <- the scene
    **Question:** What do you do first?                                         <- the question
    **Answer:** I look at the two reviews with them ...                         <- its answer

The question makes sense only with its scene, so the scene is the question's context (a ``Context:`` tip, as a
``**Scenario:**`` or ``**Context:**`` label above a question gives), never text under the heading left out, and,
labelled ``**Situation:**``, never a story's Situation read as a template to fill in. It holds when the heading
names a scenario or a case (``Scenario: ...``, ``Scenario 3 - ...``, ``Case study B: ...``), the section asks one
question, and the text above the question is prose set for the reader (no label, no list, not told as I); a
Situation above a question is the scene when no other part of a story (Task, Action, Result) is told with it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import PARAGRAPH
from .content import piece_text
from .unit import Piece, Unit
from .voice import as_me
from ..lazyre import lazy_re

# "Scenario: name", "3. Scenario 2 - name", "Case study B: name", after any number or symbols opening the heading
_NAMES_CASE = lazy_re(r"^[^A-Za-z]*(?:scenario|case(?:\s+study)?)(?:\s*#?\s*(?:[a-z]|\d{1,3}))?\s*(?::|\s[-–—])\s*\S",
                      re.IGNORECASE)


def names_case(head: str) -> bool:
    """Whether a heading names a scenario or a case ("Scenario 3 - ...", "Case study B: ...")."""
    return bool(head) and _NAMES_CASE.match(head) is not None


def question_scene(head: str, before: list[Piece], units: list[Unit]) -> list[Piece]:
    """``before`` (a section's pieces ahead of its questions) without the scene of the section's one question,
    which is given to that question as its ``scenario`` piece (see the module docstring); a unit ahead of the
    question that tells only a Situation is that scene too, and leaves ``units``."""
    if not head or not _NAMES_CASE.match(head):
        return before
    if len(units) == 2 and _situation_only(units[0]) and units[1].question and not units[0].question:
        set_up, asked = units
        asked.pieces[:0] = [replace(p, slot="scenario") for p in set_up.pieces if p.slot == "situation"]
        units.remove(set_up)
        return before
    asked = [unit for unit in units if unit.question]
    if len(units) != 1 or len(asked) != 1:
        return before
    lead = 0
    while lead < len(before) and before[lead].slot is None:
        lead += 1
    scene = [p for p in before[:lead] if not p.empty]
    if not scene or any(p.slot is None and not p.empty for p in before[lead:]):
        return before
    if any(b.lead or b.kind is not PARAGRAPH for p in scene for b in p.blocks if b.text.strip()):
        return before  # "**Team:** Payments" lines or a list: facts about a case, not the scene's prose
    text = "\n".join(piece_text(p) for p in scene)
    if not text.strip() or as_me(text) or any(p.line > asked[0].line for p in scene):
        return before
    asked[0].pieces[:0] = [replace(p, slot="scenario") for p in scene]
    return before[lead:]


def _situation_only(unit: Unit) -> bool:
    """A unit telling a Situation (prose set for the reader, not told as I) and no other part of a story."""
    told = [p for p in unit.pieces if not p.empty]
    return len(told) == 1 and told[0].slot == "situation" and not unit.title \
        and not as_me(piece_text(told[0]))
