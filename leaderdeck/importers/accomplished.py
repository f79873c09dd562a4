"""An accomplishment logged under its name, as a brag document or an accomplishment log keeps it:
``### Win: Cut build times`` over ``**Impact**: Builds went from forty minutes to nine`` and ``**Context**: Every
merge waited on one slow queue`` (with the skills and keywords it shows). It is a story begun under its name: the
context its Situation, the impact its Result, a draft whose Action is still to write. The context is no question and
the impact no answer to it.
"""

from __future__ import annotations

from .labels import normalise
from .content import piece_text
from .placeholders import is_placeholder
from .unit import Piece
from .voice import in_past

_SETTINGS = frozenset({"context", "background", "business context"})  # the scene a logged win was won in
_OUTCOMES = frozenset({"impact", "result"})  # what came of it
_FACTS = frozenset({"competencies", "tags", "company", "duration", "level", "topic"})  # what it shows, where, when


def names_setting(label: str) -> bool:
    """``label`` names the setting something happened in (``Context``, ``Background``): a part told, never the name
    of a scenario as ``Scenario: The late migration`` gives one."""
    return normalise(label) in _SETTINGS


def logged_win(pieces: list[Piece]) -> bool:
    """Whether ``pieces`` (a unit with no question) are only a win's context and its impact told as done
    (``Established ...``, ``Removed two servers``), beside facts: the entry of an accomplishment log."""
    told = [p for p in pieces if p.slot not in _FACTS and (p.slot is not None or piece_text(p).strip())]
    if len(told) != 2 or {p.slot for p in told} not in ({"scenario", "impact"}, {"scenario", "result"}):
        return False  # most units: more than a context and an impact, or something else
    setting = next(p for p in told if p.slot == "scenario")
    outcome = next(p for p in told if p.slot in _OUTCOMES)
    if not names_setting(setting.label):
        return False  # "Scenario: ..." / "Problem: ...": a case set for the reader
    texts = (piece_text(setting).strip(), piece_text(outcome).strip())
    return all(texts) and not any(is_placeholder(text) for text in texts) \
        and in_past(texts[1][:1].lower() + texts[1][1:])  # "Removed two servers": done, as "removed" says
