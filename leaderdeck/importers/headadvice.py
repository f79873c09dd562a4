"""Advice to the reader right under a question's heading, over the labelled sample answer: a tip, not a question.

    ### What is your greatest strength?
    Explain your strength with one concrete example.

    - **Sample answer**:
      "My strength is persistence. ..."

The paragraph reads as a request ("Explain ...", "Describe ..."), but the heading asks already: a paragraph that
opens it, asks nothing (no question mark), tells nothing as I and advises (an imperative, or words to "you"),
over a sample answer under its own label, is advice on answering the heading's question. The note is the
heading's, the paragraph its tip, the labelled text its answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from .advice import advises
from .blocks import Block
from .text import ends_asking, is_question
from .unit import Piece, Unit


def advice_over_answer(question: str, before: Sequence[Piece], found: Unit, first: Block) -> bool:
    """Whether ``found``, the first question read under the heading asking ``question`` (with nothing of its own,
    ``before``, above it), is only advice on that question over its labelled answer (see the module docstring)."""
    return found.line == first.line and bool(question) and (ends_asking(question) or is_question(question)) \
        and all(p.empty for p in before) and not ends_asking(found.question, "\"”’)") and not found.follow_ups \
        and advises(first) and any(p.slot == "answer" and p.label and not p.empty for p in found.pieces)


def fold_advice(unit: Unit, found: Unit) -> None:
    """Give ``unit`` (the heading's note) the advice ``found`` asked as its tip, and ``found``'s text."""
    unit.pieces.append(Piece("tips", found.line, rest=found.question))
    unit.pieces.extend(found.pieces)
    unit.variants.extend(found.variants)
