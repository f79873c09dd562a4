"""A story told once under a list of the questions it answers.

    **Questions:**
    - Tell me about a time you fixed something that was not your job.
    - Describe a problem you spotted before anyone else did.

    **Situation:** ...
    **Action:** ...

Each item of the list starts a question of its own, and the story's parts, written after the list at the list's
own depth (not nested under its last item), would be read as the last question's answer, leaving the others drafts.
The story answers the list: the first question is the note's question, the others its variants. So does one
sample answer told as I or we under an answer label after the list (``**Sample Questions:**`` over the list, then
``**Lead-Level Example:**`` over "We ran three staging clusters. I merged them ..."), a story told in prose. A
list whose questions are answered one by one, or a story nested under its last item, is left alone.
"""

from __future__ import annotations

from .content import piece_text
from .labels import COACH_SLOTS, STAR_SLOTS, star_slot
from .text import clean_title, unquote
from .unit import Unit
from .voice import first_person

_PARTS = 2  # STAR parts at the least for the text after the list to be a story
_GAP = 2  # lines from one item of the list to the next: the next line, or after one blank line


def story_for_list(units: list[Unit]) -> list[Unit]:
    """``units`` with each run of unanswered list questions closed by a story at the list's depth folded into one
    unit asked by the run's first question (see the module docstring). One pass: the run ending the units kept so
    far is carried from unit to unit, never counted again (a list of thousands of questions)."""
    if len(units) < 2:
        return units
    out: list[Unit] = []
    tail = 0  # how many units ending ``out`` are unanswered questions, each a line or two above the next
    for unit in units:
        run = tail if _asks_in_list(unit) and tail and _joins(out[-1], unit) else 0
        if run and _told_after_list(unit):
            first = out[-run]
            first.pieces, first.title = unit.pieces, first.title or unit.title
            rest = [*out[len(out) - run + 1:], unit]
            first.variants.extend(unquote(clean_title(q)) for u in rest for q in (u.question, *u.variants) if q)
            del out[len(out) - run + 1:]
            tail = 0  # the run's first question now holds the story: answered
            continue
        tail = (tail + 1 if tail and _joins(out[-1], unit) else 1) if _unanswered(unit) else 0
        out.append(unit)
    return out


def _asks_in_list(unit: Unit) -> bool:
    """``unit`` is a question of a list, at the list's own depth."""
    return unit.from_item and bool(unit.question) and not unit.nested


def _unanswered(unit: Unit) -> bool:
    """``unit`` asks and holds nothing yet: it may open or carry on a run of a list's questions."""
    return bool(unit.question) and not unit.nested and not unit.follow_ups and not unit.variants \
        and all(p.empty for p in unit.pieces)


def _joins(before: Unit, after: Unit) -> bool:
    """``after`` follows ``before`` in the same list: at its depth, a line or two below it."""
    return before.indent == after.indent and 0 < after.line - before.line <= _GAP


def _told_after_list(unit: Unit) -> bool:
    """``unit``'s text is a story in STAR parts, labelled at its list's depth rather than nested under its item."""
    parts = [p for p in unit.pieces if p.slot in STAR_SLOTS and not p.empty]
    if len({p.slot for p in parts}) < _PARTS:
        return _example_after_list(unit)
    return all(p.indent <= unit.indent for p in parts)


def _example_after_list(unit: Unit) -> bool:
    """``unit``'s text is one sample answer under an answer label at its list's depth, told as I or we."""
    content = [p for p in unit.pieces if not p.empty and p.slot not in COACH_SLOTS and p.slot != "noise"]
    if len(content) != 1:
        return False
    (answer,) = content
    return answer.slot == "answer" and bool(answer.label) and star_slot(answer.label) == "answer" \
        and answer.indent <= unit.indent and first_person(piece_text(answer))
