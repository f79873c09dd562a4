"""A pattern searched only where a word it needs is: the cheap exact test before the search.

Many rules search every question or paragraph with a pattern that matches few of them, and every match holds one
of a few words ("time", "example", "story" for a question asking for an instance). Looking for those words in the
text's lower case costs a fraction of the search, so :func:`gated_search` searches only a text that holds one.
The test is exact for ASCII text only: a pattern matching without regard to case also matches letters that
``str.lower`` does not give (``ſ`` for "s", ``K`` for "k", ``İ`` for "i"), so other text is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def gated_search(pattern: re.Pattern[str], words: Iterable[str], text: str) -> bool:
    """Whether ``pattern`` finds a match in ``text``, searched only when ``text`` holds one of ``words`` (lower
    case, each held by every match of the pattern) or is not ASCII (see the module)."""
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in words):
            return False
    return bool(pattern.search(text))
