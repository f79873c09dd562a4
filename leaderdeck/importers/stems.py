"""A question's opening left open -> reported, not a note.

A guide to asking questions lists the openings a question may take (``1. Who...``, ``1. Tell me about...``,
``- Give me an example of...``): each breaks off with an ellipsis right after a word that cannot end a question
(``of``, ``about``, ``when``, ``a``) or is a question word alone. Such an opening, with no answer under it, is no
question to prepare: it is reported with its line. A question that only trails off after a word that can end it
(``Tell me about yourself...``) and an opening with an answer under it stay notes.
"""

from __future__ import annotations

from ..model import Kind
from .base import Parsed, Skipped
from ..lazyre import lazy_re

STEM = "the opening of a question, not a question"

# an opening broken off with an ellipsis: "Tell me about...", "Give me an example of …", "Who..."
_OPEN = lazy_re(r"(?i)(?:^\W*(?:who|what|when|where|why|how|which)|\b(?:about|of|when|where|that|which|who|whom"
                r"|whose|why|how|what|a|an|the|to|with|for|on|in|at|by|from|if|did|do|does|you|your))"
                r"\s*(?:\.{3}|…)\W*$")


def question_stems(notes: list[Parsed]) -> tuple[list[Parsed], list[Skipped]]:
    """``notes`` without the unanswered openings of questions, and the report lines for those (see the module)."""
    out: list[Parsed] = []
    stems: list[Skipped] = []
    for note in notes:
        question = note.body.question if note.kind is Kind.QA else ""
        if question[-1:] in (".", "…") and not getattr(note.body, "answer", "").strip() and _OPEN.search(question):
            stems.append(Skipped(note.line, f"'{question.strip()}'", STEM))
        else:
            out.append(note)
    return out, stems
