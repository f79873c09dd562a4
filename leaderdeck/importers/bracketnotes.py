"""A note to self in square brackets among an answer's paragraphs: ``[add numbers later]`` above the answer,
``[need a better story here]`` under it.

Writers keep such reminders beside the answer they are drafting. A paragraph wholly in one pair of square
brackets, two words or more (no link, no checkbox, no footnote number), next to paragraphs of the answer that are
not so bracketed, is no part of what the candidate says: it is a tip of the note, its words without the brackets.
A bracketed paragraph alone under a question stays what it was (a placeholder: the note a draft).
"""

from __future__ import annotations

from ..lazyre import lazy_re

# "[add numbers later]", "*[check the dates]*": one pair of brackets around the whole paragraph, nothing nested
_NOTE = lazy_re(r"^[*_]{0,2}\[(?P<note>[^\[\]\n]*[A-Za-z][^\[\]\n]*)\][*_]{0,2}[.:]?$")


def note_to_self(paragraph: str) -> str:
    """The words of ``paragraph`` when it is a note to self in square brackets (``[add numbers later]`` ->
    ``add numbers later``); ``""`` for any other paragraph."""
    text = paragraph.strip()
    if not text.endswith(("]", "]*", "]_", "]**", "]__", "].", "]:")) or not text.lstrip("*_").startswith("["):
        return ""  # no closing bracket at the end: most paragraphs
    match = _NOTE.match(text)
    if match is None:
        return ""
    note = match.group("note").strip()
    return note if len(note.split()) >= 2 else ""  # "[1]", "[x]", "[Image]": a mark, not a note


def notes_apart(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``(the answer's paragraphs, the notes to self among them)``: none are set apart when every paragraph is
    such a note (a placeholder alone, the note a draft)."""
    notes = [note_to_self(p) for p in paragraphs]
    if not any(notes) or all(note for p, note in zip(paragraphs, notes) if p.strip()):
        return paragraphs, []
    return [p for p, note in zip(paragraphs, notes) if not note], [note for note in notes if note]
