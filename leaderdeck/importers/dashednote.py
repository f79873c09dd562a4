"""A list item of a personal question list that asks and then, after a dash, gives the writer's short answer on
the same line:

    - Why this company? — mission + scale
    - Tell me about a time you disagreed with your manager — *the migration story*

The question is the words before the dash; the words after it answer it (they are the writer's, however terse),
so the note is no draft. Read so only when the words before the dash end with a question mark, or when the words
after it are wholly in emphasis (an aside the writer set off); words after the dash that ask themselves
(``Scope story — can you tell it in two minutes?``, a readiness check) or a dash inside the question
(``Build vs. buy — when do you switch?``) leave the line as it was.
"""

from __future__ import annotations

from .text import ends_asking, is_question, only_questions
from ..lazyre import lazy_re

_DASHED = lazy_re(r"^(?P<asked>\S.*?)[ \t]+(?:—|–|--|-)[ \t]+(?P<said>\S.*)$")
_EMPHASIS = lazy_re(r"^(?:\*\*?|__?)(?P<aside>[^*_\n]+?)(?:\*\*?|__?)[.!]?$")
_MAX_NOTE_WORDS = 40  # a short note on the line, not a paragraph hung off it


def dashed_note(line: str) -> tuple[str, str] | None:
    """``(question, the writer's note after the dash)`` of an item's line, or ``None`` (see the module
    docstring)."""
    text = line.strip()
    if " —" not in text and " –" not in text and " -" not in text:
        return None  # most lines hold no spaced dash
    match = _DASHED.match(text)
    if match is None:
        return None
    asked, said = match["asked"].strip(), match["said"].strip()
    aside = _EMPHASIS.match(said)
    if not (ends_asking(asked, "\"”’)*_") or aside is not None) or len(said.split()) > _MAX_NOTE_WORDS:
        return None
    if ends_asking(said, "\"”’)*_.") or only_questions(said) or not is_question(asked):
        return None
    return asked, (aside["aside"].strip() if aside is not None else said)
