"""An answer typed on the line under a labelled question, in the same paragraph, or after an ``A:`` on its line::

    **Q: How do you hire?**
    With a scorecard agreed before the first interview.

Markdown joins the two lines into one paragraph, the question's label over both. The lines after the asked one
are its answer when the first of them asks nothing and opens as a sentence does (a capital, a digit, a quote, a
mark of emphasis); lines that ask are other phrasings of the question, and a line that runs on in lower case is
the rest of a question wrapped over two lines. ``Q: Why now? A: My team can run without me.`` puts both on one
line: the question ends at its question mark, the answer after the ``A:`` (``Ans:``, ``Answer:``) that follows it;
such a label opening the line under a question that ends otherwise (``Q: Tell me about ... early`` / ``access.`` /
``A: ...``) is dropped from the answer too.
"""

from __future__ import annotations

import re

from .text import is_question, strip_emphasis
from ..lazyre import lazy_re

_OPENERS = "\"'“‘([*_`"
_LABEL = r"(?:\*\*|__)?(?:A|Ans|Answer)(?:\*\*|__)?\s*[:：.)]\s*(?:\*\*|__)?\s*"  # "A:", "**Ans:**", "Answer."
_ANSWER_ON_LINE = lazy_re(rf"^(?P<asked>[^\n]+?[?？])\s+{_LABEL}(?P<answer>\S.*)$", re.DOTALL)
_ANSWER_LABEL = lazy_re(rf"^{_LABEL}(?=\S)")


def answered_on_line(text: str) -> tuple[str, str] | None:
    """``(question, answer)`` of ``Why now? A: My team ...``: the answer after an ``A:`` following the question."""
    if "A" not in text:  # every answer label holds one: most questions need no closer look
        return None
    found = _ANSWER_ON_LINE.match(text.strip())
    return (found["asked"].strip(), found["answer"].strip()) if found and is_question(found["asked"]) else None


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
    return first.strip(), _ANSWER_LABEL.sub("", more, count=1) if more[:1] in "A*_" else more
