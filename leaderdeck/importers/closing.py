"""What interviewers look for, closing a section: the criteria of the questions before it.

A bank written as ``## Topic``, its questions, then ``**What they look for:**`` (or a ``### Signals`` section) gives
the criteria of that topic's questions: each set goes to the questions since the set before it, not to the last
question alone, and never to the questions of the next topic. Red flags beside such a set (before the next question)
go to the same questions. Criteria standing in the text of a section that asks questions of its own before them
(``### Teamwork``, its list of questions, ``**Key points to show:**``) are that section's, never those of a story
told in an earlier section of the page.
"""

from __future__ import annotations

from .reading import CRITERIA
from .unit import Piece, Unit

_SIGNALS, _FLAGS = "signals", "redflags"


def close_runs(units: list[Unit]) -> None:
    """Criteria that close a run of questions read from one section's text (``**What they look for:**`` after
    them) go to every question of the run: the questions since the last one holding criteria of its own. A
    question holding its own criteria, and none before it, keeps them; so does a question whose criteria are all
    it holds, where a question before it held criteria of its own over its answer (a page giving each question
    its own: ``2. ...?``, its answer, ``3. ...?``, ``What they look for: ...`` are the third question's)."""
    run: list[Unit] = []
    each_own = False  # a question before held criteria and then its answer: each question has its own
    for unit in units:
        run.append(unit)
        closing = _trailing(unit)
        if not closing and not any(p.slot == _SIGNALS for p in unit.pieces):
            continue
        if not (each_own and len(closing) == len([p for p in unit.pieces if not p.empty])):
            for other in run[:-1]:
                other.pieces.extend(closing)
        each_own = each_own or not closing
        run = []


def _trailing(unit: Unit) -> list[Piece]:
    """The criteria that end a unit, after the rest of it (its answer); not those on the question's own line
    ("**How do you ...?** Good managers ...": what that question looks for)."""
    ordered = sorted(unit.pieces, key=lambda p: p.line)
    closing: list[Piece] = []
    while ordered and ordered[-1].slot == _SIGNALS and not ordered[-1].empty and ordered[-1].line != unit.line:
        closing.insert(0, ordered.pop())
    return closing


def spread(units: list[Unit], orphans: list[Piece], page: int) -> list[Piece]:
    """Give each set of criteria that follows questions to the questions since the set before it, when the group
    is a bank (more than ``page`` questions) or holds several such sets; the pieces left to attach otherwise.
    Criteria read from questions about the candidate, between the questions, are not closing ones; nor is coaching
    for the whole page."""
    asked = [u for u in units if u.question]  # a story or template without a question is no question they follow
    closing = [p for p in sorted(orphans, key=lambda p: p.line) if p.slot == _SIGNALS and not p.empty
               and p.label != CRITERIA and not p.page and any(u.line < p.line for u in asked)]
    if not closing or (len(units) <= page and len(closing) < 2):
        return orphans
    ordered = sorted(asked, key=lambda u: u.line)
    flags = [p for p in orphans if p.slot == _FLAGS and not p.empty]
    given: set[int] = set()
    start = 0  # the first question after the last criteria given: questions and criteria are walked once, together
    for piece in closing:
        end = start
        while end < len(ordered) and ordered[end].line < piece.line:
            end += 1
        if end > start:
            run = ordered[start:end]
            if piece.section and run[-1].line > piece.section:  # the section holding it asks them: its own only
                run = [unit for unit in run if unit.line > piece.section]
            # red flags beside the criteria, before the next question: the same questions'
            beside = [p for p in flags if id(p) not in given and _between(p, run[-1], ordered[end:end + 1])]
            for unit in run:
                unit.pieces.extend([piece, *beside])
            given.update(id(p) for p in beside)
            start = end
            given.add(id(piece))
    return [p for p in orphans if id(p) not in given]


def _between(piece: Piece, last: Unit, after: list[Unit]) -> bool:
    """Whether ``piece`` stands after the question ``last`` and before the next question (``after``, none or one)."""
    return piece.line > last.line and (not after or piece.line < after[0].line)
