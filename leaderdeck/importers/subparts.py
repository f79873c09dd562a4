"""Labelled points inside a STAR part: "- **Team:** six engineers" or "- **Deadline:** end of quarter" listed
under "**Situation:**", "8. Follow-up: I met each lead weekly" among an Action's numbered steps.

Such an item is a point of the part it sits in, kept there with its label, not a label of the note: a list under
a part's label (or nested under the part's own item) belongs to that part. Only a STAR part named in its own
words (Situation, Task, Action, Result, Learning, their letters, and their usual other names: Key takeaway, My
approach, Outcome...) starts another part there. A coaching label ("Tips:", "Follow-up:") stays in the part when
it carries on the part's numbered steps; as the first point it is the note's coaching, as before. Facts about the
note (``Company:``, ``Level:``) and items that ask keep their roles.
"""

from __future__ import annotations

from functools import lru_cache

from .blocks import Block, ITEM
from .labels import COACH_SLOTS, STAR_SLOTS, normalise, star_slot
from .cachesize import LABEL_CACHE
from .text import is_question
from .unit import Piece
from ..lazyre import lazy_re

# the STAR parts in their own words: a sub-label such as "Role" or "Goal" (a Task elsewhere) is a point of the part
_OWN_NAME = lazy_re(r"^(?:[starl]|situation|tasks?|actions?|results?|outcomes?|learnings?|lessons?|reflections?"
                    r"|\+r|r\+|(?:key )?takeaways?|what i'?d do differently|what i would do differently"
                    r"|what i learn[te]d?|(?:the |my )?retrospective|my responsibility|(?:my )?approach"
                    r"|interventions?|what i did|steps taken|applied since|(?:the )?response)\b")
# labels that, first in a part's list, are still points of the part: aliases of STAR parts, a scene's words, impact
_POINTS = frozenset({*STAR_SLOTS, "scenario", "challenges", "requirements", "impact", "discussion"})


@lru_cache(maxsize=LABEL_CACHE)
def names_part(label: str) -> bool:
    """A label naming a STAR part in its own words ("Situation", "**A:**", "Result & Impact")."""
    return star_slot(label) in STAR_SLOTS and bool(_OWN_NAME.match(normalise(label)))


def stays_in_part(piece: Piece | None, by_item: bool, block: Block, name: str | None, label: str) -> bool:
    """Whether the labelled item ``block`` (its label ``label``, naming ``name``) is a point of the STAR part
    ``piece`` being read, whose label was a list item when ``by_item`` (else a heading or a paragraph)."""
    if piece is None or piece.slot not in STAR_SLOTS or block.kind is not ITEM or not label \
            or names_part(label) or is_question(block.rest or block.text):
        return False  # "- **Leadership:** Tell me about a time ...": the next question, not a point
    if not (block.indent > piece.indent or not by_item):
        return False  # "- **Situation:** ..." then "- **My role:** ...": the next field of a list of parts
    if name is None or name in _POINTS:
        return True
    return name in COACH_SLOTS and _carries_on(piece, block)


def _carries_on(piece: Piece, block: Block) -> bool:
    """A numbered item right after the part's own numbered items at its level: the part's next step."""
    previous = next((b for b in reversed(piece.blocks) if b.indent <= block.indent), None)
    return block.number is not None and previous is not None and previous.kind is ITEM \
        and previous.indent == block.indent and previous.number is not None
