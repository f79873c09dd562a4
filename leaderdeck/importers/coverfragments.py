"""The questions a story fits, named in fragments: ``Questions it answers: a time you failed, people management``,
``Answers: biggest incident, working under pressure``.

Under a label that lists what a story answers, a comma list with no question mark, some of whose entries do not
ask, names the kinds of question the story fits, as ``Good for: failure, influence`` does: they are what the story
shows, never its question (``a time you failed, people management`` is no question to put on a card).
"""

from __future__ import annotations

from .labels import STAR_SLOTS, slot
from .text import is_question


def listed_fragments(rest: str) -> bool:
    """Whether ``rest`` is such a list (see the module's docstring)."""
    if "?" in rest or "," not in rest:
        return False
    entries = [e.strip() for e in rest.split(",") if e.strip()]
    return len(entries) >= 2 and not all(is_question(e) for e in entries)


_AHEAD = 3


def story_next(blocks, index: int) -> bool:
    """Whether one of the few blocks after ``index`` opens a STAR part (``**Situation:** ...``)."""
    return any(b.lead and slot(b.lead) in STAR_SLOTS for b in blocks[index + 1:index + 1 + _AHEAD])
