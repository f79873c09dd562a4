"""A lesson labelled inside a story's Result: the story's Learning.

Tellers often close the Result with what they took from it, under a label of its own on the same line or the next
(``... no incident since. Lesson: an unwatched slot is an outage waiting.``, ``**Takeaway:** ...``). When the story
has no Learning of its own, the last such label opening a line or a sentence of the Result starts the Learning:
the text after it moves there, the label dropped; the Result keeps what comes before it. A lesson spoken of in the
middle of a sentence (``... and the lesson: ...``) is not a label and stays.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

# "Lesson:", "Lessons learned:", "Key takeaway:", "*Takeaway:*", "**Learnings**:" opening a line or a sentence
_LABEL = lazy_re(r"(?:^|(?<=\n)|(?<=[.!?)])[ \t]+)(?:\*\*|__|\*|_)?(?:key[ \t]+)?(?:lessons?(?:[ \t]+learn(?:ed|t))?"
                 r"|takeaways?|learnings?)(?:\*\*|__|\*|_)?[ \t]*:(?:\*\*|__|\*|_)?[ \t]*(?=\S)", re.IGNORECASE)


def lesson_from_result(parts: dict[str, list[str]], qualifiers: dict[str, list[str]]) -> None:
    """Move a lesson labelled at the end of the Result of ``parts`` into its Learning (see the module), when the
    story has none; ``parts`` and ``qualifiers`` are changed in place."""
    if "learning" in parts or not parts.get("result"):
        return
    text = parts["result"][-1]
    found = list(_LABEL.finditer(text))
    if not found:
        return
    last = found[-1]
    before, lesson = text[:last.start()].rstrip(), text[last.end():].strip()
    if not before or not lesson:
        return
    parts["result"][-1] = before
    parts["learning"] = [lesson]
    qualifiers["learning"] = [""]
