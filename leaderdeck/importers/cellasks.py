"""A sheet's question cell that holds several questions (``Tell me about a crisis; Describe a time you worked
under pressure``, or one a line, or joined by `` / ``): the first is the question, the others its variants. A
cell is cut only when every piece opens a sentence (a capital) and asks, so a question with a semicolon of its own
(``How do you decide; what to drop?``) stays whole."""

from __future__ import annotations

from .text import is_question
from ..lazyre import lazy_re

_BREAKS = lazy_re(r"\s*;\s*|\s*\n+\s*|\s+/\s+")


def cell_questions(cell: str) -> tuple[str, tuple[str, ...]]:
    """``(question, variants)`` of a question cell (see the module)."""
    text = cell.strip()
    if ";" not in text and "\n" not in text and " / " not in text:
        return text, ()
    parts = [part for part in _BREAKS.split(text) if part]
    if len(parts) < 2 or not all(part[:1].isupper() and is_question(part) for part in parts):
        return text, ()
    return parts[0], tuple(parts[1:])
