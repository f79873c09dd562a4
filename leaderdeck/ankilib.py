"""The one module that uses Anki's own library (the ``anki`` package, an optional extra).

:class:`AnkiCollection` wraps an open collection with the few operations leaderdeck
needs: import a package, read notes by GUID, write fields and tags, move, suspend, tag
and delete, back up, and the schema and modification stamps that tell whether anything
was written. ``check``, ``pull`` and ``sync`` use it; nothing else imports ``anki``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import LeaderdeckError
from .scratch import scratch_folder

_CHUNK = 500  # ids per SQL statement


class CollectionLocked(LeaderdeckError):
    """Anki (or another program) has the collection open."""


@dataclass(frozen=True, slots=True)
class AnkiCard:
    id: int
    deck: str  # the card's home deck (outside any filtered deck it sits in)
    suspended: bool


@dataclass(frozen=True, slots=True)
class AnkiNote:
    nid: int
    guid: str
    mid: int
    mod: int
    fields: tuple[str, ...] | None  # None: not read (see :meth:`AnkiCollection.note_stamps`)
    tags: tuple[str, ...]
    cards: tuple[AnkiCard, ...] = ()


@dataclass(frozen=True, slots=True)
class AnkiNoteType:
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str, str], ...]  # name, front, back
    css: str


@dataclass(frozen=True, slots=True)
class ImportSummary:
    new: tuple[int, ...]
    updated: tuple[int, ...]
    unchanged: tuple[int, ...]
    conflicting: int
    other_skipped: int


@dataclass(frozen=True, slots=True)
class NoteUpdate:
    nid: int
    fields: dict[str, str]
    tags: tuple[str, ...]


@contextlib.contextmanager
def _refused(what: str, path: Path) -> Iterator[None]:
    """Anki's own errors while writing, as a message (the backup made before stays)."""
    from anki.errors import AnkiException

    try:
        yield
    except AnkiException as exc:
        raise LeaderdeckError(f"Anki refused to {what} in {path}: {first_line(str(exc))}") from None


def anki_available() -> bool:
    try:
        import anki.collection  # noqa: F401
    except ImportError:
        return False
    return True


def _require(what: str) -> None:
    if not anki_available():
        raise LeaderdeckError(f"{what} needs Anki's library: pip install 'leaderdeck[sync]'")


