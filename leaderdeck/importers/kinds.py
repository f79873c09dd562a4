"""Which kind of note a unit makes, from the parts it holds: a STAR story when it holds STAR parts (two or more,
one of them an Action, Result, Learning or Task; or a first-person Action after a Context or Problem, a CAR or PAR
story with its Result still to write), a scenario when it holds a situation with challenges, discussion points or a
task, otherwise a Q&A note."""

from __future__ import annotations

from ..model import Kind
from .content import piece_text
from .labels import STAR_SLOTS
from .samples import told_by_me
from .unit import Piece


def note_kind(slots: set[str], pieces: list[Piece]) -> Kind:
    """The kind of note a unit whose pieces fill ``slots`` makes."""
    star = slots & set(STAR_SLOTS)
    answer_as_action = any(p.slot == "answer" and p.label.strip(" *:").casefold() == "a" for p in pieces)
    if answer_as_action and star:
        star |= {"action"}
    scenario = bool(slots & {"scenario"}) or ("situation" in slots and not star & {"action", "result", "learning"})
    # "Context:"/"Problem:" then "Action: I ...": a story (CAR, PAR) told so far, its Result still to write
    told = "action" in star and not slots & {"requirements", "discussion"} \
        and any(told_by_me(piece_text(p)) for p in pieces if p.slot == "action")
    if scenario and slots & {"challenges", "requirements", "discussion", "task"} and not {"action", "result"} <= star \
            and not told:
        return Kind.SCENARIO
    if len(star) >= 2 and star & {"action", "result", "learning", "task"} \
            or told and slots & {"scenario", "challenges"}:
        return Kind.STAR
    return Kind.QA
