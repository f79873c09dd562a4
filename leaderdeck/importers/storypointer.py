"""A line pointing at a story of the document by its name: ``Use the Billing outage story.``, ``See "Splitting the
platform team".``, ``- The intern who quit``.

A person's question list answers many questions with no more than such a pointer to a story they tell elsewhere
in the file. The name counts only when it is, word for word (case, quotes, bold and a closing ``story`` aside),
the name of a story the document tells: the pointer's verb (use, see, tell, reuse, go with) and article around it
are the writer's shorthand, never a name of their own.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

_VERB = lazy_re(r"^(?:(?:use|see|tell|reuse|pick|try|answer with|go with|lead with)\b|->|→|=>)\s*:?\s*",
                re.IGNORECASE)
_THE = lazy_re(r"^the\s+", re.IGNORECASE)
_STORY = lazy_re(r"\s+(?:story|example)$", re.IGNORECASE)
_LONGEST = 120  # a pointer is one short line


def pointed_name(text: str, names: dict[str, int], key) -> str:
    """The name (as ``key`` makes it) of the story in ``names`` that ``text`` points at, or ``""``."""
    line = text.strip()
    if not line or "\n" in line or len(line) > _LONGEST:
        return ""
    line = line.lstrip("-*+ ").strip().rstrip(".!")
    named = _VERB.sub("", line, count=1)
    for name in dict.fromkeys((line, named, _THE.sub("", named, count=1))):
        for candidate in (name, _STORY.sub("", name, count=1)):
            if candidate and key(candidate) in names:
                return candidate
    return ""
