"""An answer begun on its question's own line, in plain notes::

    13) why this team? we ship to millions and i want to work on that scale
        and the on-call culture is healthy

The question, one sentence told by no "I" or "we", ends at its question mark; what follows it on the line asks
nothing and is told as I or we (``i`` in lower case too, as quick notes write it): it opens the answer, which the
lines under it carry on. A sentence after the mark that is no one's telling (``... the team? If you have led one,
describe what you did.``) stays part of the question, and a line told as I throughout, a question it asks itself
included (``I would measure first. Would they trust it? Probably not, so I ...``), is no question.

A question written without its mark may be set off from its answer by a wide gap (two spaces or more, a tab)::

    9) what are your strengths and weaknesses  ships on time, mentoring, public speaking,
       saying no to extra scope

The words before the first gap ask, with no comma among them; the words after it ask nothing and are notes: terse
items set apart by commas (a trailing comma leaving the list open for the next line), or a telling as I or we. The
question ends at the gap; the rest opens the answer.
"""

from __future__ import annotations

import re

from .text import QUESTION_MARKS, is_question, sentence_split
from .voice import first_person, unquoted
from ..lazyre import lazy_re

_MARK = lazy_re("[" + re.escape("".join(QUESTION_MARKS)) + "]")
_GAP = lazy_re(r"(?<=\S)(?: {2,}|\t)[ \t]*(?=\S)")  # two spaces or more, or a tab, between words
_TERSE_WORDS = 6  # an item of a comma list of notes: a few words, no sentence
_LOWER_I = lazy_re(r"(?<![\w.'’])i(?:'m|'ve|'d)?\s+[a-z]")  # "and i blieve", "i'm", not "i.e."


def answer_on_line(line: str) -> tuple[str, str] | None:
    """``(question, the answer it opens)`` when ``line`` asks and then starts its answer (see the module
    docstring), else ``None``."""
    marks = list(_MARK.finditer(line))
    if not marks:
        return _after_gap(line)
    asked, said = line[:marks[-1].end()].strip(), line[marks[-1].end():].strip()
    if not said or not said[0].isalnum() or not is_question(asked) or len(sentence_split(asked)) > 1 \
            or first_person(unquoted(asked)):
        return None  # "I would measure first. Would they trust it? Probably not, so I ...": told throughout
    told = unquoted(said)
    return (asked, said) if first_person(told) or _LOWER_I.search(told) else None


def _after_gap(line: str) -> tuple[str, str] | None:
    """``(question, the answer it opens)`` when ``line``, asking without a question mark, goes on after a wide gap
    with notes (see the module docstring), else ``None``."""
    text = line.strip()
    gap = _GAP.search(text)
    if gap is None:
        return None
    asked, said = text[:gap.start()], text[gap.end():]
    if not said[0].isalnum() or "," in asked or not is_question(asked) or len(sentence_split(asked)) > 1 \
            or first_person(unquoted(asked)) or is_question(said):
        return None
    told = unquoted(said)
    return (asked, said) if first_person(told) or _LOWER_I.search(told) or _comma_notes(said) else None


def _comma_notes(text: str) -> bool:
    """``text`` is a list of terse notes set apart by commas ("ships on time, mentoring, public speaking,")."""
    items = [item.split() for item in text.split(",")]
    filled = [item for item in items if item]
    return len(items) >= 3 and len(filled) >= 2 and all(len(item) <= _TERSE_WORDS for item in filled[:3])
