"""An interviewer's scorecard to fill in: empty fields (``- Name:``, ``- Recommendation:``) and questions the
interviewer answers about the candidate, not questions to answer in an interview.

A document holding several empty form fields (a label and a colon with nothing after it) whose every note is an
unanswered question that speaks of the candidate ("they", "the candidate") or opens with a condition on the
hiring decision ("If advancing, what should the next round probe?") gives no note: each question is reported, and
so is each section whose lines it took as coaching (the form's "Signals" questions about the candidate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .listing import short
from .base import Parsed, Skipped
from .blocks import Block, HEADING, ITEM
from ..model import Kind, QaBody
from ..lazyre import lazy_re

MIN_FIELDS = 3
SCORECARD = "an interviewer's scorecard to fill in: no interview questions"
_FIELD = lazy_re(r"^[^\W\d_][\w /&'’()-]{0,40}[:：]$")  # "Name:", "Key Evidence:", "Confidence Level:"
# "If advancing, ...", "If moving forward, ...": the decision on the candidate; "If you joined, ..." asks the reader
_DECISION = lazy_re(r"^if\b(?![^,?]*\byou)[^,?]{1,60},", re.IGNORECASE)
# "What did the candidate miss?", "How did they verify ...?": asked about the candidate, not of them
_ABOUT = lazy_re(r"\bcandidate(?:'s|s)?\b|\b(?:did|do|does|were|was|are|is|could|can|would|will) they\b",
                 re.IGNORECASE)


def scorecard_questions(notes: Sequence[Parsed], blocks: Sequence[Block]) -> list[Skipped]:
    """The report lines for ``notes`` when the document (``blocks``) is a scorecard to fill in, else ``[]``."""
    if not notes or any(not _prompt_of_form(note) for note in notes):
        return []  # cheap first: a few notes, each checked once
    fields = sum(1 for block in blocks if block.kind is ITEM and _FIELD.match(block.text.strip()))
    if fields < MIN_FIELDS:
        return []
    return [*(Skipped(note.line, f"question '{short(note.prompt)}'", SCORECARD) for note in notes),
            *_coaching_sections(notes, blocks)]


def _coaching_sections(notes: Sequence[Parsed], blocks: Sequence[Block]) -> list[Skipped]:
    """A report line for each section of ``blocks`` holding a line the notes took as coaching."""
    taken = {" ".join(text.split()) for note in notes
             for text in (*note.coach.signals, *note.coach.tips, note.coach.cheat_code) if text}
    if not taken:
        return []
    found: dict[int, str] = {}
    head: Block | None = None
    for block in blocks:
        if block.kind is HEADING:
            head = block
        elif " ".join(block.text.split()) in taken:
            where = head or block
            found.setdefault(where.line, f"section '{where.text}'" if head else "text")
    return [Skipped(line, what, SCORECARD) for line, what in found.items()]


def _prompt_of_form(note: Parsed) -> bool:
    """An unanswered question about the candidate or the decision on them."""
    if note.kind is not Kind.QA or not isinstance(note.body, QaBody) or note.body.answer.strip():
        return False
    prompt = note.prompt.strip()
    return bool(_DECISION.match(prompt) or _ABOUT.search(prompt))
