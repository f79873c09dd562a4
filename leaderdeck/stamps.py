"""Per-note change times from the ledger: unchanged notes keep their time,
changed notes get a newer one, so Anki's "update if newer" lands exactly the edits."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

from .errors import LeaderdeckError
from .grouping import TAG_ROOT
from .ledger import MAX_NOTE_ID, MAX_TIME, Ledger, NoteRecord, TypeRecord
from .notetypes import NoteType
from .package import ID_RANGE, CardNote

MOVED_TAG = f"{TAG_ROOT}::moved"
ID_STEP = ID_RANGE  # room for one card id per template after each note id


@dataclass(frozen=True, slots=True)
class StampedNote:
    card: CardNote
    nid: int
    mod: int


@dataclass(frozen=True, slots=True)
class Move:
    id: str
    home: str
    deck: str


@dataclass(frozen=True, slots=True)
class Changes:
    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[NoteRecord, ...] = ()
    moved: tuple[Move, ...] = ()
    types_changed: tuple[str, ...] = ()


class NoteTypeChanged(LeaderdeckError):
    """A build would change a note type's fields or templates."""


class Stamper:
    """Gives each card note its Anki note id and ``mod`` time, one note at a time."""

    def __init__(self, old: Ledger, now: int, *, accept_moves: bool = False,
                 allow_schema_change: bool = False) -> None:
        self.old, self.now = old, now
        self.accept_moves, self.allow_schema_change = accept_moves, allow_schema_change
        self.next_nid = max([now * 1000, *(r.nid + ID_STEP for r in old.notes.values())])
        self.records: dict[str, NoteRecord] = {}
        self.types: dict[int, TypeRecord] = {}
        self.groups: dict[str, list[str]] = {"new": [], "changed": [], "unchanged": []}
        self.moves: list[Move] = []

    def stamp(self, card: CardNote) -> StampedNote:
        note_type = card.note_type
        if note_type.model_id not in self.types:
            self.types[note_type.model_id] = _stamp_type(
                note_type, self.old.types.get(note_type.model_id), self.now, self.allow_schema_change)
        previous = self.old.notes.get(card.note_id)
        home = card.deck if self.accept_moves or previous is None else (previous.home or previous.deck)
        if home != card.deck:
            card = dataclasses.replace(card, tags=tuple(sorted((*card.tags, MOVED_TAG))))
            self.moves.append(Move(card.note_id, home, card.deck))
        digest = note_hash(card)
        if previous is None:
            nid, mod, group = self._new_nid(), self.now, "new"
        elif previous.hash == digest:
            nid, mod, group = previous.nid, previous.mod, "unchanged"
        else:
            nid, mod, group = previous.nid, min(max(self.now, previous.mod + 1), MAX_TIME), "changed"
        self.groups[group].append(card.note_id)
        self.records[card.note_id] = NoteRecord(card.note_id, nid, mod, digest, card.deck,
                                                home if home != card.deck else "")
        return StampedNote(card, nid, mod)

    def _new_nid(self) -> int:
        nid = self.next_nid
        if nid + ID_STEP > MAX_NOTE_ID:
            raise LeaderdeckError("the lock file's note ids have reached the largest id Anki can hold")
        self.next_nid += ID_STEP
        return nid

    @property
    def type_mods(self) -> dict[int, int]:
        return {model_id: record.mod for model_id, record in self.types.items()}

    def ledger(self) -> Ledger:
        return Ledger(dict(self.records), {**self.old.types, **self.types})

    def changes(self) -> Changes:
        return Changes(
            new=tuple(sorted(self.groups["new"])), changed=tuple(sorted(self.groups["changed"])),
            unchanged=tuple(sorted(self.groups["unchanged"])),
            removed=tuple(r for note_id, r in sorted(self.old.notes.items()) if note_id not in self.records),
            moved=tuple(sorted(self.moves, key=lambda m: m.id)),
            types_changed=tuple(sorted(r.name for mid, r in self.types.items() if self.old.types.get(mid) != r)),
        )


def note_hash(card: CardNote) -> str:
    """What Anki stores of a note: note type, fields and tags."""
    payload = "\x1e".join([str(card.note_type.model_id), "\x1f".join(card.fields), " ".join(card.tags)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def type_hash(note_type: NoteType) -> str:
    parts = [note_type.name, *note_type.fields, note_type.css]
    for template in note_type.templates:
        parts += [template.name, template.front, template.back]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _stamp_type(note_type: NoteType, previous: TypeRecord | None, now: int, allow_change: bool) -> TypeRecord:
    templates = tuple(t.name for t in note_type.templates)
    digest = type_hash(note_type)
    if previous is None:
        return TypeRecord(note_type.model_id, note_type.name, now, digest, note_type.fields, templates)
    if (previous.fields, previous.templates) != (note_type.fields, templates) and not allow_change:
        raise NoteTypeChanged(schema_change_message(previous, note_type))
    if (previous.hash, previous.name, previous.fields, previous.templates) == (
            digest, note_type.name, note_type.fields, templates):
        return previous
    return TypeRecord(note_type.model_id, note_type.name, min(max(now, previous.mod + 1), MAX_TIME), digest,
                      note_type.fields, templates)


def schema_change_message(previous: TypeRecord, note_type: NoteType) -> str:
    templates = tuple(t.name for t in note_type.templates)
    lines = [f"note type '{note_type.name}' changed since the last build:"]
    lines += _differences("fields", previous.fields, note_type.fields)
    lines += _differences("card templates", previous.templates, templates)
    lines += [
        f"Anki would import it as a second note type '{note_type.name}+' and skip every existing note of it.",
        "If you mean it, rebuild with --allow-schema-change and import the deck with",
        "'Merge note types' checked and 'Update notes' set to 'Always'.",
    ]
    return "\n".join(lines)


def _differences(what: str, before: tuple[str, ...], after: tuple[str, ...]) -> list[str]:
    added = [n for n in after if n not in before]
    removed = [n for n in before if n not in after]
    lines = [f"  {what} added: {', '.join(added)}"] if added else []
    lines += [f"  {what} removed: {', '.join(removed)}"] if removed else []
    if not added and not removed and before != after:
        lines.append(f"  {what} reordered: {', '.join(before)} -> {', '.join(after)}")
    return lines
