"""The questions a story fits, named in fragments: ``Questions it answers: a time you failed, people management``,
``Answers: biggest incident, working under pressure``.

Under a label that lists what a story answers, a comma list with no question mark, some of whose entries do not
ask, names the kinds of question the story fits, as ``Good for: failure, influence`` does: they are what the story
shows, never its question (``a time you failed, people management`` is no question to put on a card).
"""

from __future__ import annotations

from .blocks import TABLE
from .labels import STAR_SLOTS, slot
from .storytable import star_rows
from .text import is_question


_MOST_NAMED = 6  # words: "Hire and Develop the Best" names a value; a longer line tells something


def listed_fragments(rest: str) -> bool:
    """Whether ``rest`` is such a list (see the module's docstring), or one short entry that does not ask
    (``Answers: Hire and Develop the Best``)."""
    if "?" in rest:
        return False
    if "," not in rest:
        return 0 < len(rest.split()) <= _MOST_NAMED and not is_question(rest) and rest.strip()[-1:] not in ".!"
    entries = [e.strip() for e in rest.split(",") if e.strip()]
    return len(entries) >= 2 and not all(is_question(e) for e in entries)


_AHEAD = 3


def story_next(blocks, index: int) -> bool:
    """Whether one of the few blocks after ``index`` opens a STAR part (``**Situation:** ...``) or is a table
    telling a story a part per row (``| Situation | ... |``)."""
    return any(b.lead and slot(b.lead) in STAR_SLOTS or b.kind is TABLE and star_rows(b)
               for b in blocks[index + 1:index + 1 + _AHEAD])


def split_fragments(rest: str) -> tuple[str, str]:
    """``(asked, named)`` of such a list that mixes questions with names (``Disagree and Commit, Tell me about a
    failure``): the entries that ask, the questions the story answers, and the others, what it shows; ``("",
    rest)`` when no entry asks."""
    entries = [e.strip() for e in rest.split(",") if e.strip()]
    asked = [e for e in entries if is_question(e)]
    return " / ".join(asked), ", ".join(e for e in entries if e not in asked)
