"""Three-way merges of a note: what the lock says leaderdeck wrote, what the YAML says now,
what Anki holds now; field by field, and the tags.

Each field of a note (and its tags) is compared by short hashes (``ledger.field_hash``).
The lock keeps, per field, the versions leaderdeck wrote since it last saw Anki
(:class:`leaderdeck.ledger.Slot`): Anki holding one of them has not been edited there,
whichever package was imported last. A field changed only in YAML is pushed, one changed
only in Anki is pulled, and one changed on both sides to different text is a conflict;
so is any difference the lock cannot explain (no history recorded, or history cut short).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from .grouping import TAG_ROOT
from .ledger import NoteRecord, field_hash

_OURS = f"{TAG_ROOT}::"


class Merge(str, Enum):
    SAME = "same"          # both sides hold the same text
    PUSH = "push"          # changed in YAML (or Anki holds an older version we wrote): YAML wins
    PULL = "pull"          # changed in Anki only: Anki wins
    CONFLICT = "conflict"  # changed on both sides, or a difference the lock cannot explain

    def __str__(self) -> str:
        return self.value


def user_tags(tags: Sequence[str]) -> tuple[str, ...]:
    """The tags a user owns: every tag but leaderdeck's own (``leaderdeck::...``, derived)."""
    return tuple(dict.fromkeys(t for t in tags if not t.casefold().startswith(_OURS)))


def tags_digest(tags: Sequence[str]) -> str:
    """Anki compares tags without regard to case or order."""
    return field_hash(" ".join(sorted({t.casefold() for t in user_tags(tags)})))


def digests(fields: Sequence[str], tags: Sequence[str]) -> tuple[str, ...]:
    """The hashes of a note's fields, then of its tags: the slots of a lock record."""
    return (*map(field_hash, fields), tags_digest(tags))


def merge_slots(record: NoteRecord | None, yaml: Sequence[str], anki: Sequence[str]) -> tuple[Merge, ...]:
    """The merge of each slot, from the hashes of the YAML's and Anki's version of a note."""
    slots = record.fields if record is not None else ()
    known = len(slots) == len(yaml) == len(anki)
    result = []
    for index, (ours, theirs) in enumerate(zip(yaml, anki)):
        if ours == theirs:
            result.append(Merge.SAME)
            continue
        if not known:
            result.append(Merge.CONFLICT)
            continue
        slot = slots[index]
        if slot.holds(theirs):
            result.append(Merge.PUSH)
        elif slot.complete and ours == slot.latest:
            result.append(Merge.PULL)
        else:
            result.append(Merge.CONFLICT)
    return tuple(result)


def anki_edits(record: NoteRecord) -> dict[int, str]:
    """Slots the last pull or sync saw edited in Anki and left unresolved: index -> hash."""
    if not record.seen or len(record.seen) != len(record.fields):
        return {}
    return {i: seen for i, (seen, slot) in enumerate(zip(record.seen, record.fields)) if not slot.holds(seen)}
