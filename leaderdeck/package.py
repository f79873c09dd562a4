"""Write notes into an .apkg with genanki: stable ids, per-note times, reproducible bytes.

genanki's own ``Package.write_to_file`` stamps every note with one time, derives
ids from the clock, leaves a temp file behind and stores an uncompressed zip.
Here each note is written with its own ``mod`` and ids from the ledger, and the
zip is deflated with fixed entry times, then renamed into place atomically.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from .atomic import write_atomically
from .notetypes import NoteType

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class CardNote:
    """A note ready for Anki: its GUID source, note type, field HTML, deck and tags."""

    note_id: str
    note_type: NoteType
    fields: tuple[str, ...]
    deck: str
    tags: tuple[str, ...]


class PackagedNote(Protocol):
    """A card note with the Anki note id and modification time it is written with."""

    card: CardNote
    nid: int
    mod: int


def stable_id(name: str) -> int:
    """A 31-bit id derived from a name, in genanki's recommended range."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def note_guid(note_id: str) -> str:
    """The Anki GUID of a note: from its id only, so text edits keep it."""
    return genanki.guid_for("leaderdeck", note_id)


def write_package(notes: Iterable[PackagedNote], type_mods: dict[int, int], description: str,
                  output: Path) -> None:
    """Write the package to ``output`` atomically: all of it or nothing."""
    notes = list(notes)
    with tempfile.TemporaryDirectory(prefix="leaderdeck-") as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            _write_database(connection.cursor(), notes, type_mods, description)
            connection.commit()
        finally:
            connection.close()
        write_atomically(output, _zip_bytes(database, Path(scratch) / "deck.apkg"))


def _write_database(cursor: sqlite3.Cursor, notes: list[PackagedNote], type_mods: dict[int, int],
                    description: str) -> None:
    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    # Anki creates parent decks itself, without a description, and imports only
    # decks that hold cards: so every deck that holds cards carries the description.
    deck_ids = {name: stable_id(name) for name in sorted({n.card.deck for n in notes})}
    for name, deck_id in deck_ids.items():
        genanki.Deck(deck_id, name, description).write_to_db(cursor, 0, iter(()))
    types = {n.card.note_type.model_id: n.card.note_type for n in notes}
    models = {mid: _model(types[mid]) for mid in sorted(types)}
    first_deck = next(iter(deck_ids.values()), None)
    model_json = {str(mid): m.to_json(type_mods[mid], first_deck) for mid, m in models.items()}
    cursor.execute("UPDATE col SET models = ?", (json.dumps(model_json, sort_keys=True),))
    for note in notes:
        gnote = genanki.Note(model=models[note.card.note_type.model_id], fields=list(note.card.fields),
                             tags=list(note.card.tags), guid=note_guid(note.card.note_id))
        ids = iter(range(note.nid, note.nid + 1 + len(note.card.note_type.templates)))
        gnote.write_to_db(cursor, note.mod, deck_ids[note.card.deck], ids)


def _model(note_type: NoteType) -> genanki.Model:
    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in note_type.templates],
        css=note_type.css,
    )


def _zip_bytes(database: Path, target: Path) -> bytes:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in (("collection.anki2", database.read_bytes()), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return target.read_bytes()
