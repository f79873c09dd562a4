"""Typed notes -> notes ready for Anki: note type, field HTML, deck and tags.

A STAR story becomes a "Full answer" note, a "STAR drill" note, or both, as the
manifest's ``star_cards`` asks. The drill note has its own GUID (from the story
id plus ``DRILL_SUFFIX``), so a deck can switch between full, drill and both
without Anki skipping notes whose note type changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from .cardfields import note_fields
from .grouping import deck_name, note_tags
from .manifest import Manifest, StarCards
from .model import Kind, Note
from .notetypes import NoteType, drill_note_type, note_type
from .package import CardNote, note_guid
from .render import Renderer
from .template import card_templates
from .workspace import Identity

DRILL_SUFFIX = "/drill"


def card_notes(notes: Iterable[Note], manifest: Manifest) -> list[CardNote]:
    """The Anki notes of ``notes`` (none of them from the starter corpus)."""
    renderer = Renderer()
    return [card for note in notes for card in cards_for(note, tuple(note_fields(note, renderer)), manifest)]


def cards_for(note: Note, fields: tuple[str, ...], manifest: Manifest, starter: bool = False,
              tags: tuple[str, ...] | None = None) -> list[CardNote]:
    """The Anki notes one typed note becomes, given its rendered fields (and its tags, when known);
    ``starter``: the note comes from the starter corpus, which keeps its original GUIDs."""
    deck = deck_name(note, manifest.name, manifest.group_by)
    tags = tuple(note_tags(note)) if tags is None else tags
    identity = manifest.identity or Identity()
    return [CardNote(note_id, notetype, fields, deck, tags, note_guid(note_id, identity.namespace(note_id, starter)))
            for note_id, notetype in _note_types(note, fields, manifest)]


def _note_types(note: Note, fields: tuple[str, ...], manifest: Manifest) -> list[tuple[str, NoteType]]:
    """(GUID source, note type) of each Anki note a typed note becomes."""
    if note.kind is not Kind.STAR:
        return [(note.id, note_type(note.kind, manifest.style))]
    drill = drill_note_type(manifest.style)
    wanted = manifest.star_cards is not StarCards.FULL and card_templates(drill, fields)
    drills = [(note.id + DRILL_SUFFIX, drill)] if wanted else []
    # a story with no STAR section yet (a draft) keeps its full card even in a drill-only deck
    full = [(note.id, note_type(Kind.STAR, manifest.style))] \
        if manifest.star_cards is not StarCards.DRILL or not drills else []
    return full + drills


def card_count(cards: Iterable[CardNote]) -> int:
    """How many cards Anki makes from these notes: none for a template whose front would be empty."""
    return sum(len(card_templates(c.note_type, c.fields)) for c in cards)
