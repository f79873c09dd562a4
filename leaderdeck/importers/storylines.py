"""Lines of a paragraph that tells a story in labelled parts (``S:`` / ``T:`` / ``A:`` / ``R:``, each on its line):
where the paragraph is cut besides its STAR labels.

- A bare ``A:`` labels an answer in a Q&A document (``Q:`` / ``A:``) and the Action in a story. Its neighbours
  decide: a line right above or below it labelled as another STAR part (Situation, Task, Result) makes it the
  Action of that story.
- A line after a part that is only a question, opening in capitals and put to someone other than the teller
  ("Tell us about yourself?", with its answer on the lines under it), starts a question of its own; it is no more
  of the part above it. A question the teller asks themselves ("Why did I wait so long?") stays in the part.
- An ``Impact:`` line in a piece opened by a STAR part's label (``Situation: ...`` then ``Impact: ...``) tells what
  came of the story: a part of its own, not more of the part above it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .labels import STAR_SLOTS, slot, star_slot
from .text import ends_asking, only_questions
from .textreader import label_of
from .voice import as_me

_NEIGHBOURS = frozenset(STAR_SLOTS) - {"action"}


def _part(line: str) -> str | None:
    """The STAR part a line's label names, read as a story's (``A`` the Action)."""
    label = label_of(line.strip())[0]
    return star_slot(label) if label else None


def story_action(lines: Sequence[str], index: int) -> bool:
    """Whether ``lines[index]`` is a bare ``A:`` line with a story's other part labelled on the nearest labelled
    line above or below it (a Situation carried on over unlabelled lines is still right above it)."""
    label = label_of(lines[index].strip())[0]
    if not label or slot(label) != "answer" or star_slot(label) != "action":
        return False
    above = next((line for line in reversed(lines[:index]) if label_of(line.strip())[0]), None)
    below = next((line for line in lines[index + 1:] if label_of(line.strip())[0]), None)
    return any(_part(line) in _NEIGHBOURS for line in (above, below) if line is not None)


def asked_after_part(lines: Sequence[str], index: int, parts: Sequence[int]) -> bool:
    """Whether ``lines[index]`` is a question standing on its own line after a story's part, the part opened at
    the last of ``parts`` (the indexes of the lines a STAR label opens)."""
    line = lines[index].strip()
    if not parts or not line[:1].isupper() or not ends_asking(line) or not only_questions(line) or as_me(line):
        return False
    return _part(lines[parts[-1]]) in STAR_SLOTS


def impact_after_part(lines: Sequence[str], index: int, cuts: Sequence[int]) -> bool:
    """Whether ``lines[index]`` is labelled ``Impact:`` inside a piece (begun at ``cuts[-1]``) whose first line
    is labelled as a STAR part: what came of that story, cut off as a part of its own."""
    label = label_of(lines[index].strip())[0]
    if not label or slot(label) != "impact":
        return False
    opening = label_of(lines[cuts[-1]].strip())[0]
    return bool(opening) and slot(opening) in STAR_SLOTS
