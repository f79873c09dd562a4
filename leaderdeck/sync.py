"""``leaderdeck sync``: decks straight into the desktop collection, with Anki's own library.

One run per deck: pull the edits made in Anki into YAML (as ``pull`` does), then push:
add new notes, update changed ones (only those), move the cards of notes whose topic or
level changed, suspend and tag notes that left the deck (delete them with ``prune``).
Nothing is written while Anki has the collection open, nothing before Anki has made a
backup, and nothing that needs a schema change (a full sync) unless allowed. The lock file
records what Anki holds afterwards, so builds and syncs can be mixed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .ankilib import AnkiCollection, AnkiNote, NoteUpdate, PendingBackup, open_collection
from .build import DeckTally, deck_notes
from .cache import Cache
from .errors import LeaderdeckError
from .ledger import MAX_TIME, RETIRED, Ledger, NoteRecord, lock_note_id, lock_time, single_slot
from .manifest import Manifest
from .merge import digests
from .notetypes import NoteType
from .package import ID_RANGE, CardNote, PackageWriter, stable_id
from .profiles import Target
from .pull import REMOVED_TAG, DeckState, edit_sources, identified, reconcile_deck, write_files
from .reconcile import NoteMerge, Prefer, merged_record
from .render import Renderer
from .scratch import scratch_folder
from .stamps import note_hash
from .taxonomy import Taxonomy



class FullSyncNeeded(LeaderdeckError):
    """Writing would change a note type's fields or templates (Anki's next sync: a full one)."""


@dataclass(frozen=True, slots=True)
class Move:
    id: str
    cards: tuple[int, ...]
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class SyncPlan:
    state: DeckState
    texts: dict[Path, bytes]
    cards: dict[str, CardNote]  # every note of the deck as the (edited) sources make it
    adds: tuple[CardNote, ...] = ()
    updates: tuple[tuple[CardNote, NoteMerge], ...] = ()
    moves: tuple[Move, ...] = ()
    removals: tuple[tuple[str, AnkiNote], ...] = ()
    kept: tuple[str, ...] = ()        # removed notes edited in Anki: suspended, not deleted
    deleted: tuple[str, ...] = ()     # deleted in Anki: not added again
    restores: tuple[AnkiNote, ...] = ()
    looks: tuple[NoteType, ...] = ()
    reshapes: tuple[NoteType, ...] = ()
    prune: bool = False

    @property
    def writes_anki(self) -> bool:
        return bool(self.adds or self.updates or self.moves or self.removals or self.restores or self.looks
                    or self.reshapes)


@dataclass
class SyncRun:
    """What one sync did (or, in a dry run, would do)."""

    target: Target
    plans: list[SyncPlan] = field(default_factory=list)
    backup: Path | None = None


def sync(target: Target, manifests: Sequence[Manifest], taxonomy: Taxonomy, *, prefer: Prefer | None = None,
         prune: bool = False, dry_run: bool = False, allow_full_sync: bool = False,
         cache: Cache | None = None) -> SyncRun:
    run = SyncRun(target)
    manifests = [identified(m, taxonomy, dry_run) for m in manifests]
    in_run = {card.note_id for m in manifests
              for _, card in deck_notes(m, taxonomy, cache, tally=DeckTally(count_cards=False))} \
        if len(manifests) > 1 else set()
    with open_collection(target.collection) as col, _backup(col, target, dry_run) as backup:
        schema = col.schema_mod
        for manifest in manifests:
            state = reconcile_deck(col, manifest, taxonomy, prefer, cache)
            in_run = in_run or {card.note_id for _, card in state.cards}
            state, texts, cards = edit_sources(state, taxonomy)
            plan = plan_sync(col, state, texts, cards, in_run, prefer, prune)
            if plan.reshapes and not allow_full_sync:
                raise FullSyncNeeded(_schema_message(plan.reshapes))
            run.plans.append(plan)
            if not dry_run:
                write_files(manifest, texts, lambda: _apply(col, plan, run, backup, prefer), state.ledger)
        if col.schema_mod != schema and not allow_full_sync:
            raise LeaderdeckError(f"Anki reports a schema change after this sync, which leaderdeck never asked for; "
                                  f"your collection's backup is {run.backup}")
    return run


def plan_sync(col: AnkiCollection, state: DeckState, texts: dict[Path, bytes], edited: dict[str, CardNote],
              in_run: set[str], prefer: Prefer | None, prune: bool) -> SyncPlan:
    cards = {c.note_id: edited.get(c.note_id, c) for _, c in state.cards}
    merged = {m.card.note_id: m for m in state.merges}
    ledger = state.ledger.notes
    adds, deleted = [], []
    for note_id, card in cards.items():
        if note_id in merged:
            continue
        if _seen_in_anki(ledger.get(note_id)) and prefer is not Prefer.YAML:
            deleted.append(note_id)  # it was there at the last pull or sync: deleted in Anki
        else:
            adds.append(card)
    updates = [(cards[m.card.note_id], m) for m in state.merges
               if not m.conflicts and _differs(cards[m.card.note_id], m)]
    out = [i for i, r in ledger.items() if i not in in_run and (r.state != RETIRED or prune)]
    found = col.notes_by_guid(state.guids[i] for i in out) if out else {}
    gone = [(i, found[state.guids[i]]) for i in out if state.guids[i] in found]
    kept = [i for i, a in gone if prune and _edited_in_anki(ledger[i], a)]
    looks, reshapes = _note_type_changes(col, cards.values())
    return SyncPlan(
        state, texts, cards, tuple(adds), tuple(updates), tuple(_moves(state.merges, cards)), tuple(gone),
        tuple(kept), tuple(deleted), tuple(m.anki for m in state.merges if REMOVED_TAG in m.anki.tags),
        tuple(looks), tuple(reshapes), prune)


def _seen_in_anki(record: NoteRecord | None) -> bool:
    return record is not None and record.seen is not None


def _differs(card: CardNote, merge: NoteMerge) -> bool:
    ours = merge.ours if card is merge.card else digests(card.fields, card.tags)
    return ours != merge.theirs or (tuple(card.tags) != tuple(merge.anki.tags)  # most notes: the same tags, in order
                                    and {t.casefold() for t in card.tags} != {t.casefold() for t in merge.anki.tags})


def _edited_in_anki(record: NoteRecord, anki: AnkiNote) -> bool:
    theirs = digests(anki.fields, anki.tags)
    return len(record.fields) != len(theirs) or not all(s.holds(d) for s, d in zip(record.fields, theirs))


def _moves(merges: Sequence[NoteMerge], cards: dict[str, CardNote]) -> list[Move]:
    """Cards still in the deck the note had before its topic or level changed."""
    moves = []
    for merge in merges:
        record, card = merge.record, cards[merge.card.note_id]
        old = (record.home or record.deck) if record is not None else card.deck
        ids = tuple(c.id for c in merge.anki.cards if c.deck == old)
        if old != card.deck and ids:
            moves.append(Move(card.note_id, ids, old, card.deck))
    return moves


def _note_type_changes(col: AnkiCollection, cards) -> tuple[list[NoteType], list[NoteType]]:
    looks, reshapes = [], []
    for note_type in {c.note_type.model_id: c.note_type for c in cards}.values():
        held = col.note_type(note_type.model_id)
        if held is None:
            continue  # added with the first new note of this type
        templates = tuple((t.name, t.front, t.back) for t in note_type.templates)
        if held.fields != note_type.fields or tuple(t[0] for t in held.templates) != tuple(t[0] for t in templates):
            reshapes.append(note_type)
        elif held.templates != templates or held.css != note_type.css:
            looks.append(note_type)
    return looks, reshapes


def _schema_message(reshapes: Sequence[NoteType]) -> str:
    names = ", ".join(f"'{t.name}'" for t in reshapes)
    return (f"the fields or card templates of note type {names} differ from the collection's. Changing them is a "
            "schema change: Anki's next sync would have to be a full one (upload or download the whole "
            "collection). Nothing was written. If you mean it, sync your other devices first, then run again "
            "with --allow-full-sync.")


def _backup(col: AnkiCollection, target: Target, dry_run: bool) -> contextlib.AbstractContextManager[PendingBackup | None]:
    """Anki's backup, begun as the collection opens so that it is ready when the first write comes
    (a dry run makes none)."""
    return contextlib.nullcontext() if dry_run else col.backup_ahead(target.backups)


def _apply(col: AnkiCollection, plan: SyncPlan, run: SyncRun, backup: PendingBackup | None,
           prefer: Prefer | None) -> Ledger:
    """Write the plan into Anki (after its backup is written) and return the lock Anki's state makes."""
    if plan.writes_anki:
        if run.backup is None and backup is not None:
            run.backup = backup.path()
        for note_type in plan.reshapes:
            col.reshape_note_type(note_type.model_id, note_type.fields, _templates(note_type), note_type.css)
        for note_type in plan.looks:
            col.update_note_type_look(note_type.model_id, _templates(note_type), note_type.css)
        _add(col, plan)
        col.update_notes([NoteUpdate(m.anki.nid, _changed_fields(c, m), c.tags) for c, m in plan.updates])
        for move in plan.moves:
            col.move_cards(move.cards, move.new)
        col.unsuspend([c.id for a in plan.restores for c in a.cards if c.suspended])
        _remove(col, plan)
    return _ledger(col, plan, prefer)


