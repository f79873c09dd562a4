"""One deck against one Anki collection: for each note, field by field, what to pull into
YAML, what to push into Anki and what conflicts; shared by ``pull`` and ``sync``."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .ankilib import AnkiNote
from .errors import LeaderdeckError
from .fieldmap import TAGS, field_target, is_empty, yaml_value
from .ledger import NoteRecord, Slot, lock_note_id, lock_time, single_slot
from .merge import Merge, digests, merge_slots, user_tags
from .model import Note
from .package import CardNote, stable_id
from .sourceedit import Edit, ListChange
from .stamps import note_hash


class Prefer(str, Enum):
    """Which side wins a conflict, when the user says so for a run."""

    YAML = "yaml"
    ANKI = "anki"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class FieldMerge:
    index: int     # the slot: the field's position in the note type (the tags: after the last field)
    field: str     # the Anki field's name, or "tags"
    state: Merge
    yaml_html: str  # the YAML side, as the field's HTML (the tags: space-separated)
    anki_html: str  # the Anki side
    reason: str = ""  # why a difference cannot be pulled or merged

    @property
    def yaml(self) -> str:
        """The YAML side as Markdown, for showing a conflict."""
        return _markdown(self.field, self.yaml_html)

    @property
    def anki(self) -> str:
        return _markdown(self.field, self.anki_html)


@dataclass(frozen=True, slots=True)
class NoteMerge:
    """One Anki note of the deck, merged with what Anki holds."""

    note: Note
    card: CardNote
    anki: AnkiNote
    record: NoteRecord | None
    fields: tuple[FieldMerge, ...]  # the slots whose two sides differ, in note type order, then the tags
    edits: tuple[Edit, ...]         # what to write into the YAML source
    ours: tuple[str, ...] = ()      # the slots' hashes of the YAML version
    theirs: tuple[str, ...] = ()    # and of Anki's
    card_hash: str = ""             # ``note_hash`` of the card

    @property
    def conflicts(self) -> tuple[FieldMerge, ...]:
        return tuple(f for f in self.fields if f.state is Merge.CONFLICT)

    @property
    def pulled(self) -> tuple[FieldMerge, ...]:
        return tuple(f for f in self.fields if f.state is Merge.PULL)

    @property
    def source(self) -> Path:
        return Path(self.note.origin.path)


def merge_note(note: Note, card: CardNote, anki: AnkiNote, record: NoteRecord | None,
               prefer: Prefer | None, anki_fields: tuple[str, ...], seen: tuple[str, ...] | None = None) -> NoteMerge:
    """Merge one note; ``anki_fields``: the field names of the Anki note's note type; ``seen``:
    the slot hashes of Anki's version when its fields were not read (unchanged since seen)."""
    if anki_fields != card.note_type.fields:
        merged = FieldMerge(-1, "note type", Merge.CONFLICT, card.note_type.name, "another note type",
                            "the note in Anki has another note type (was it imported as a '+' copy?)")
        return NoteMerge(note, card, anki, record, (merged,), ())
    card_hash = note_hash(card)
    recorded = _recorded(card_hash, record, len(card.fields) + 1)
    if recorded is not None and anki.fields is None:  # neither side changed since the lock saw them
        return NoteMerge(note, card, anki, record, (), (), recorded, recorded, card_hash)
    ours = recorded or digests(card.fields, card.tags)
    same_tags = tuple(card.tags) == tuple(anki.tags) \
        or {t.casefold() for t in card.tags} == {t.casefold() for t in anki.tags}
    if anki.fields is None:
        theirs = seen
        same = ours == theirs and same_tags
    else:
        same = card.fields == anki.fields and same_tags
        theirs = ours if same else digests(anki.fields, anki.tags)
    if same:
        return NoteMerge(note, card, anki, record, (), (), ours, theirs, card_hash)
    states = merge_slots(record, ours, theirs)
    names = (*card.note_type.fields, TAGS)
    yaml_values = (*card.fields, " ".join(user_tags(card.tags)))
    anki_values = (*(anki.fields or ("",) * len(card.fields)), " ".join(user_tags(anki.tags)))
    fields, edits = [], []
    for index, (name, state, mine, other) in enumerate(zip(names, states, yaml_values, anki_values)):
        if state is Merge.SAME:
            continue
        reason = _no_base_reason(record) if state is Merge.CONFLICT else ""
        if state is Merge.CONFLICT and prefer is not None:
            state = Merge.PULL if prefer is Prefer.ANKI else Merge.PUSH
        if state is Merge.PULL:
            edit, problem = _edit(note, name, other, card.tags, anki.tags)
            if edit is None:
                state, reason = Merge.CONFLICT, problem
            else:
                edits.append(edit)
        fields.append(FieldMerge(index, name, state, mine, other, reason))
    return NoteMerge(note, card, anki, record, tuple(fields), tuple(edits), ours, theirs, card_hash)