class AnkiCollection:
    """An open collection. Use :func:`open_collection` or :func:`scratch_collection`."""

    def __init__(self, col, path: Path) -> None:
        self._col = col
        self.path = path
        self._decks: dict[int, str] | None = None

    # -- state -----------------------------------------------------------------------
    @property
    def mod(self) -> int:
        return int(self._col.db.scalar("select mod from col"))

    @property
    def schema_mod(self) -> int:
        return int(self._col.db.scalar("select scm from col"))

    def schema_changed(self) -> bool:
        """Whether Anki's next sync would have to be a full one."""
        return bool(self._col.schema_changed())

    # -- reading ---------------------------------------------------------------------
    def notes_by_guid(self, guids: Iterable[str]) -> dict[str, AnkiNote]:
        wanted = set(guids)
        ids = [nid for nid, guid in self._col.db.all("select id, guid from notes") if guid in wanted]
        rows = []
        for chunk in _chunks(ids):
            rows += self._col.db.all(
                f"select id, guid, mid, mod, flds, tags from notes where id in ({_marks(chunk)})", *chunk)
        cards = self._cards(ids)
        return {guid: AnkiNote(nid, guid, mid, mod, tuple(flds.split("\x1f")), tuple(tags.split()),
                               tuple(cards.get(nid, ())))
                for nid, guid, mid, mod, flds, tags in rows}

    def note_stamps(self, guids: Iterable[str]) -> dict[str, AnkiNote]:
        """The notes with these GUIDs without their fields and cards: what says whether a note
        changed (its modification time) costs little to read, even for a large deck."""
        wanted = set(guids)
        return {guid: AnkiNote(nid, guid, mid, mod, None, tuple(tags.split()))
                for nid, guid, mid, mod, tags in self._col.db.all("select id, guid, mid, mod, tags from notes")
                if guid in wanted}

    def with_fields(self, notes: Sequence[AnkiNote], cards_of: set[int]) -> list[AnkiNote]:
        """``notes`` with their fields read, and their cards when their id is in ``cards_of``."""
        fields: dict[int, tuple[str, ...]] = {}
        ids = [n.nid for n in notes if n.fields is None]
        for chunk in _chunks(ids):
            fields.update((nid, tuple(flds.split("\x1f"))) for nid, flds in self._col.db.all(
                f"select id, flds from notes where id in ({_marks(chunk)})", *chunk))
        cards = self._cards(sorted(cards_of & {n.nid for n in notes}))
        return [dataclasses.replace(n, fields=fields.get(n.nid, n.fields), cards=tuple(cards.get(n.nid, n.cards)))
                for n in notes]

    def with_cards(self, notes: Sequence[AnkiNote], cards_of: set[int]) -> list[AnkiNote]:
        """``notes`` with their cards when their id is in ``cards_of``."""
        cards = self._cards(sorted(cards_of & {n.nid for n in notes}))
        return [dataclasses.replace(n, cards=tuple(cards[n.nid])) if n.nid in cards else n for n in notes]

    def _cards(self, nids: Sequence[int]) -> dict[int, list[AnkiCard]]:
        decks = self._deck_names()
        cards: dict[int, list[AnkiCard]] = {}
        for chunk in _chunks(nids):
            for cid, nid, did, odid, queue in self._col.db.all(
                    f"select id, nid, did, odid, queue from cards where nid in ({_marks(chunk)}) order by ord",
                    *chunk):
                cards.setdefault(nid, []).append(AnkiCard(cid, decks.get(odid or did, ""), queue == -1))
        return cards

    def _deck_names(self) -> dict[int, str]:
        if self._decks is None:
            self._decks = {d.id: d.name for d in self._col.decks.all_names_and_ids()}
        return self._decks

    def note_type(self, mid: int) -> AnkiNoteType | None:
        model = self._col.models.get(mid)
        if model is None:
            return None
        return AnkiNoteType(mid, model["name"], tuple(f["name"] for f in model["flds"]),
                            tuple((t["name"], t["qfmt"], t["afmt"]) for t in model["tmpls"]), model["css"])

    # -- writing ---------------------------------------------------------------------
    def import_package(self, package: Path) -> ImportSummary:
        """Import as a user clicking Import with Anki's default options."""
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.errors import AnkiException

        options = ImportAnkiPackageOptions()
        options.CopyFrom(self._col._backend.get_import_anki_package_presets())
        try:
            log = self._col.import_anki_package(
                ImportAnkiPackageRequest(package_path=str(package), options=options)).log
        except AnkiException as exc:
            raise LeaderdeckError(f"Anki cannot import {package}: {first_line(str(exc))}") from None
        self._col._clear_caches()
        self._decks = None
        skipped = len(log.missing_notetype) + len(log.missing_deck) + len(log.empty_first_field)
        return ImportSummary(tuple(e.id.nid for e in log.new), tuple(e.id.nid for e in log.updated),
                             tuple(e.id.nid for e in log.duplicate), len(log.conflicting), skipped)

    def update_note_type_look(self, mid: int, templates: Sequence[tuple[str, str, str]], css: str) -> None:
        """New template text and CSS for a note type whose field and template names stay the same
        (Anki applies this without a full sync)."""
        with _refused('update a note type', self.path):
            model = self._col.models.get(mid)
            for template, (name, front, back) in zip(model["tmpls"], templates):
                if template["name"] != name:
                    raise LeaderdeckError(f"note type {model['name']}: template '{template['name']}' is not '{name}'")
                template["qfmt"], template["afmt"] = front, back
            model["css"] = css
            self._col.models.update_dict(model)

    def reshape_note_type(self, mid: int, fields: Sequence[str], templates: Sequence[tuple[str, str, str]],
                          css: str) -> None:
        """Give a note type these fields and templates (added, removed, reordered): a schema
        change, after which Anki's next sync is a full one."""
        with _refused('change a note type', self.path):
            models = self._col.models
            model = models.get(mid)
            for name in [f["name"] for f in model["flds"] if f["name"] not in fields]:
                models.remove_field(model, next(f for f in model["flds"] if f["name"] == name))
            for name in fields:
                if name not in [f["name"] for f in model["flds"]]:
                    models.add_field(model, models.new_field(name))
            for index, name in enumerate(fields):
                models.reposition_field(model, next(f for f in model["flds"] if f["name"] == name), index)
            names = [t[0] for t in templates]
            for name in [t["name"] for t in model["tmpls"] if t["name"] not in names]:
                models.remove_template(model, next(t for t in model["tmpls"] if t["name"] == name))
            for name, front, back in templates:
                if name not in [t["name"] for t in model["tmpls"]]:
                    template = models.new_template(name)
                    template["qfmt"], template["afmt"] = front, back
                    models.add_template(model, template)
            for index, name in enumerate(names):
                models.reposition_template(model, next(t for t in model["tmpls"] if t["name"] == name), index)
            models.update_dict(model)
            self.update_note_type_look(mid, templates, css)

    def update_notes(self, updates: Sequence[NoteUpdate]) -> None:
        with _refused('update notes', self.path):
            notes = []
            for update in updates:
                note = self._col.get_note(update.nid)
                for name, value in update.fields.items():
                    note[name] = value
                note.tags = list(update.tags)
                notes.append(note)
            if notes:
                self._col.update_notes(notes)

    def move_cards(self, card_ids: Sequence[int], deck: str) -> None:
        with _refused('move cards', self.path):
            if card_ids:
                self._col.set_deck(list(card_ids), self._col.decks.id(deck))
                self._decks = None

    def suspend(self, card_ids: Sequence[int]) -> None:
        with _refused('suspend cards', self.path):
            if card_ids:
                self._col.sched.suspend_cards(list(card_ids))

    def unsuspend(self, card_ids: Sequence[int]) -> None:
        with _refused('unsuspend cards', self.path):
            if card_ids:
                self._col.sched.unsuspend_cards(list(card_ids))

    def add_tag(self, nids: Sequence[int], tag: str) -> None:
        with _refused('tag notes', self.path):
            if nids:
                self._col.tags.bulk_add(list(nids), tag)

    def delete_notes(self, nids: Sequence[int]) -> None:
        with _refused('delete notes', self.path):
            if nids:
                self._col.remove_notes(list(nids))

    @contextlib.contextmanager
    def backup_ahead(self, folder: Path) -> Iterator[PendingBackup]:
        """Anki's backup of the collection as it is now, compressed in the background while the
        caller reads and plans. :meth:`PendingBackup.path` waits for it: call it before the first
        write. A backup never asked for is removed on leaving (with ``folder``, when this made it),
        so a run that writes nothing leaves Anki's backups as they were."""
        from anki.errors import AnkiException

        made_folder = not folder.exists()
        before: set[Path] = set()
        failed = ""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            before = set(folder.glob("backup-*.colpkg"))
            started = self._col.create_backup(backup_folder=str(folder), force=True, wait_for_completion=False)
        except (AnkiException, OSError) as exc:
            started, failed = False, first_line(str(exc))
        pending = PendingBackup(self, folder, before, started, failed)
        try:
            yield pending
        finally:
            pending.settle(made_folder)

    def _export_backup(self, folder: Path) -> Path:
        import time

        target = folder / time.strftime("backup-%Y-%m-%d-%H.%M.%S.colpkg")
        self._col.export_collection_package(str(target), include_media=False, legacy=False)
        self._col.reopen()
        return target

    # -- checks (leaderdeck check) ----------------------------------------------------
    def card_ids(self, nid: int) -> list[int]:
        return list(self._col.card_ids_of_note(nid))

    def render_problem(self, card_id: int) -> str:
        from anki.errors import TemplateError

        try:
            output = self._col._backend.render_existing_card(card_id=card_id, browser=False, partial_render=True)
        except TemplateError as exc:
            return _plain(str(exc))
        return "front is empty" if output.is_empty else ""

    def note_label(self, nid: int) -> str | None:
        """The note's Id field, or ``None`` when Anki cannot load the note."""
        from anki.errors import AnkiException

        try:
            note = self._col.get_note(nid)
        except AnkiException:
            return None
        return note["Id"] if "Id" in note.keys() else str(note.id)

    def empty_card_notes(self) -> list[int]:
        return [n.note_id for n in self._col.get_empty_cards().notes]

    def export_package(self, path: Path, *, with_scheduling: bool = False) -> None:
        """Export every note as an .apkg, as Anki's File > Export does."""
        from anki.import_export_pb2 import ExportAnkiPackageOptions

        options = ExportAnkiPackageOptions(with_scheduling=with_scheduling, with_deck_configs=with_scheduling,
                                           with_media=False, legacy=False)
        self._col.export_anki_package(out_path=str(path), options=options, limit=None)

    def export_collection(self, path: Path) -> None:
        """Export the whole collection as a .colpkg, as Anki's File > Export does."""
        self._col.export_collection_package(str(path), include_media=False, legacy=False)
        self._col.reopen()


