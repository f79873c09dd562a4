"""An answer typed on the line under a labelled question, in the same paragraph::

    **Q: How do you hire?**
    With a scorecard agreed before the first interview.

Markdown joins the two lines into one paragraph, the question's label over both. The lines after the asked one
are its answer when the first of them asks nothing and opens as a sentence does (a capital, a digit, a quote, a
mark of emphasis); lines that ask are other phrasings of the question, and a line that runs on in lower case is
the rest of a question wrapped over two lines.
"""

from __future__ import annotations

from .text import is_question, strip_emphasis

_OPENERS = "\"'“‘([*_`"


def answered_below(text: str) -> tuple[str, str] | None:
    """``(question, answer)`` of a question label's text whose first line asks and whose next lines tell (see the
    module docstring); ``None`` otherwise."""
    first, _, more = text.strip().partition("\n")
    more = more.strip()
    if not more or not is_question(first):
        return None
    opening = more.split("\n", 1)[0].strip()
    plain = strip_emphasis(opening).strip()
    if not plain or is_question(plain) or is_question(opening):
        return None
    if not (opening[0] in _OPENERS or opening[0].isdigit() or opening[0].isupper()):
        return None
    return first.strip(), more
