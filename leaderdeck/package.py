"""Write notes into an .apkg with genanki: stable ids, one atomic file."""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import genanki

from .errors import LeaderdeckError
from .notetypes import NoteType, note_types

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class CardNote:
    """A note ready for Anki: its GUID source, note type, field HTML, deck and tags."""

    note_id: str
    note_type: NoteType
    fields: tuple[str, ...]
    deck: str
    tags: tuple[str, ...]


def stable_id(name: str) -> int:
    """A 31-bit id derived from a name, in genanki's recommended range."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def note_guid(note_id: str) -> str:
    """The Anki GUID of a note: from its id only, so text edits keep it."""
    return genanki.guid_for("leaderdeck", note_id)


def write_package(notes: Iterable[CardNote], description: str, output: Path) -> None:
    """Write the package to ``output`` atomically: all of it or nothing."""
    package = _package(list(notes), description)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="leaderdeck-") as scratch:
        database = Path(scratch) / "collection.anki2"
        _write_database(package, database)
        partial = Path(scratch) / "deck.apkg"
        _write_zip(database, partial)
        try:
            _replace(partial, output)
        except OSError as exc:
            raise LeaderdeckError(f"cannot write {output}: {exc.strerror}") from None


def _package(notes: list[CardNote], description: str) -> genanki.Package:
    models = {t.kind: _model(t) for t in note_types()}
    # Anki creates parent decks itself, without a description, and imports only
    # decks that hold cards: so every deck that holds cards carries the description.
    decks: dict[str, genanki.Deck] = {}
    for note in notes:
        deck = decks.get(note.deck) or decks.setdefault(note.deck, genanki.Deck(stable_id(note.deck), note.deck, description))
        deck.add_note(genanki.Note(model=models[note.note_type.kind], fields=list(note.fields),
                                   tags=list(note.tags), guid=note_guid(note.note_id)))
    return genanki.Package([decks[name] for name in sorted(decks)])


def _model(note_type: NoteType) -> genanki.Model:
    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in note_type.templates],
        css=note_type.css,
    )


def _build_time() -> float:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return float(epoch) if epoch.isdigit() else time.time()


def _write_database(package: genanki.Package, database: Path) -> None:
    timestamp = _build_time()
    connection = sqlite3.connect(database)
    try:
        package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        connection.commit()
    finally:
        connection.close()


def _write_zip(database: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in (("collection.anki2", database.read_bytes()), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


def _replace(source: Path, output: Path) -> None:
    """Copy next to ``output`` then rename over it, so readers never see half a deck."""
    fd, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(source.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, output.stat().st_mode & 0o777 if output.exists() else 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
