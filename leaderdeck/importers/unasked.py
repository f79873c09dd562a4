"""Notes whose question is a scenario's name that asks nothing: ``**Scenario: Team keeps missing deadlines**``
over the author's approach and a sample answer. The name is kept as the question, words the document does not
have are never added to it; the report asks the user to word the question."""

from __future__ import annotations

from .base import Attention, Parsed
from .listing import line_list, short
from .unit import Piece


def names_scenario(pieces: list[Piece]) -> bool:
    """Whether the first scenario piece is labelled a scenario ("Scenario: <name>"), not a problem or a case
    stated under another label, whose words are a prompt however they are written ("Problem: Implement ...")."""
    first = next((p for p in pieces if p.slot == "scenario"), None)
    return first is not None and first.label.strip(" *_:").casefold().startswith("scenario")


def unasked_attention(items: list[Parsed]) -> list[Attention]:
    """One report line for the notes whose question is a scenario's name that does not ask (one line for them
    all when several)."""
    if not items:
        return []
    if len(items) == 1:
        return [Attention(items[0].line, f"'{short(items[0].prompt)}' names a scenario but does not ask: kept as "
                                         "the question; reword it to ask")]
    return [Attention(items[0].line, f"{len(items)} questions name a scenario but do not ask (lines "
                                     f"{line_list([item.line for item in items])}), such as "
                                     f"'{short(items[0].prompt)}': kept as their questions; reword them to ask")]
