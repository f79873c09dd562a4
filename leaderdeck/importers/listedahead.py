"""Questions listed ahead of their answers: an article's overview of what it answers further down.

A blog article or README often lists its questions first (``In this post:`` over ``1. How do you ...?``, ``2. ...``,
or a table of the questions with what each one assesses) and then answers each under a heading of its own. Read
apart, the list gives a copy of each question that tells nothing. When two or more such copies (a Q&A note with
no answer) are each asked again further down by a note that tells, and every one of them comes before the first
of those answers (an overview, not one question asked in two places of a bank), the listed copies go (so do they
when some questions below are still drafts, ``*TODO*``, as long as one of them is answered): the
coaching each holds (a table's "What they assess") joins its answered copy, and the list is reported once.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Coach, Kind
from .base import Parsed, Skipped
from .listing import line_list
from .text import asked_key

LISTED_AHEAD = "a list of the questions answered below"
_MIN_LISTED = 2  # an overview lists two questions at least


def listed_ahead(notes: list[Parsed]) -> tuple[list[Parsed], list[Skipped]]:
    """``notes`` (in the document's order) without the copies of questions listed ahead of their answers, each
    answered copy with the coaching of its listed one; and the report line for the list (see the module)."""
    empty = [note for note in notes if _untold(note)]
    if len(empty) < _MIN_LISTED:
        return notes, []  # most documents: every question is told once
    keys = {id(note): _key(note) for note in notes}  # each note's question, worked out once for both readings
    told: dict[str, Parsed] = {}
    for note in notes:
        if not _untold(note):
            told.setdefault(keys[id(note)], note)  # a question's first answered copy
    pairs = [(note, answer) for note in empty if (answer := told.get(keys[id(note)])) is not None
             and answer.line > note.line]
    if len(pairs) < _MIN_LISTED or max(n.line for n, _ in pairs) > min(a.line for _, a in pairs):
        pairs = _with_drafts(notes, empty, keys)  # "1 | How ...? |" rows, then "**1. How ...?**" answered or "*TODO*"
    if len(pairs) < _MIN_LISTED or max(n.line for n, _ in pairs) > min(a.line for _, a in pairs):
        return notes, []
    listed = {id(n): a for n, a in pairs}
    joined: dict[int, list[Parsed]] = {}
    for note, answer in pairs:
        joined.setdefault(id(answer), []).append(note)
    out = [_joined(note, joined[id(note)]) if id(note) in joined else note
           for note in notes if id(note) not in listed]
    lines = sorted(n.line for n, _ in pairs)
    return out, [Skipped(lines[0], LISTED_AHEAD, f"the page's overview of its questions, lines {line_list(lines)}")]


def _with_drafts(notes: list[Parsed], empty: list[Parsed], keys: dict[int, str]) -> list[tuple[Parsed, Parsed]]:
    """``(listed copy, the copy asking it again further down)`` for every question without an answer that a later
    note asks again, told or still a draft (a bank in progress answers some of what its overview lists), when at
    least one of the later copies tells; ``[]`` otherwise. ``keys``: each note's :func:`_key`, by its ``id``."""
    later: dict[int, Parsed] = {}
    seen: dict[str, Parsed] = {}
    for note in reversed(notes):  # each question's next copy below it
        key = keys[id(note)]
        if key in seen:
            later[id(note)] = seen[key]
        seen[key] = note
    pairs = [(note, later[id(note)]) for note in empty if id(note) in later]
    return pairs if any(not _untold(answer) for _, answer in pairs) else []


def _untold(note: Parsed) -> bool:
    """A Q&A note with no answer: a question only listed."""
    return note.kind is Kind.QA and not str(note.body.answer).strip() and not note.sample_of


def _key(note: Parsed) -> str:
    """The question ``note`` asks, as copies are compared: without case, spacing or closing marks."""
    question = getattr(note.body, "question", "") or note.name
    return asked_key(question)


def _joined(answer: Parsed, copies: list[Parsed]) -> Parsed:
    """``answer`` with the coaching, variants and labels of its listed ``copies``."""
    coach = Coach(signals=tuple(dict.fromkeys((*answer.coach.signals, *(s for c in copies for s in c.coach.signals)))),
                  cheat_code=answer.coach.cheat_code or next((c.coach.cheat_code for c in copies
                                                              if c.coach.cheat_code), ""),
                  tips=tuple(dict.fromkeys((*answer.coach.tips, *(t for c in copies for t in c.coach.tips)))))
    return replace(answer, coach=coach,
                   variants=tuple(dict.fromkeys((*answer.variants, *(v for c in copies for v in c.variants)))),
                   topic_labels=tuple(dict.fromkeys((*answer.topic_labels, *(t for c in copies for t in c.topic_labels)))),
                   level_label=answer.level_label or next((c.level_label for c in copies if c.level_label), ""))
