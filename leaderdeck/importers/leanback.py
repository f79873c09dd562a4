"""A question that leans on the one before it: the interviewer's follow-up, with the writer's answer to it.

Notes from an interview, or a story with its probes, write the probe as a question of its own right after the
answer it probes::

    **Q: Describe a conflict with a product manager.**
    We disagreed on a launch date; a phased launch settled it.

    **Q: What would you do differently?**
    Bring data to the first meeting.

The second question cannot stand on its own: it asks about "it", "that" or what was done "differently", with
nothing in it that says what. Made a note of its own, it would be a card asking "What would you do differently?"
about nothing. Such a question, short (nine words at most, one clause: no "and" joining a subject of its own to
the pronoun, as in "How do you handle conflict and what do you learn from it?") and asking why, how or what of
the thing told above it, with an answer of its own (a few paragraphs at most, no list) right after a question with an answer of its own,
is that question's follow-up: kept as a ``Follow-up: ... — ...`` tip with its answer, never a note. A question that
names its subject ("Why this company?", "What did you learn from your biggest failure?") stands on its own, and so
do one with labelled parts and one left unanswered (a bank's question, a draft).
"""

from __future__ import annotations

import re

from .blocks import PARAGRAPH
from .content import piece_text
from .questions import without_question_label
from .unit import Unit
from ..lazyre import lazy_re

_MAX_WORDS = 9
_ASKS_BACK = lazy_re(r"^(?:why|how|what)\b", re.IGNORECASE)
# what ties a question to the answer above it: "... differently?", "... from it?", "... handle that?", "do that fast"
_BACK = lazy_re(r"(?:\b(?:differently|it|that|them)\s*[?？.]?\s*$"
                r"|\b(?:do|did|done|does|handle|handled|make|made|fix|fixed|achieve|achieved|learn|learned|learnt"
                r"|change|changed|feel|felt)\s+(?:it|that|them)\b)", re.IGNORECASE)


def _plain(question: str) -> str:
    """``question`` without its emphasis and its ``Q:`` label."""
    return without_question_label(" ".join(question.replace("*", "").split()))


# the words every match of _BACK holds, in lower case, in a question of ASCII letters (where ignoring case matches
# only a letter's two cases; taking out the emphasis marks may join letters, spacing never does)
_BACK_WORDS = ("it", "that", "them", "differently")


def leans_back(question: str) -> bool:
    """Whether ``question`` leans on the one before it (see the module docstring)."""
    unmarked = question.replace("*", "")
    if unmarked.isascii() and not any(word in unmarked.lower() for word in _BACK_WORDS):
        return False  # no word to lean back with: most questions (found far sooner than the question made plain)
    text = _plain(question)
    if not _ASKS_BACK.match(text):  # most questions ask no why, how or what first: no need to count their words
        return False
    words = text.casefold().split()
    return len(words) <= _MAX_WORDS and "and" not in words and "," not in text and bool(_BACK.search(text))


def fold_leaning(units: list[Unit]) -> list[Unit]:
    """``units`` with each question that leans on the answered question right before it folded into that one's
    follow-ups, its answer with it (see the module docstring)."""
    out: list[Unit] = []
    for unit in units:
        before = out[-1] if out else None
        if before is not None and before.question and unit.question and not unit.title and not unit.sections \
                and leans_back(unit.question) and _answered(before) and _answered(unit) \
                and all(p.slot in (None, "answer") for p in unit.pieces) and _short(unit):  # the rarest first
            answer = " ".join(" ".join(piece_text(p) for p in unit.pieces if not p.empty).split())
            asked = _plain(unit.question)
            before.follow_ups = (*before.follow_ups, f"{asked} — {answer}" if answer else asked)
            continue
        out.append(unit)
    return out


def _answered(unit: Unit) -> bool:
    """Whether ``unit`` has an answer of its own (any piece with text)."""
    return any(not p.empty for p in unit.pieces)


_MAX_PARAGRAPHS = 3
_MAX_CHARS = 600


def _short(unit: Unit) -> bool:
    """Whether the answer of ``unit`` is a probe's: three paragraphs at most, no list, no code, a few lines long."""
    blocks = [b for p in unit.pieces for b in p.blocks if b.text.strip()]
    return len(blocks) <= _MAX_PARAGRAPHS and all(b.kind is PARAGRAPH for b in blocks) \
        and sum(len(p.rest) for p in unit.pieces) + sum(len(b.text) for b in blocks) <= _MAX_CHARS
