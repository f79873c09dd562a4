"""A story typed on one line: ``S: The pager fired all night. T: Fix it. A: Cut the noisy alerts. R: Six pages a
week.`` -> its parts, one a label.

Quick typists (a phone, a sheet's one cell) write the STAR labels inline instead of one a line. The line is cut
at each label only when it opens on a part's label and three labels or more follow one another in the method's
order (Situation, Task, Action, Result, then Learning), each after a sentence's end (and a space or a few, as a
typist who puts two after a full stop writes) or, a lone capital (``T:``), after a space: a line naming ``Plan A:
...`` or one label in passing stays whole. A Markdown paragraph so typed is cut the same way (:mod:`.mdreader`).
"""

from __future__ import annotations

import re

from .labels import STAR_SLOTS, star_slot
from ..lazyre import lazy_re

_ORDER = {part: index for index, part in enumerate(STAR_SLOTS)}
_WORDS = r"Situation|Task|Actions?|Results?|Learnings?|Lessons?(?: learned)?|Reflection|Takeaway"
# a label inside the line: a lone capital after any space, a part's word after a sentence's end; then ":" or " - "
# (only a capital is a lone letter's label: the pattern ignores case in the words alone, so that most of a line's
# letters are passed over at once)
_INNER = lazy_re(rf"(?:(?<=\s)(?P<letter>[STARL])|(?<=[.!?;)\]]\s)\s{{0,2}}(?P<word>(?i:{_WORDS})))\s?(?::|\s[-–—]\s)\s*")
_LEAST = 3  # labels on the line, the first included


def inline_parts(label: str, rest: str) -> list[tuple[str, str]] | None:
    """``[(label, text), ...]`` for a line whose own ``label`` is a STAR part and whose ``rest`` names the next
    parts inline (see the module); ``None`` for any other line."""
    if ":" not in rest and " - " not in rest and " – " not in rest:
        return None  # no label after the first: most lines (checked before the label, whose slot is looked up)
    first = star_slot(label.strip(" *_"))
    if first not in _ORDER:
        return None
    cuts = []
    last = _ORDER[first]
    for match in _INNER.finditer(rest):
        name = match.group("letter") or match.group("word")
        if match.group("letter") and not name.isupper():
            continue  # "a: ...", "t: ..." in lower case: a word's end, not a label
        part = star_slot(name)
        if part not in _ORDER or _ORDER[part] <= last:
            continue
        cuts.append((match.start(), match.end(), name))
        last = _ORDER[part]
    if len(cuts) + 1 < _LEAST:
        return None
    parts = [(label, rest[:cuts[0][0]].strip())]
    for index, (_, end, name) in enumerate(cuts):
        stop = cuts[index + 1][0] if index + 1 < len(cuts) else len(rest)
        parts.append((name, rest[end:stop].strip()))
    return parts