def _recorded(card_hash: str, record: NoteRecord | None, slots: int) -> tuple[str, ...] | None:
    """The card's slot hashes, read from a record that describes exactly this card, seen so in
    Anki (no hashing: most notes of a large deck are such)."""
    if record is None or record.hash != card_hash or len(record.fields) != slots or not record.seen_latest():
        return None
    return record.seen


def _no_base_reason(record: NoteRecord | None) -> str:
    if record is None or not record.fields:
        return "the lock file has no history of this note (written by an older leaderdeck, or never built)"
    return ""


def _markdown(name: str, value: str) -> str:
    from .htmlmd import html_to_markdown  # BeautifulSoup and markdownify: only to show a conflict

    if name == TAGS:
        return value
    try:
        return html_to_markdown(value)
    except (RecursionError, LeaderdeckError):
        return value


def _edit(note: Note, name: str, markup: str, ours: Iterable[str], theirs: Iterable[str]) -> tuple[Edit | None, str]:
    if name == TAGS:
        return _tags_edit(note, tuple(ours), tuple(theirs))
    target = field_target(note.kind, name)
    if target is None:
        return None, f"{name} is made from other keys of the note; change those in the YAML"
    value = yaml_value(markup, target.shape)
    if value is None:
        return None, f"{name} in Anki is no longer in the form leaderdeck writes ({target.shape.value})"
    if target.required and is_empty(value):
        return None, f"{name} is empty in Anki, but '{target.key}' is required"
    return Edit(note.id, target.path, None if is_empty(value) else value), ""


def _tags_edit(note: Note, ours: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[Edit | None, str]:
    """The tags added and removed in Anki, as a change of the note's own ``tags``."""
    mine = {t.casefold(): t for t in user_tags(ours)}
    wanted = {t.casefold(): t for t in user_tags(theirs)}
    change = ListChange(add=tuple(t for key, t in wanted.items() if key not in mine),
                        remove=tuple(t for key, t in mine.items() if key not in wanted))
    return Edit(note.id, ("tags",), change), ""


def merged_record(merge: NoteMerge, new_card: CardNote) -> NoteRecord:
    """The lock record after a pull: the slots collapse to what Anki holds, except conflicts."""
    record, anki = merge.record, merge.anki
    theirs = merge.theirs or digests(anki.fields, anki.tags)
    ours = merge.ours if new_card is merge.card and merge.ours else digests(new_card.fields, new_card.tags)
    old = record.fields if record is not None and len(record.fields) == len(theirs) else ()
    if not merge.theirs:  # another note type: nothing to compare
        return record or _fresh(merge, new_card)
    states = {f.index: f.state for f in merge.fields}
    slots, adopt = [], record is None
    for index, digest in enumerate(theirs):
        slot, state = (old[index] if old else None), states.get(index, Merge.SAME)
        if state is Merge.CONFLICT:
            slots.append(slot or Slot.of((digest,), complete=False))
        elif state is Merge.PUSH and slot is not None and slot.holds(digest):
            slots.append(Slot.of(slot.hashes[:slot.hashes.index(digest) + 1]))
        else:  # the same, pulled, or a conflict --prefer yaml settled: Anki's text is known now
            slots.append(single_slot(digest))
            adopt = adopt or state is not Merge.SAME
    agreed = ours == theirs and set(new_card.tags) == set(anki.tags)
    adopt = adopt or agreed or bool(merge.conflicts)
    base = record or _fresh(merge, new_card)
    if not adopt:
        return dataclasses.replace(base, fields=tuple(slots), seen=theirs)
    digest = note_hash(new_card) if agreed else note_hash(dataclasses.replace(
        new_card, fields=anki.fields, tags=tuple(sorted(anki.tags))))
    return dataclasses.replace(base, mod=lock_time(anki.mod), hash=digest, fields=tuple(slots), seen=theirs)


def _fresh(merge: NoteMerge, card: CardNote) -> NoteRecord:
    nid = lock_note_id(merge.anki.nid, stable_id(card.note_id))
    return NoteRecord(card.note_id, nid, lock_time(merge.anki.mod), note_hash(card), card.deck)