def _templates(note_type: NoteType) -> tuple[tuple[str, str, str], ...]:
    return tuple((t.name, t.front, t.back) for t in note_type.templates)


def _changed_fields(card: CardNote, merge: NoteMerge) -> dict[str, str]:
    ours = merge.ours if card is merge.card else digests(card.fields, card.tags)
    return {name: value for name, value, mine, held in zip(card.note_type.fields, card.fields, ours, merge.theirs)
            if mine != held}


def _add(col: AnkiCollection, plan: SyncPlan) -> None:
    if not plan.adds:
        return
    now = min(max(int(time.time()), 1), MAX_TIME)
    ledger = plan.state.ledger
    next_nid = max([now * 1000, *(r.nid + ID_RANGE for r in ledger.notes.values())])
    types = {t.model_id: t.mod for t in ledger.types.values()}
    with scratch_folder("sync") as scratch:
        package = scratch / "new.apkg"
        with PackageWriter(package, Renderer().block(plan.state.manifest.description)) as writer:
            for card in plan.adds:
                record = ledger.notes.get(card.note_id)
                nid = record.nid if record is not None else next_nid
                next_nid += ID_RANGE if record is None else 0
                writer.add(_Stamped(card, nid, now))
            staged = writer.finish({c.note_type.model_id: types.get(c.note_type.model_id, now) for c in plan.adds})
        staged.temporary.replace(package)
        col.import_package(package)


