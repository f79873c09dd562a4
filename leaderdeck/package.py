"""Write notes into an .apkg with genanki: stable ids, per-note times, reproducible bytes.

genanki's own ``Package.write_to_file`` stamps every note with one time, derives
ids from the clock, leaves a temp file behind and stores an uncompressed zip.
Here each note is written with its own ``mod`` and ids from the ledger, and the
zip is deflated with fixed entry times, then renamed into place atomically.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from .atomic import Staged, staged_file, temporary_path
from .errors import LeaderdeckError
from .notetypes import NoteType

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
ID_RANGE = 10  # a note id, then one card id per template


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


class PackageWriter:
    """Writes notes into a scratch collection one by one, then packs it into a staged file.

    Use as a context manager. The scratch database sits next to ``output`` (so a killed
    build's leftovers are swept there, see ``atomic.sweep_stale``); :meth:`finish` returns
    the package as a :class:`Staged` file for the caller to commit with the lock file.
    """

    def __init__(self, output: Path, description: str) -> None:
        self.output = output
        self.description = description
        self.deck_ids: dict[str, int] = {}
        self.models: dict[int, genanki.Model] = {}
        self.notes = 0

    def __enter__(self) -> PackageWriter:
        self.database = temporary_path(self.output, ".db.tmp")
        try:
            self.connection = sqlite3.connect(self.database)
            self.cursor = self.connection.cursor()
            # a scratch file: no journal next to it, no waiting for the disk
            self.cursor.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            self.cursor.executescript(APKG_SCHEMA)
            self.cursor.executescript(APKG_COL)
        except sqlite3.Error as exc:
            self.__exit__(None, None, None)
            raise self._error(exc) from None
        return self

    def __exit__(self, *exc_info) -> None:
        if hasattr(self, "connection"):
            self.connection.close()
        self.database.unlink(missing_ok=True)

    def add(self, note: PackagedNote) -> None:
        card = note.card
        model = self.models.get(card.note_type.model_id) or self.models.setdefault(
            card.note_type.model_id, _model(card.note_type))
        deck_id = self.deck_ids.get(card.deck) or self.deck_ids.setdefault(card.deck, stable_id(card.deck))
        gnote = genanki.Note(model=model, fields=list(card.fields), tags=list(card.tags),
                             guid=note_guid(card.note_id))
        try:
            gnote.write_to_db(self.cursor, note.mod, deck_id, iter(range(note.nid, note.nid + ID_RANGE)))
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        self.notes += 1

    def finish(self, type_mods: dict[int, int]) -> Staged:
        """Record decks and note types, then pack the collection into a staged package."""
        # Anki creates parent decks itself, without a description, and imports only
        # decks that hold cards: so every deck that holds cards carries the description.
        decks = sorted(self.deck_ids.items())
        try:
            for name, deck_id in decks:
                genanki.Deck(deck_id, name, self.description).write_to_db(self.cursor, 0, iter(()))
            first_deck = decks[0][1] if decks else None
            model_json = {str(mid): self.models[mid].to_json(type_mods[mid], first_deck)
                          for mid in sorted(self.models)}
            self.cursor.execute("UPDATE col SET models = ?", (json.dumps(model_json, sort_keys=True),))
            self.connection.commit()
            self.connection.close()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        with staged_file(self.output) as (handle, staged), zipfile.ZipFile(handle, "w") as archive:
            _add_entry(archive, "collection.anki2", self.database)
            _add_entry(archive, "media", None)
        return staged

    def _error(self, exc: sqlite3.Error) -> LeaderdeckError:
        return LeaderdeckError(f"cannot write {self.output}: {exc}")


def _model(note_type: NoteType) -> genanki.Model:
    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in note_type.templates],
        css=note_type.css,
    )


def _add_entry(archive: zipfile.ZipFile, name: str, source: Path | None) -> None:
    """A deflated entry with a fixed time, streamed from ``source`` (``None``: an empty media map)."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    # level 1: a quarter of the database's size at a third of the default level's time
    setattr(info, "compress_level" if hasattr(zipfile.ZipInfo, "compress_level") else "_compresslevel", 1)
    info.external_attr = 0o644 << 16
    with archive.open(info, "w") as entry:
        if source is None:
            entry.write(b"{}")
            return
        with source.open("rb") as data:
            shutil.copyfileobj(data, entry, 1 << 20)
