"""A list item's question hard-wrapped over several lines (a soft line break in Markdown):

    - Technology moves fast. How do you keep up with new tools
      and decide which ones your team adopts?

The item's lines up to the one that ends asking are one question, however the first line ends, as long as the
first line leaves its sentence open (no full stop, question mark, colon) and no line before the asking one closes a
sentence. A prompt that ends with a full stop wraps the same way when every line it goes on to starts in lower case
(``- Tell me about a time you pushed`` / ``back on a deadline.``). A line that ends with a colon under an unasked
first line is no wrap: it labels what follows (``- Tell me about a time you worked with partial data`` /
``  cache rollout example:``), the first line is the question and the label opens its answer.
"""

from __future__ import annotations


from .text import ASK, is_question
from ..lazyre import lazy_re

_CLOSED = lazy_re(rf"[.!:;{ASK}][\"”’)*_]*$")
_ASKING = lazy_re(rf"[{ASK}][\"”’)*_]*$")
_LABELLING = lazy_re(r"[:：][*_]*$")
_MAX_LINES = 6


def wrapped_question(text: str) -> tuple[str, str] | None:
    """``(question, the item's lines after it)`` when ``text`` opens with a question wrapped over several lines;
    ``None`` when its first line is whole or its lines make no question."""
    if "\n" not in text.strip():
        return None  # one line
    lines = [line.strip() for line in text.strip().split("\n")]
    if _CLOSED.search(lines[0]) or not lines[0]:
        return None
    for end in range(1, min(len(lines), _MAX_LINES)):
        line = lines[end]
        if not line:
            return None
        asked = " ".join(lines[:end + 1])
        if _ASKING.search(line):
            return (asked, "\n".join(lines[end + 1:]).strip()) if is_question(asked) else None
        if _LABELLING.search(line):
            return None
        if _CLOSED.search(line):
            lower = all(later[0].islower() for later in lines[1:end + 1])
            return (asked, "\n".join(lines[end + 1:]).strip()) if lower and is_question(asked) else None
    return None