class PendingBackup:
    """A backup Anki is writing (see :meth:`AnkiCollection.backup_ahead`)."""

    def __init__(self, col: AnkiCollection, folder: Path, before: set[Path], started: bool, failed: str) -> None:
        self._col, self._folder, self._before = col, folder, before
        self._started, self._failed = started, failed
        self._done = False
        self._path: Path | None = None

    def path(self) -> Path:
        """Where the finished backup is, once Anki has written it; raises if Anki could not."""
        if self._path is None:
            self._finish()
            made = sorted(set(self._folder.glob("backup-*.colpkg")) - self._before)
            if self._started and made:
                self._path = made[-1]
            else:  # Anki makes none when nothing changed since its last one, which is then current
                existing = sorted(self._before, key=lambda p: p.stat().st_mtime)
                self._path = existing[-1] if existing and not self._started else self._col._export_backup(self._folder)
        return self._path

    def _finish(self) -> None:
        from anki.errors import AnkiException

        if not self._done:
            self._done = True
            try:
                if self._started:
                    self._col._col.await_backup_completion()
            except AnkiException as exc:
                self._failed = first_line(str(exc))
        if self._failed:
            raise LeaderdeckError(f"Anki could not back up {self._col.path}: {self._failed}; nothing was written")

    def settle(self, made_folder: bool) -> None:
        """Wait for Anki's background work; remove the backup when :meth:`path` was never asked for."""
        if self._path is not None:
            return
        with contextlib.suppress(LeaderdeckError):
            self._finish()
        for unused in set(self._folder.glob("backup-*.colpkg")) - self._before:
            unused.unlink(missing_ok=True)
        if made_folder:
            with contextlib.suppress(OSError):
                self._folder.rmdir()


