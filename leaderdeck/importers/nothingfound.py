"""Why a document gave no note, and what it holds: the parts set aside, named so the user can find them.

A label repeated in every section (``- Example: TBD`` under ``## Ownership``, ``## Frugality``, ...) is named with
the heading it sits under (``'Example' under 'Ownership'``), not as ``section 'Example'`` three times: the user
finds the line by the heading they wrote.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .asks import ASK_THEM
from .base import Format, Skipped
from .blocks import Block, HEADING
from .chatlog import CHAT, CHATS, chats_named
from .interviewerguide import GUIDE
from .scorecard import SCORECARD
from .text import clean_title

_SHOWN = 3  # the parts named; the rest are counted


def nothing_found(fmt: Format | None, skipped: Sequence[Skipped], blocks: Sequence[Block]) -> str:
    """The message for a document that gave no note (read as ``fmt`` when forced), naming the first parts of
    ``skipped`` by the headings in ``blocks`` they sit under."""
    if fmt is not None:
        return f"nothing recognisable as a note (read as {fmt.label})"
    if not skipped:
        return "nothing recognisable as a note (no question, story or scenario found)"
    if any(item.why == SCORECARD for item in skipped):
        return f"nothing recognisable as a note ({SCORECARD})"
    if all(item.why == ASK_THEM for item in skipped):
        return _to_ask(skipped, blocks)
    if guide := [item for item in skipped if item.why == GUIDE]:
        return (f"nothing recognisable as a note (a page for the interviewer: {_listed(guide, blocks)}); leaderdeck "
                "imports the questions you answer, not how to run an interview")
    if chats := [item for item in skipped if item.why == CHAT]:
        return _chats(chats, [item for item in skipped if item.why != CHAT], blocks)
    return (f"nothing recognisable as a note (no question, story or scenario found in: {_listed(skipped, blocks)}); "
            "write the question as a heading or a 'Q:' line above its answer")


def _chats(chats: Sequence[Skipped], others: Sequence[Skipped], blocks: Sequence[Block]) -> str:
    """The message for a document of pasted chats: every chat set aside, then the first other parts."""
    said = f"{chats[0].what}; {CHAT}" if len(chats) == 1 else f"{chats_named([c.what for c in chats])}; {CHATS}"
    if not others:
        return f"nothing recognisable as a note (line {chats[0].line}: {said})"
    return f"nothing recognisable as a note (line {chats[0].line}: {said}; also set aside: {_listed(others, blocks)})"


def _to_ask(skipped: Sequence[Skipped], blocks: Sequence[Block]) -> str:
    """The message for a document holding only the writer's questions for the people they will meet: those are
    not questions to answer, so no hint to write questions differently."""
    return (f"nothing recognisable as a note (only {ASK_THEM}: {_listed(skipped, blocks)}); leaderdeck imports the "
            "questions you answer, not the ones you ask")


def _listed(items: Sequence[Skipped], blocks: Sequence[Block]) -> str:
    """The first :data:`_SHOWN` of ``items`` named by the headings in ``blocks`` with their lines, the rest counted."""
    headings = [(b.line, clean_title(b.text)) for b in blocks if b.kind is HEADING]
    parts = [f"{_named(item, headings)} at line {item.line}" for item in items[:_SHOWN]]
    more = f", and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return ", ".join(parts) + more


def _named(item: Skipped, headings: list[tuple[int, str]]) -> str:
    """``section 'Example'`` read from a label line, named with the heading above it: ``'Example' under
    'Ownership'``; any other part as the report names it."""
    if not item.what.startswith("section '"):
        return item.what
    at = bisect_left(headings, (item.line, ""))
    if at < len(headings) and headings[at][0] == item.line or not at:
        return item.what  # a section headed by its label: named already
    return f"{item.what.removeprefix('section ')} under '{headings[at - 1][1]}'"
