"""Coaching sections of a group of questions: to each of its notes on a coaching page, else reported.

A page of at most :data:`PAGE_NOTES` notes is a coaching page: the group's coaching sections ("What they look
for", "Tips") go to each of its notes. For a bank of more questions they are reported, not copied into every
note, unless a section holds them (``Key themes:`` inside ``## Summary`` goes with that section) or they close a
run of questions (criteria after a topic's questions: those questions'). A section of questions for the people the
candidate meets (``## Questions for the panel``, which a case study reads as its discussion points) goes to no
question and answer: reported, never pasted into each answer. A list of questions worded as variants
that no one note can hold is their bank (:class:`.banklists.BankLists`). A part of a story or scene left over (``Problem:``
over my notes of a story I have not yet asked a question for) is reported as no part of a question, not as
coaching; a bank's closing ``### Tags`` section is reported as the page's tags.
"""

from __future__ import annotations

from .asks import ASK_THEM
from .banklists import BankLists
from .labels import SCENARIO_SLOTS, STAR_SLOTS, to_ask
from .sections import is_scenario
from .sharedsetting import about_questions, shared_setting
from .closing import spread
from .heldparts import by_own_section, held_in_sections
from .ownadvice import MANY
from .unit import UNASKED, Loose, Piece, Unit

TOLD = "part of a story with no question above it"  # "Problem:" over my notes on a story I tell: no coaching
TAGGED = "the page's tags, not interview content"  # "### Tags" over "`Leadership` • `Q&A`" closing a bank
PAGE_NOTES = 3  # a group with at most this many notes is a coaching page: its coaching goes to each


def _theirs_apart(units: list[Unit], orphans: list[Piece], loose: list[Loose]) -> list[Piece]:
    """``orphans`` without the sections of questions the candidate will ask (``Questions for the panel``), added
    to ``loose``, when no unit of the group is a scenario whose discussion points they could be."""
    theirs = [p for p in orphans if p.slot == "discussion" and p.label and to_ask(p.label)]
    if not theirs or any(is_scenario(unit.slots()) for unit in units):
        return orphans
    loose.extend(Loose(p.line, p.place, ASK_THEM) for p in theirs if not p.empty)
    return [p for p in orphans if p not in theirs]


def attach(units: list[Unit], orphans: list[Piece], lists: BankLists, loose: list[Loose]) -> None:
    """Give the coaching sections ``orphans`` of a group to its ``units`` (see the module); what stays no one's is
    added to ``loose``."""
    orphans = lists.banked(units, orphans, PAGE_NOTES)
    orphans = _theirs_apart(units, orphans, loose)
    if len(units) > PAGE_NOTES:  # the scene set above a run of questions: each one's context
        orphans = shared_setting(units, orphans)
    elif units and (overviews := [p for p in orphans if about_questions(p)]):  # "## Overview": "Scenario questions
        loose.extend(Loose(p.line, p.place, MANY) for p in overviews)  # evaluate ...": no question's scene
        orphans = [p for p in orphans if p not in overviews]
    loose.extend(Loose(p.line, "text", UNASKED) for p in lists.unplaced)
    lists.unplaced.clear()
    free, held = by_own_section(orphans, units, "signals")  # "Key themes:" inside "## Summary": goes with it
    orphans = sorted([*spread(units, free, PAGE_NOTES), *held], key=lambda p: p.line)  # closing criteria: theirs
    if not orphans:
        return
    if units and len(units) <= PAGE_NOTES:
        for index, unit in enumerate(units):
            unit.pieces.extend(p for p in orphans if p.slot != "variants" or index == 0)
        return
    owners = held_in_sections(orphans, units) if held else {}
    unowned = [p for p in held if id(p) not in owners or owners[id(p)].empty]  # its section reports nothing
    for piece in (p for p in orphans if p not in held or p in unowned):  # what a section holds goes with it
        if not piece.empty:
            loose.append(Loose(piece.line, piece.place, _why_apart(piece) if units else UNASKED))


def _why_apart(piece: Piece) -> str:
    """Why ``piece``, a section no question of the group took, is reported: a part of a story (``Result:`` in my
    notes over no question) or of a scene (``Problem:``, ``Overview``) is no coaching, nor are the page's tags
    (``### Tags``); the rest is coaching for many questions."""
    if piece.slot == "tags":
        return TAGGED
    return TOLD if piece.slot in STAR_SLOTS else UNASKED if piece.slot in SCENARIO_SLOTS else MANY
