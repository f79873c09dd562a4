"""``leaderdeck pull``: edits made in Anki, written back into the YAML sources.

The Anki side is a collection (``collection.anki2``), a whole-collection export
(``.colpkg``) or a package exported from Anki, AnkiDroid or AnkiMobile (``.apkg``, read
through a scratch collection). Each deck's notes are merged field by field with what
Anki holds (``reconcile``); fields changed only in Anki are written into the notes'
source files (``sourceedit``), checked by loading the files again, and committed together
with the deck's lock file. Conflicts are reported and change neither side.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .ankilib import AnkiCollection, AnkiNote, collection_package, open_collection, scratch_collection
from .atomic import sweep_stale, together
from .build import DeckTally, deck_notes, with_identity
from .cache import Cache
from .cards import cards_for
from .cardfields import note_fields
from .errors import LeaderdeckError, SourceErrors
from .fieldmap import TAGS, field_target
from .filelock import exclusive
from .grouping import TAG_ROOT
from .ledger import Ledger, NoteRecord, format_ledger, lock_path, read_ledger
from .manifest import Manifest
from .loader import load_file
from .merge import Merge
from .model import Note
from .outputs import is_package
from .package import CardNote, note_guid
from .reconcile import FieldMerge, NoteMerge, Prefer, merge_note, merged_record
from .render import Renderer
from .sourceedit import Edit, SourceEditError, edit_source
from .sourcecheck import check_edit
from .taxonomy import Taxonomy
from .textfile import decode
from .workspace import Identity, starter_files
from .yamlnodes import read_yaml_bytes


REMOVED_TAG = f"{TAG_ROOT}::removed"  # a note a sync suspended when it left the deck


@dataclass(frozen=True, slots=True)
class DeckState:
    """A deck's notes merged with one Anki collection."""

    manifest: Manifest
    cards: tuple[tuple[Note, CardNote], ...]
    ledger: Ledger
    merges: tuple[NoteMerge, ...]
    missing: tuple[str, ...]  # notes of the lock that Anki does not hold
    guids: dict[str, str]     # note id -> GUID, of every note of the deck and of the lock

    @property
    def conflicts(self) -> list[tuple[NoteMerge, FieldMerge]]:
        return [(m, f) for m in self.merges for f in m.conflicts]


@dataclass(frozen=True, slots=True)
class PullResult:
    state: DeckState
    files: tuple[Path, ...]      # source files changed (or that would be, in a dry run)
    new_cards: dict[str, CardNote]  # note id -> the card as the edited sources make it
    ledger: Ledger
    complete: bool               # the Anki side was a whole collection (missing notes were deleted there)

    @property
    def pulled(self) -> list[tuple[NoteMerge, FieldMerge]]:
        return [(m, f) for m in self.state.merges for f in m.pulled]


@contextlib.contextmanager
def anki_source(path: Path) -> Iterator[tuple[AnkiCollection, bool]]:
    """The collection to pull from, and whether it is a whole collection."""
    if not path.is_file():
        raise LeaderdeckError(f"no such file: {path}" if not path.exists() else f"{path} is not a file")
    if path.suffix == ".colpkg":
        with collection_package(path) as col:
            yield col, True
    elif path.suffix == ".apkg" or (path.suffix != ".anki2" and is_package(path)):
        if not is_package(path) or not path.stat().st_size:
            raise LeaderdeckError(f"{path} is not an Anki package (a .apkg holding a collection)")
        with scratch_collection("pull") as col:
            col.import_package(path)
            yield col, False
    else:
        with open_collection(path, "pull") as col:
            yield col, True


def reconcile_deck(col: AnkiCollection, manifest: Manifest, taxonomy: Taxonomy, prefer: Prefer | None,
                   cache: Cache | None = None) -> DeckState:
    ledger = read_ledger(lock_path(manifest.output))
    cards = tuple(deck_notes(manifest, taxonomy, cache, tally=DeckTally(count_cards=False)))
    guids = {c.note_id: c.anki_guid for _, c in cards}
    guids |= _lock_guids([i for i in ledger.notes if i not in guids], manifest, taxonomy)
    anki = _read(col, cards, ledger, guids)
    types = {mid: col.note_type(mid) for mid in {a.mid for a in anki.values()}}
    merges = []
    for note, card in cards:
        held = anki.get(guids[card.note_id])
        if held is not None:
            note_type = types[held.mid]
            fields = note_type.fields if note_type else ()
            if held.mid == card.note_type.model_id and fields != card.note_type.fields:
                held = col.with_fields([held], {held.nid})[0] if held.fields is None else held
                held, fields = _aligned(held, fields, card.note_type.fields), card.note_type.fields
            record = ledger.notes.get(card.note_id)
            merges.append(merge_note(note, card, held, record, prefer, fields,
                                     record.seen if held.fields is None else None))
    missing = tuple(sorted(i for i in ledger.notes if guids[i] not in anki))
    return DeckState(manifest, cards, ledger, tuple(_one_value_each(merges)), missing, guids)


