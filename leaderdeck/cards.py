"""Typed notes -> notes ready for Anki: note type, field HTML, deck and tags."""

from __future__ import annotations

from collections.abc import Iterable

from .cardfields import note_fields
from .grouping import deck_name, note_tags
from .manifest import Manifest
from .model import Note
from .notetypes import note_type
from .package import CardNote
from .render import Renderer


def card_notes(notes: Iterable[Note], manifest: Manifest) -> list[CardNote]:
    renderer = Renderer()
    return [
        CardNote(n.id, note_type(n.kind), tuple(note_fields(n, renderer)),
                 deck_name(n, manifest.name, manifest.group_by), tuple(note_tags(n)))
        for n in notes
    ]