@contextlib.contextmanager
def open_collection(path: Path, what: str = "sync") -> Iterator[AnkiCollection]:
    """The user's collection at ``path``, refused while Anki has it open."""
    _require(f"leaderdeck {what}")
    from anki.collection import Collection
    from anki.errors import DBError

    if not path.is_file():
        raise LeaderdeckError(f"no Anki collection at {path}" if not path.exists()
                              else f"{path} is not a file; give an Anki collection (collection.anki2)")
    if not path.stat().st_size:  # Anki would make a new collection in it
        raise LeaderdeckError(f"{path} is empty, not an Anki collection")
    try:
        col = Collection(str(path))
    except DBError as exc:
        message = str(exc)
        if "already open" in message or "locked" in message.lower():
            raise CollectionLocked(f"{path} is open in Anki (or being synced): close Anki first, then run "
                                   "leaderdeck again; nothing was written") from None
        raise LeaderdeckError(f"{path} is not an Anki collection Anki can open: {first_line(message)}") from None
    try:
        yield AnkiCollection(col, path)
    finally:
        col.close()


@contextlib.contextmanager
def scratch_collection(kind: str) -> Iterator[AnkiCollection]:
    """An empty collection in a temporary folder, removed afterwards."""
    _require("reading Anki packages")
    from anki.collection import Collection
    from anki.errors import AnkiException

    try:
        with scratch_folder(kind) as scratch:
            path = scratch / "collection.anki2"
            col = Collection(str(path))
            try:
                yield AnkiCollection(col, path)
            finally:
                col.close()
    except (OSError, AnkiException) as exc:  # a full or unwritable temporary folder
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else first_line(str(exc))
        raise LeaderdeckError(f"cannot make a scratch Anki collection in the temporary folder: {reason}") from None


@contextlib.contextmanager
def collection_package(colpkg: Path) -> Iterator[AnkiCollection]:
    """The collection inside a ``.colpkg`` (a whole-collection export), restored into a
    temporary folder by Anki's own code and opened there."""
    _require("reading Anki packages")
    from anki._backend import RustBackend
    from anki.collection import Collection
    from anki.errors import AnkiException

    with scratch_folder("colpkg") as scratch:
        path = scratch / "collection.anki2"
        try:
            RustBackend().import_collection_package(
                col_path=str(path), backup_path=str(colpkg), media_folder=str(scratch / "collection.media"),
                media_db=str(scratch / "collection.media.db2"))
        except AnkiException as exc:
            raise LeaderdeckError(f"Anki cannot read {colpkg}: {first_line(str(exc))}") from None
        col = Collection(str(path))
        try:
            yield AnkiCollection(col, path)
        finally:
            col.close()


def first_line(message: str, limit: int = 200) -> str:
    """The gist of a long library message (Anki's can carry whole SQL statements)."""
    line = next((part.strip() for part in message.splitlines() if part.strip()), "unknown error")
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _plain(message: str) -> str:
    """Anki's HTML error message as one line of text."""
    text = html.unescape(re.sub(r"<br\s*/?>", " ", re.sub(r"<a [^>]*>.*?</a>", "", message)))
    return " ".join(re.sub(r"<[^>]+>|[\u2068\u2069]", "", text).split())


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _marks(chunk: Sequence[int]) -> str:
    return ",".join("?" * len(chunk))
