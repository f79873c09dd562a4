"""An answer begun on its question's own line, in plain notes::

    13) why this team? we ship to millions and i want to work on that scale
        and the on-call culture is healthy

The question, one sentence told by no "I" or "we", ends at its question mark; what follows it on the line asks
nothing and is told as I or we (``i`` in lower case too, as quick notes write it): it opens the answer, which the
lines under it carry on. A sentence after the mark that is no one's telling (``... the team? If you have led one,
describe what you did.``) stays part of the question, and a line told as I throughout, a question it asks itself
included (``I would measure first. Would they trust it? Probably not, so I ...``), is no question.
"""

from __future__ import annotations

import re

from .text import QUESTION_MARKS, is_question, sentence_split
from .voice import first_person, unquoted
from ..lazyre import lazy_re

_MARK = lazy_re("[" + re.escape("".join(QUESTION_MARKS)) + "]")
_LOWER_I = lazy_re(r"(?<![\w.'’])i(?:'m|'ve|'d)?\s+[a-z]")  # "and i blieve", "i'm", not "i.e."


def answer_on_line(line: str) -> tuple[str, str] | None:
    """``(question, the answer it opens)`` when ``line`` asks and then starts its answer (see the module
    docstring), else ``None``."""
    marks = list(_MARK.finditer(line))
    if not marks:
        return None
    asked, said = line[:marks[-1].end()].strip(), line[marks[-1].end():].strip()
    if not said or not said[0].isalnum() or not is_question(asked) or len(sentence_split(asked)) > 1 \
            or first_person(unquoted(asked)):
        return None  # "I would measure first. Would they trust it? Probably not, so I ...": told throughout
    told = unquoted(said)
    return (asked, said) if first_person(told) or _LOWER_I.search(told) else None
