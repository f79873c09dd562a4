"""The questions a story fits, named in fragments: ``Questions it answers: a time you failed, people management``,
``Answers: biggest incident, working under pressure``, or with middle dots between them (``Answers: a hard bug ·
a cross-team problem · walk me through a project.``), as a comma list.

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
DOT = " \u00b7 "  # "a hard bug · a cross-team problem": the middle dot set between entries, as a comma is


def entries(rest: str) -> list[str]:
    """The entries of a list set apart by middle dots when it has them (an entry may then hold a comma), else by
    commas; the full stop closing the last one goes (``... end to end.``)."""
    parts = rest.split(DOT.strip()) if DOT in rest else rest.split(",")
    found = [e.strip() for e in parts if e.strip()]
    if found and DOT in rest and found[-1].endswith(".") and not found[-1].endswith(".."):
        found[-1] = found[-1][:-1].rstrip()
    return found


def listed(rest: str) -> bool:
    """Whether ``rest`` lists entries at all: a comma, or a middle dot between them."""
    return "," in rest or DOT in rest


def listed_fragments(rest: str) -> bool:
    """Whether ``rest`` is such a list (see the module's docstring), or one short entry that does not ask
    (``Answers: Hire and Develop the Best``)."""
    if "?" in rest:
        return False
    if not listed(rest):
        return 0 < len(rest.split()) <= _MOST_NAMED and not is_question(rest) and rest.strip()[-1:] not in ".!"
    found = entries(rest)
    return len(found) >= 2 and not all(is_question(e) for e in found)


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
    found = entries(rest)
    asked = [e for e in found if is_question(e)]
    return " / ".join(asked), (DOT if DOT in rest else ", ").join(e for e in found if e not in asked)