def identified(manifest: Manifest, taxonomy: Taxonomy, dry_run: bool) -> Manifest:
    """``manifest`` with its workspace's identity (which GUIDs its notes have): made, as a build
    makes it, when missing; a dry run writes nothing and uses the original GUIDs, which every
    note built before the workspace had a key keeps."""
    if manifest.identity is not None:
        return manifest
    if dry_run:
        return dataclasses.replace(manifest, identity=Identity())
    return with_identity(manifest, taxonomy)


def _lock_guids(note_ids: list[str], manifest: Manifest, taxonomy: Taxonomy) -> dict[str, str]:
    """The GUIDs of notes the lock knows that the deck no longer makes (removed notes), as the
    build that wrote them gave them."""
    if not note_ids:
        return {}
    starter = {note.id for path in starter_files() for note in load_file(path, taxonomy)[0]}
    identity = manifest.identity or Identity()
    return {i: note_guid(i, identity.namespace(i, i.split("/")[0] in starter)) for i in note_ids}


def _read(col: AnkiCollection, cards, ledger: Ledger, guids: dict[str, str]) -> dict[str, AnkiNote]:
    """Anki's notes of the deck: the fields of those changed since the lock saw them (only
    their times are read for the others), the cards of those that may move or come back."""
    stamps = col.note_stamps(guids.values())
    by_guid = {guids[c.note_id]: c for _, c in cards}
    unread, read, cards_of = [], [], set()
    for guid, note in stamps.items():
        record = ledger.notes.get(by_guid[guid].note_id) if guid in by_guid else None
        (unread if _as_seen(note, record) else read).append(note)
        card = by_guid.get(guid)
        if card is not None and record is not None and (record.home or record.deck) != card.deck \
                or any(t.casefold() == REMOVED_TAG for t in note.tags):
            cards_of.add(note.nid)
    done = col.with_fields(read, cards_of) + col.with_cards(unread, cards_of)
    return {n.guid: n for n in done}


def _as_seen(note: AnkiNote, record: NoteRecord | None) -> bool:
    """Whether Anki's note is as the last pull or sync saw it: unchanged since (its time is the
    one recorded then: any edit in Anki gives a note a new time, in seconds, and Anki cannot
    have the collection open while a sync writes it), and holding what the lock says was last
    written."""
    return record is not None and note.mod == record.mod and record.seen_latest()


def _aligned(anki: AnkiNote, held: tuple[str, ...], ours: tuple[str, ...]) -> AnkiNote:
    """A note of our note type whose fields differ in Anki (a schema change to come), with
    its fields by name in our order."""
    values = dict(zip(held, anki.fields))
    return dataclasses.replace(anki, fields=tuple(values.get(name, "") for name in ours))


def _one_value_each(merges: list[NoteMerge]) -> list[NoteMerge]:
    """A STAR story's full and drill notes share fields: edited differently in Anki, a conflict."""
    values: dict[tuple, set] = {}
    for merge in merges:
        for edit in merge.edits:
            values.setdefault((edit.note_id, edit.path), set()).add(repr(edit.value))
    split = {key for key, seen in values.items() if len(seen) > 1}
    if not split:
        return merges
    return [_conflicted(m, {e for e in m.edits if (e.note_id, e.path) in split},
                        "edited differently in the story's full and drill notes") for m in merges]


def _conflicted(merge: NoteMerge, failed: set[Edit], reason: str) -> NoteMerge:
    """``merge`` with the fields of ``failed`` edits turned into conflicts."""
    if not failed:
        return merge
    paths = {e.path for e in failed}
    fields = tuple(
        dataclasses.replace(f, state=Merge.CONFLICT, reason=reason) if f.state is Merge.PULL and (
            (f.field == TAGS and ("tags",) in paths)
            or ((t := field_target(merge.note.kind, f.field)) is not None and t.path in paths)) else f
        for f in merge.fields)
    return dataclasses.replace(merge, fields=fields, edits=tuple(e for e in merge.edits if e not in failed))


