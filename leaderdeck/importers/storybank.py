"""A bank of stories told one after another with no heading over them: each story its own, named or not.

A plain-text file (or the text above a page's first heading) holding two stories or more in STAR parts, none of
them asked, is a story bank: a story whose title line stands alone above it is imported under that title, and a
story with no title is reported on its own, at the line of its first part. Read as one story, the bank would
lose every story, the named ones too, and the report would name only the first.
"""

from __future__ import annotations

from collections.abc import Sequence

from .sections import is_story
from .unit import Unit


def stories_apart(head: str, units: Sequence[Unit]) -> bool:
    """Whether ``units``, read under no heading (``head`` empty), are stories of a bank: two or more, each
    telling a story in STAR parts of its own and none asked a question."""
    return not head and len(units) >= 2 and all(not unit.question and is_story(unit.slots()) for unit in units)
