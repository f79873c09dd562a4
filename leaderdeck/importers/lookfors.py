"""An interviewer's guide: the ``**Question**:`` line that sets a scene before its request, and the points listed
under ``**What to Look For**:`` that name what they check, often asking about the candidate::

    **Question**: You are setting up a new ticket queue. Walk me through your priorities.

    **What to Look For**:
    - **Priorities**: P1 within the hour, P2 the same day?
    - **What changed**: Did they add scans? How do they know it worked?

The text after the label is the question when its last sentence asks or makes a request after a scene told by no
"I" or "we". Each
point of the look-for list is one of the question's signals, however it ends and whatever its bold lead says
("What changed" is no Result here): never the answer, nor the question. A first point whose lead names a part of a
story keeps that part's role unless it asks or speaks of the candidate, but only when it names the part in its own
words (``Situation``, ``Result``): a lead that is only another name of a part or a fact about the note (``- **Role**:
How the role fits your goals``, ``- **Company**: What draws you to it``, under ``**Elements**:`` below a question)
opens the list when its text is an outline's line, as under a tips label; once the list has begun, every item at its
depth is a point and what is nested under a point is part of it (``  - Focus: ...`` too). A coaching label at the
list's depth (``- **Red flags:**``) still opens its own list.

An outline of what to cover under a tips label standing alone (``**Structure:**`` over ``- **Context:** Company,
team, timeline`` / ``- **Impact:** Metrics and outcomes``) is read the same way: its items are tips, even those
whose lead names a part of a story, as long as the first of them is a few words told by nobody (no "I" or "we"), a
description of the part to give, not the part itself. A first item that is a sentence telling what happened ("- **S:**
The release was done by hand.": a verb in the past, a full stop, no "you", no instruction or wh-word opening it) is
the story's first part, told without an "I": the list is the story, not an outline.
"""

from __future__ import annotations

import re

from .blocks import Block, ITEM
from .labels import COACH_SLOTS, slot
from .subparts import names_part
from .text import ends_asking, is_criterion, is_instruction, is_question, plain_words, sentence_split
from .unit import Piece
from .voice import first_person, in_past, to_you
from ..lazyre import lazy_re

_LOOK_FOR = frozenset({"signals", "redflags"})
_OUTLINE_WORDS = 8  # a line of an outline names what to give in a few words; a story's part tells it
_WH_OPENING = lazy_re(r"^(?:what|how|who|why|when|where|which|whom|whose)\b", re.IGNORECASE)


def asked_after_scene(rest: str) -> bool:
    """Whether the text after a ``Question:`` label is a scene and then a request or question put to the reader
    ("You inherit a queue. Walk me through your first week.")."""
    flat = " ".join(plain_words(rest).split())
    sentences = [s for s in sentence_split(flat) if s.strip()]
    return len(sentences) > 1 and is_question(sentences[-1]) and not any(first_person(s) for s in sentences[:-1])


def look_for_point(piece: Piece | None, block: Block) -> bool:
    """Whether ``block``, a bold-led item, is a point of the look-for list ``piece`` heads (see the module
    docstring)."""
    if piece is None or piece.slot not in (*_LOOK_FOR, "tips") or piece.rest.strip() \
            or block.kind is not ITEM or block.indent < piece.indent:
        return False
    points = [b for b in piece.blocks if b.kind is ITEM]
    if points and block.indent > points[0].indent:
        return True  # "  - Focus: team growth" under "- **Manager fit**:": part of that point
    if not block.lead:
        return False
    named = slot(block.lead)
    if named in COACH_SLOTS or named in ("question", "answer", "noise"):
        return False  # "- **Follow-ups:**", "- **Q2**: ...": a label of its own
    rest = block.rest.strip()
    if points:
        return True
    if piece.slot == "tips":  # an outline: its first line describes what to give, in a few words of nobody's
        return _outlines(rest) and not is_question(rest)
    if named is not None and not names_part(block.lead) and _outlines(rest):
        return True  # "- **Role**: How the role fits your goals": what to cover, no Task of a story
    return named is None or ends_asking(rest) or is_criterion(rest)


def _outlines(rest: str) -> bool:
    """Whether ``rest``, the text of an outline's first item, names what to give in a few words of nobody's, not
    telling what happened."""
    return bool(rest) and len(rest.split()) <= _OUTLINE_WORDS and not first_person(rest) and not _tells(rest)


def _tells(text: str) -> bool:
    """Whether ``text``, an outline's first line, is instead a sentence telling what happened ("The build was done by
    hand."): it ends as a sentence and has a verb in the past, and neither speaks to the reader, opens as an
    instruction, nor opens on a wh-word ("What happened."): a story's part told without an "I"."""
    flat = plain_words(text).strip()
    return flat.endswith((".", "!")) and in_past(flat) and not to_you(flat) and not is_instruction(flat) \
        and not _WH_OPENING.match(flat)
