"""Coaching sub-sections of a page's top section that also holds questions of its own: the page's, not one note's.

A page may use ``#`` for its sections, so everything after its last ``#`` heading sits under it::

    # Any questions?
    Write yours down before the call.

    ## Signals
    - **Ownership** ...

    ## Examples of open-ended questions
    - Talk about a project that failed

    ## Advice
    - Know your own story

When that top section is headed by a question and one of its sub-sections holds other questions (notes of their
own), the section is a part of the page rather than one question's answer: its sub-sections headed as signals,
red flags or tips are coaching for the page, handed up to the page (given to every note of a short page,
reported on a longer one, never closing criteria of the questions above it) instead of joining the heading's note.
"""

from __future__ import annotations

from .labels import slot
from .outline import Node
from .unit import Piece, Unit

_PAGE_COACHING = frozenset({"signals", "redflags", "tips"})


def page_coaching(node: Node, tops: list[Node], unit: Unit, below: list[Unit],
                  held: list[tuple[Node, list[Piece]]]) -> list[Piece]:
    """The pieces of ``held`` (each sub-section of ``node`` with the pieces it gave ``unit``) that are the page's
    coaching (see the module docstring); none when ``node`` is not such a top section."""
    if len(tops) < 2 or not any(node is top for top in tops) \
            or not any(other.question and other.question != unit.question for other in below):
        return []
    page = [piece for child, pieces in held if child.head is not None and slot(child.head.text) in _PAGE_COACHING
            for piece in pieces]
    for piece in page:
        piece.page = True
    return page
