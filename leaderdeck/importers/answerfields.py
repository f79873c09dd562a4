"""Labelled points listed under an explicit answer label: the answer's own fields, not parts of the note.

A question bank often answers under ``**Answer:**`` with a list of labelled points:

    **Answer:**
    - **Purpose:** Let decisions be made in writing, by more people.
    - **Shape:**
        - **Context:** What problem the document solves.
        - **Risks:** What could go wrong.
    - **Outcome:** A record for whoever joins later.

Read one by one, those labels name other slots ("Purpose" a signal, "Context" a scene, "Risks" its challenges,
"Outcome" a story's Result), and the answer would be shredded into a scenario with no question. When the first
labelled point under the answer label names no STAR part, no part of a scene and no coaching in so many words, the
list is the answer's fields: every labelled point of it stays in the answer, nested ones too. Coaching named as such
(``Tip:``, ``Focus:``, ``Red flag:``, ``Anti-pattern:``, ``Follow-up:``, ``What interviewers look for:``) and
facts about the note (``Level:``)
keep their roles, a bulleted point after numbered ones (or the other way round) is another list, read as
before, and an answer whose first point is a story's part (``- **Situation:** ...``) or a scene's
(``- **Context:** ...``) is read as before: a story or a scene under the label.
"""

from __future__ import annotations

import re

from .blocks import Block, ITEM
from .labels import META_SLOTS, STAR_SLOTS, slot, star_slot
from .text import is_question
from .unit import Piece
from ..lazyre import lazy_re

# the parts of a scene: a first point naming one of them opens a scene under the label, not a list of fields
_SCENE_SLOTS = frozenset({"scenario", "challenges", "discussion", "requirements"})
# roles a label names unmistakably ("Anti-pattern:" a red flag, "Follow-ups:"), kept wherever the point stands;
# "Purpose" or "Structure" name a signal or a tip only loosely, and under an answer are its own points
_KEEP_ROLE = frozenset({"redflags", "followups", "clarify", "assumptions", "variants", "cheat", "noise"})
# coaching named in so many words: such a point is coaching wherever it stands
_COACHING = lazy_re(r"^\W*(?:(?:pro |quick |bonus )?tips?|red flags?|avoid\b|pitfalls?|(?:common )?mistakes?"
                    r"|warnings?|cautions?|follow[- ]?ups?|what (?:the )?interviewers? (?:look|want)"
                    r"|(?:what )?(?:they|interviewers?) (?:are )?look(?:s|ing)? for|look(?:s|ing)? for"
                    r"|don'?t|do not|notes?\b|focus\b|remember\b|important\b|hints?\b|keep in mind)", re.IGNORECASE)


def answer_field(piece: Piece | None, by_item: bool, block: Block) -> bool:
    """Whether the labelled item ``block`` is a field of the answer ``piece`` being read, whose label was a list
    item when ``by_item`` (see the module docstring)."""
    if piece is None or piece.slot != "answer" or not piece.label or star_slot(piece.label) != "answer" \
            or block.kind is not ITEM or not block.lead or is_question(block.rest or block.text):
        return False  # "**A:** ..." is a story's Action; "- **Q2:** How ...?" the next question
    if by_item and block.indent <= piece.indent:
        return False  # "- **Answer:** ..." then "- **Level:** ...": the next field of the note
    named = slot(block.lead)
    if _COACHING.match(block.lead) or named in _KEEP_ROLE or named in META_SLOTS:
        return False
    if named == "question" and (block.number is not None or not block.rest.strip()):
        return False  # "2. **Question:**" with the question nested under it: the next question, not a field
    first = next((b for b in piece.blocks if b.kind is ITEM and b.lead), block)
    if block.indent <= first.indent and (block.number is None) != (first.number is None):
        return False  # "1. **Trace:** ..." steps, then "- **Measure:** ...": another list, read as before
    return not _opens_body(first.lead)


def _opens_body(label: str) -> bool:
    """A first point that names a story's part or a scene's: the label's list is a story or a scene."""
    return star_slot(label) in STAR_SLOTS or slot(label) in _SCENE_SLOTS