@dataclass(frozen=True, slots=True)
class _Stamped:
    card: CardNote
    nid: int
    mod: int


def _remove(col: AnkiCollection, plan: SyncPlan) -> None:
    kept = set(plan.kept)
    doomed = [a.nid for i, a in plan.removals if plan.prune and i not in kept]
    col.delete_notes(doomed)
    keep = [a for i, a in plan.removals if not plan.prune or i in kept]
    col.add_tag([a.nid for a in keep if REMOVED_TAG not in a.tags], REMOVED_TAG)
    col.suspend([c.id for a in keep for c in a.cards if not c.suspended])


def _ledger(col: AnkiCollection, plan: SyncPlan, prefer: Prefer | None) -> Ledger:
    """The lock after the sync: each note as Anki now holds it."""
    old = plan.state.ledger.notes
    removed = {i for i, _ in plan.removals}
    records: dict[str, NoteRecord] = {}
    for note_id, record in old.items():
        if note_id in plan.cards:
            continue
        if note_id in removed and (not plan.prune or note_id in plan.kept):
            records[note_id] = dataclasses.replace(record, state=RETIRED)  # suspended, tagged
        elif note_id not in removed and record.state == RETIRED and not plan.prune:
            records[note_id] = record
    merges = {m.card.note_id: m for m in plan.state.merges}
    written = {c.note_id for c in plan.adds} | {c.note_id for c, _ in plan.updates} | {m.id for m in plan.moves} \
        | {i for i, m in merges.items() if m.anki in plan.restores}
    guids = plan.state.guids
    fresh = col.notes_by_guid(guids[i] for i in written) if written else {}
    for note_id, card in plan.cards.items():
        merge = merges.get(note_id)
        anki = fresh.get(guids[note_id]) or (merge.anki if merge is not None else None)
        if anki is None:
            if note_id in old:
                records[note_id] = old[note_id]
        elif merge is not None and merge.conflicts:
            records[note_id] = merged_record(dataclasses.replace(merge, anki=anki), card)
        else:
            theirs = merge.theirs if merge is not None and anki is merge.anki else digests(anki.fields, anki.tags)
            card_hash = merge.card_hash if merge is not None and card is merge.card else note_hash(card)
            records[note_id] = _synced(card, card_hash, anki, theirs, old.get(note_id))
    return Ledger(records, plan.state.ledger.types)


def _synced(card: CardNote, card_hash: str, anki: AnkiNote, theirs: tuple[str, ...],
            previous: NoteRecord | None) -> NoteRecord:
    """Anki holds the card as it is: the lock says so, with no history left."""
    nid = lock_note_id(anki.nid, previous.nid if previous else stable_id(card.note_id))
    mod = lock_time(anki.mod)
    if previous is not None and (previous.nid, previous.mod, previous.hash, previous.deck, previous.home,
                                 previous.seen, previous.state) == (nid, mod, card_hash, card.deck, "", theirs, "") \
            and previous.fields == theirs:  # 8-digit hashes: slots equal to them are settled
        return previous  # as it was: the lock stays byte for byte the same
    return NoteRecord(card.note_id, nid, mod, card_hash, card.deck, "", tuple(map(single_slot, theirs)), theirs)
