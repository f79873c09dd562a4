"""A coaching page's opening words under its question, set apart from the sample answer it gives further down::

    # Tell Me About a Time You Failed
    Most people pick a failure that is really a success.

    ## What the interviewer is looking for
    ...
    ## Sample answer
    "In my first year ..."

The paragraph under the title is the page's introduction, not the answer: the answer has a section of its own,
and coaching sections stand between the two. Text told before such coaching, when a section labelled as the
answer comes after it, is a tip of the question (kept, never dropped); text right above the answer's section, or
with no labelled answer at all, stays the answer as before.
"""

from __future__ import annotations

from .labels import COACH_SLOTS
from .unit import Piece


def intro_apart(content: list[Piece], pieces: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """``(content, tips)``: ``content`` without the unlabelled text told before a coaching section that comes
    before the section labelled as the answer (``pieces``, every piece of the note, gives the order)."""
    answer = next((p.line for p in pieces if p.slot == "answer" and p.heading and not p.empty), None)
    if answer is None:
        return content, []
    coaching = next((p.line for p in pieces if p.slot in COACH_SLOTS and p.heading and p.line < answer), None)
    if coaching is None:
        return content, []
    intro = [p for p in content if p.slot is None and not p.empty and p.line < coaching]
    if not intro:
        return content, []
    return [p for p in content if p not in intro], [Piece("tips", p.line, blocks=p.blocks) for p in intro]
