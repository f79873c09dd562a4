"""What a spreadsheet's rows ask of the user: a question on several rows, rows that do not read as questions;
and for any document, a question it asks more than once.

Every row (every note) stays a note; these only say where to look.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Kind, StarBody
from .base import Attention, Parsed
from .listing import LISTED, line_list, short
from .text import asked_key, is_question
from ..lazyre import lazy_re


def row_checks(notes: list[Parsed]) -> tuple[Attention, ...]:
    """The report lines for the notes read from a spreadsheet's rows."""
    return (*_repeats(notes), *_not_asked(notes))


def rows_rechecked(attention: tuple[Attention, ...], rows: list[Parsed], kept: list[Parsed]) -> tuple[Attention, ...]:
    """``attention`` once some of a table's ``rows`` were joined to the stories they name (:mod:`.storymatrix`):
    the rows that do not read as questions are checked again among those ``kept``, the joined ones being no notes
    of their own now."""
    left = {id(note) for note in kept}
    if all(id(row) in left for row in rows):
        return attention
    dropped = {str(item) for item in _not_asked(rows)}
    return (*(item for item in attention if str(item) not in dropped),
            *_not_asked([row for row in rows if id(row) in left]))


def _repeats(notes: list[Parsed]) -> list[Attention]:
    """Questions on several rows, one line each (one line for them all when many): every row stays a note."""
    rows: dict[str, list[Parsed]] = {}
    for note in notes:
        rows.setdefault(asked_key(note.name), []).append(note)
    repeated = [same for same in rows.values() if len(same) > 1]
    if len(repeated) > LISTED:
        extra = sum(len(same) - 1 for same in repeated)
        return [Attention(repeated[0][0].line, f"{len(repeated)} questions are on several rows ({extra} repeats), "
                                               f"such as '{short(repeated[0][0].name)}' (lines {_lines(repeated[0])})"
                                               ": each row is kept as a note of its own; delete the repeats")]
    return [Attention(same[0].line, f"'{short(same[0].name)}' is on {len(same)} rows (lines {_lines(same)}): "
                                    "each is kept as a note of its own; delete the ones you do not want")
            for same in repeated]


def repeated_questions(notes: list[Parsed]) -> tuple[Attention, ...]:
    """Questions a document (not a spreadsheet) asks more than once, one line each: every note stays. Different
    stories told for one question (another name, another situation), and its numbered sample answers, are meant
    to be several; a copy that tells nothing (a Q&A note left unanswered or a draft) is the question asked again
    beside them, and all the question's copies are reported together."""
    asking = [(note, _question(note)) for note in notes
              if not note.sample_of and not note.untitled]  # a story's name stands in: no question
    times = Counter(question for _, question in asking)
    if len(times) == len(asking):  # no question asked twice (most documents): no copies to group
        return ()
    asked: dict[tuple[str, str], list[Parsed]] = {}
    for note, question in asking:  # a question asked once is alone whatever its story: the story is not read
        asked.setdefault((question, _story(note) if times[question] > 1 else ""), []).append(note)
    asked = _untold_joined(asked)
    return tuple(Attention(same[0].line, f"'{short(_asked(same[0]))}' is asked {len(same)} times (lines "
                                         f"{_lines(same)}): each is kept as a note of its own; delete the ones you "
                                         "do not want")
                 for same in asked.values() if len(same) > 1)


def _untold_joined(asked: dict[tuple[str, str], list[Parsed]]) -> dict[tuple[str, str], list[Parsed]]:
    """The copies of each question grouped by story, except that a question one of whose copies tells nothing
    (an unanswered or draft Q&A note) is one group of all its copies, in the order they are written."""
    untold = {question for (question, _), same in asked.items() if any(map(_tells_nothing, same))}
    joined: dict[tuple[str, str], list[Parsed]] = {}
    for (question, story), same in asked.items():
        joined.setdefault((question, "" if question in untold else story), []).extend(same)
    return {key: sorted(same, key=_line) if len(same) > 1 else same for key, same in joined.items()}


def _line(note: Parsed) -> int:
    return note.line


def _question(note: Parsed) -> str:
    """The question ``note`` asks, as copies of it are compared: without case, spacing or closing marks."""
    return asked_key(_asked(note))


def _story(note: Parsed) -> str:
    """The story ``note`` tells for its question, as copies of it are compared (without case or spacing): a story's
    name and situation, a Q&A note's name (its question, or the story it tells for it)."""
    body = note.body
    text = f"{body.title}\n{body.situation}" if isinstance(body, StarBody) else note.name
    return " ".join(text.casefold().split())


def _tells_nothing(note: Parsed) -> bool:
    """A Q&A note with no answer, or one only a draft of (a placeholder, a template to fill in)."""
    return note.kind is Kind.QA and (not str(note.body.answer).strip() or bool(note.reasons))


def _asked(note: Parsed) -> str:
    return getattr(note.body, "question", "") or note.name


# A sheet's prompt set as an exam sets it ("Define the term ...", "Compare TCP and UDP", "In as much detail as you
# can, explain ..."): a request for an answer, however it ends; a script's "We will now begin." asks for none.
_PROMPT = lazy_re(r"^(?:[^.!,;:?]{1,60}, )?(?:please,? )?(?:define|name|list|compare|contrast|differentiate"
                  r"|distinguish|estimate|outline|summari[sz]e|identify|enumerate|explain|describe)\s+\S",
                  re.IGNORECASE)


def _asks(text: str) -> bool:
    """Whether a row's question reads as one: it asks, or it is a prompt for an answer (see :data:`_PROMPT`)."""
    return is_question(text) or bool(_PROMPT.match(text.strip()))


def _not_asked(notes: list[Parsed]) -> list[Attention]:
    """Unanswered rows whose question does not read as one (a script's "We will now begin."): kept, reported."""
    odd = [n for n in notes if n.kind is Kind.QA and not n.body.answer and not _asks(n.name)]
    if not odd:
        return []
    what = f"'{short(odd[0].name)}' does not read as a question" if len(odd) == 1 else \
        f"{len(odd)} rows (lines {_lines(odd)}), such as '{short(odd[0].name)}', do not read as questions"
    return [Attention(odd[0].line, f"{what}: kept; edit or delete what is not one")]


def _lines(notes: list[Parsed]) -> str:
    return line_list([n.line for n in notes])