def edit_sources(state: DeckState, taxonomy: Taxonomy) -> tuple[DeckState, dict[Path, bytes], dict[str, CardNote]]:
    """The new bytes of each source file the pulls change, and the cards those files now make.
    Edits that cannot be written cleanly become conflicts."""
    by_file: dict[Path, list[NoteMerge]] = {}
    for merge in state.merges:
        if merge.edits:
            by_file.setdefault(merge.source, []).append(merge)
    merges = {id(m): m for m in state.merges}
    texts: dict[Path, bytes] = {}
    cards: dict[str, CardNote] = {}
    for path, file_merges in by_file.items():
        data, notes, failed = _edit_file(path, [e for m in file_merges for e in m.edits], taxonomy)
        for merge in file_merges:
            reasons = {e: reason for e, reason in failed.items() if e in merge.edits}
            for reason in set(reasons.values()):
                merges[id(merge)] = _conflicted(merges[id(merge)], {e for e, r in reasons.items() if r == reason},
                                                reason)
        if data is not None:
            texts[path] = data
            cards.update(_cards(notes, state.manifest))
    return dataclasses.replace(state, merges=tuple(merges.values())), texts, cards


def _edit_file(path: Path, edits: list[Edit], taxonomy: Taxonomy) -> tuple[bytes | None, list[Note], dict]:
    unique = list(dict.fromkeys(edits))
    failed: dict[Edit, str] = {}
    try:
        original = read_yaml_bytes(path, str(path))
        text = decode(original, str(path), kind="YAML text file", utf8_advice="save the file as UTF-8", utf16=True)
    except SourceErrors as exc:
        return None, [], {e: f"cannot read {path}: {exc.problems[0].message}" for e in unique}
    while unique:
        try:
            data = edit_source(text, unique).encode("utf-8")
        except SourceEditError as exc:
            if exc.edit not in unique:
                return None, [], {e: f"cannot edit {path}: {exc}" for e in unique} | failed
            failed[exc.edit] = f"cannot write it into {path}: {exc}"
            unique.remove(exc.edit)
            continue
        problem, notes = check_edit(path, original, data, unique, taxonomy)
        if problem:
            return None, [], {e: f"cannot write it into {path}: {problem}" for e in unique} | failed
        return data, notes, failed
    return None, [], failed


def _cards(notes: Sequence[Note], manifest: Manifest) -> dict[str, CardNote]:
    renderer = Renderer()
    return {card.note_id: card for note in notes
            for card in cards_for(note, tuple(note_fields(note, renderer)), manifest)}


def pulled_ledger(state: DeckState, cards: dict[str, CardNote]) -> Ledger:
    records = dict(state.ledger.notes)
    for merge in state.merges:
        card = cards.get(merge.card.note_id, merge.card)
        records[card.note_id] = merged_record(merge, card)
    return Ledger(records, state.ledger.types)


def pull(source: Path, manifests: Sequence[Manifest], taxonomy: Taxonomy, *, prefer: Prefer | None = None,
         dry_run: bool = False, cache: Cache | None = None) -> list[PullResult]:
    """Pull Anki's edits of each deck's notes into its sources; one deck after the other, so a
    deck sees the sources as the decks before it left them."""
    results = []
    with anki_source(source) as (col, complete):
        for manifest in manifests:
            manifest = identified(manifest, taxonomy, dry_run)
            state = reconcile_deck(col, manifest, taxonomy, prefer, cache)
            state, texts, cards = edit_sources(state, taxonomy)
            ledger = pulled_ledger(state, cards)
            if not dry_run:
                write_files(manifest, texts, lambda: ledger, state.ledger)
            results.append(PullResult(state, tuple(sorted(texts)), cards, ledger, complete))
    return results


def write_files(manifest: Manifest, texts: dict[Path, bytes], make_ledger: Callable[[], Ledger],
                previous: Ledger) -> None:
    """Source files and the lock, committed together or not at all. ``make_ledger`` runs once
    the sources are staged (so a file that cannot be written stops everything first)."""
    lock = lock_path(manifest.output)
    with contextlib.ExitStack() as held:
        for folder in sorted({p.parent.resolve() for p in texts} | {lock.parent.resolve()}):
            held.enter_context(exclusive(folder))
        with together() as batch:
            for path, data in texts.items():
                sweep_stale(path)
                batch.stage(path, data)
            ledger = make_ledger()
            if ledger != previous:
                sweep_stale(lock)
                batch.stage(lock, format_ledger(ledger).encode("utf-8"))
