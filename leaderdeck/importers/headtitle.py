"""A heading numbered as a question whose words do not ask (``### Question 1: Missed launch``) over a section that
opens with a ``**Question:** "..."`` line: the heading is the title of that question's note, not a second question.
So is such a heading with no text of its own over one question put in bold right under it (``**"Tell me about
..."**``, read as a sub-section's heading) and the answer under that.
So is a heading that asks in one script over a line that asks in another, right under it (``#### 你怎么解决冲突？``
over ``Tell me about a time you had a conflict.``): the same question, translated, the line the one put to the
candidate and the heading its variant.
So is a heading that asks over a ``**The Question:**`` line asking it again (``## Question 2: How Do You Run a
Retro?`` over ``> "How do you run a retro?"``): one question, in the words the label quotes, its answer all that
follows the label; the heading, when worded otherwise, is its variant. Worded otherwise, the labelled question must
be the section's only one: a heading over several labelled questions is their group.
So is such a heading over sub-sections whose first, headed by a question's label (``### The Question``), asks the
one question of the section (``> "Tell me about a production bug you fixed."``): the heading titles that note, and
what its other sub-sections give (what to cover, tips, the answer) is that note's. A heading that asks over such a
sub-section is the same question, or its variant when worded otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .labels import slot
from .text import asked_key, is_question, unquote
from .unit import Piece, Unit

if TYPE_CHECKING:
    from .outline import Node
from ..lazyre import lazy_re

_CJK = lazy_re(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def asked_in_first(question: str, told: Sequence[Unit], first: "Node | None", end: int) -> bool:
    """Whether the heading's ``question`` (its words once the number is gone, asking nothing) names the one note
    ``told`` under it, asked in ``first``, its first sub-section (headed by a question's label, or by the question
    itself: a label over a quote is read as the quote's heading, spanning both lines; or the heading's question
    asked again), ending at line ``end``."""
    return bool(question) and len(told) == 1 and bool(told[0].question) \
        and not told[0].title and first is not None and first.head is not None \
        and (slot(first.head.text) == "question" or told[0].line == first.line
             and (not is_question(question) or _compared(question) == _compared(told[0].question)
                  or first.head.end > first.head.line)) \
        and first.line <= told[0].line <= end


def titles_labelled(question: str, before: list[Piece], first: Unit) -> bool:
    """Whether the heading's ``question`` (its words once the number is gone) names ``first``, the section's first
    question, asked on a ``Question:`` line with nothing but empty pieces ``before`` it."""
    return first.labelled and bool(first.question) and not first.title and not is_question(question) \
        and all(piece.empty for piece in before)


def titles_below(question: str, unit: Unit, told: Sequence[Unit], first: "Node | None") -> bool:
    """Whether the heading's ``question`` (its words once the number is gone, asking nothing) names the one note
    ``told`` under it, asked by ``first``, its first sub-section, standing right under the heading, while ``unit``,
    the heading's own note, holds nothing."""
    return bool(question) and not is_question(question) and len(told) == 1 and bool(told[0].question) \
        and not told[0].title and first is not None and told[0].line == first.line \
        and all(piece.empty for piece in unit.pieces) and not unit.follow_ups and not unit.variants


def translates(question: str, before: list[Piece], first: Unit, first_line: int) -> bool:
    """Whether the heading's ``question``, which asks, is ``first`` (the section's first question, unlabelled and
    untitled, asked on the section's first line ``first_line`` with nothing but empty pieces ``before`` it) asked in
    another script: one of the two holds CJK, the other none."""
    return bool(first.question) and not first.labelled and not first.title and first.line == first_line \
        and is_question(question) and all(piece.empty for piece in before) \
        and bool(_CJK.search(question)) != bool(_CJK.search(first.question))


def restates(question: str, before: list[Piece], found: Sequence[Unit]) -> bool:
    """Whether the section's first question, asked on a ``Question:`` line with nothing but empty pieces ``before``
    it, is the heading's ``question`` (which asks) asked again: in the same words (but for case, spacing, quotes
    and closing marks), or in other words as the section's only question (``found``: its questions); asked on a
    line of no label, in the same words only."""
    first = found[0]
    if not first.question or first.title or not is_question(question) or not all(piece.empty for piece in before):
        return False
    if first.labelled:
        return len(found) == 1 or _compared(question) == _compared(first.question)
    # '# How to answer "Why this team?"' over the line '"Why this team?"': the page's question said again, unlabelled
    return not first.story and _compared(question) == _compared(first.question)


def _compared(question: str) -> str:
    """A question as two wordings of it are compared: without case, spacing, quotes or closing marks."""
    return asked_key(unquote(question))


def take_over(unit: Unit, first: Unit) -> None:
    """``unit``, the heading's, becomes the note of ``first``: its question asked, the heading its title."""
    unit.title, unit.question = unit.question, first.question
    unit.pieces.extend(first.pieces)
    unit.variants.extend(first.variants)
    unit.follow_ups = (*unit.follow_ups, *first.follow_ups)


def take_over_translated(unit: Unit, first: Unit) -> None:
    """``unit``, the heading's, becomes the note of ``first``, the same question in another script: the line's
    question asked, the heading's its first variant."""
    heading = unit.question
    take_over(unit, first)
    unit.title, unit.variants[:0] = "", [heading]


def take_over_restated(unit: Unit, first: Unit) -> None:
    """``unit``, the heading's, becomes the note of ``first``, the same question asked again on a labelled line: the
    line's words asked, the heading's its first variant when worded otherwise."""
    heading = unit.question
    take_over(unit, first)
    unit.title = ""
    if _compared(heading) != _compared(first.question):
        unit.variants.insert(0, heading)
