"""A heading that names a prompt and then, after an arrow, a note the writer leaves to themselves:
``# Why this company → Anchor to Your Search Work``, ``## Roadmap planning -> use the ranking story``.

The note (it speaks to "you", is an instruction, or opens on a verb and where it points: ``Anchor to ...``,
``Lead with ...``) is no part of the prompt: the heading is read as the prompt before the arrow, a prompt by its
structure, so that the writer's own text under it answers it however short or whatever its tense, and the note
becomes that note's tip. An arrow between two names (``Search → Marketplace``) is part of the title, and a label
of ours before the arrow (``Action → keep it short``) stays as it was.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Block, HEADING
from .labels import slot
from .text import is_instruction
from .unit import Unit
from ..lazyre import lazy_re

_ARROW = lazy_re(r"^(?P<topic>\S.*?)\s+(?:→|->|⇒|⟶|=>)\s+(?P<note>\S.*)$")
_TO_SELF = lazy_re(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# "Anchor to the billing story", "Lead with the numbers", "Tie it back": a verb, then where it points
_POINTING = lazy_re(r"^[A-Za-z]+\s+(?:to|on|with|about|into|it|them|back)\b", re.IGNORECASE)


def self_note(text: str) -> tuple[str, str] | None:
    """``(prompt, note)`` of a heading's text that closes on an arrow and a note to self; ``None`` otherwise."""
    match = _ARROW.match(text.strip())
    if match is None:
        return None
    note = match["note"].strip()
    if not (_TO_SELF.search(note) or is_instruction(note) or _POINTING.match(note)) or slot(match["topic"]):
        return None  # "Action → keep it short": a label of ours with advice, no prompt
    return match["topic"].strip(), note


def noted_heads(blocks: list[Block]) -> tuple[list[Block], dict[int, str]]:
    """``blocks`` with each heading carrying a note to self cut to its prompt (marked a prompt), and the notes by
    the heading's line."""
    notes: dict[int, str] = {}
    out: list[Block] = []
    for block in blocks:
        noted = self_note(block.text) if block.kind is HEADING else None
        if noted is None:
            out.append(block)
            continue
        notes[block.line] = noted[1]
        out.append(dataclasses.replace(block, text=noted[0], prompt=True))
    return out, notes


def give_notes(units: list[Unit], notes: dict[int, str]) -> None:
    """Each note to self given, as a tip, to the note its heading heads."""
    for unit in units:
        if unit.line in notes and notes[unit.line] not in unit.asides:
            unit.asides = (*unit.asides, notes[unit.line])
