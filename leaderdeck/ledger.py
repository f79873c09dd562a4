"""The lock file: when each note's and note type's content last changed.

A line-based, sorted, tab-separated text file next to the deck
(``decks/<name>.lock``), meant to be committed. Anki updates a note on
re-import only when the package's note ``mod`` is newer than its own, so a
note keeps its recorded time until its content changes.

Values are escaped (a backslash, a tab, ``|`` and every character that breaks a line
become ``\\uXXXX``), so any deck name round-trips. Each line ends with its hash, whose
length is fixed, so a line cut short is noticed instead of read as a different deck.

For three-way merges with edits made in Anki a note line also records, per field of its
note type and for its tags (``fields=``), short hashes of what builds and syncs wrote
since Anki was last seen, newest first (``?``: older versions may be in Anki too); what
the last pull or sync saw in Anki where it differed (``seen=``, ``*`` when it matched);
``state=removed`` for a note that left the deck until that is handled, and
``state=retired`` once a sync suspended it in Anki (``sync --prune`` deletes it). Lines
without these keys, from older versions, still read: their notes merge conservatively.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem, SourceErrors, display_path
from .textfile import decode, read_bytes
from .lazyre import lazy_re

HEADER = (
    "# leaderdeck lock file: when each note last changed, so re-imports update exactly the\n"
    "# notes you edited. Commit it with your sources; `leaderdeck build` maintains it.\n"
)
MAX_LOCK_BYTES = 64 * 1024 * 1024
MAX_TIME = 253_402_300_799     # 9999-12-31 in seconds: any time Anki and its clients can store
MAX_NOTE_ID = (1 << 53) - 1    # note ids stay exact in JavaScript (AnkiMobile, the card browser)
_HASH = lazy_re(r"[0-9a-f]{16}")
_SLOT = lazy_re(r"[0-9a-f]{8}(,[0-9a-f]{8})*(,\?)?")
_SLOTS = lazy_re(rf"{_SLOT.pattern}(\|{_SLOT.pattern})*")
_SEEN_SLOT = lazy_re(r"[0-9a-f]{8}")
REMOVED, RETIRED = "removed", "retired"
HISTORY = 8  # older versions kept per field; beyond that a field's history is incomplete
_ESCAPED = lazy_re(r"\\(\\|u[0-9a-fA-F]{4})")
_FIX = "restore the file from git (git checkout -- FILE) or correct that line; the lock holds your notes' history"


class Slot(str):
    """What leaderdeck wrote into one field (or the tags) since Anki last showed it: the short
    hashes of those versions, newest first, joined by ``,``, and a final ``?`` when Anki may
    also hold an older version the lock no longer knows. This is how the lock writes it: a
    lock of 10,000 notes holds 180,000 slots, and a string is read and written at once."""

    __slots__ = ()

    @classmethod
    def of(cls, hashes: tuple[str, ...], complete: bool = True) -> Slot:
        return cls(",".join(hashes) + ("" if complete else ",?"))

    @property
    def hashes(self) -> tuple[str, ...]:
        return tuple(h for h in self.split(",") if h != "?")

    @property
    def complete(self) -> bool:
        return not self.endswith("?")

    @property
    def latest(self) -> str:
        """What the last build or sync wrote."""
        return self[:8]

    @property
    def settled(self) -> bool:
        """One version, and nothing older unknown: Anki holds exactly it."""
        return len(self) == 8

    def holds(self, digest: str) -> bool:
        """Whether ``digest`` is a version leaderdeck wrote (so not an edit made in Anki)."""
        return self.startswith(digest) if len(self) == 8 else digest in self.hashes

    def written(self, digest: str) -> Slot:
        """This slot after a build or sync wrote ``digest``."""
        if digest == self.latest:
            return self
        hashes = (digest, *(h for h in self.hashes if h != digest))
        return Slot.of(hashes[:HISTORY], self.complete and len(hashes) <= HISTORY)


def field_hash(value: str) -> str:
    """The short hash of a field's HTML as Anki stores it (Anki keeps text in NFC)."""
    return hashlib.sha256(unicodedata.normalize("NFC", value).encode("utf-8")).hexdigest()[:8]


def lock_time(seconds: int) -> int:
    """A time from Anki (a note's modification time) as the lock can hold it."""
    return min(max(seconds, 1), MAX_TIME)


def lock_note_id(nid: int, fallback: int) -> int:
    """A note id from Anki, or ``fallback`` when the lock could not hold it (ids beyond what
    JavaScript counts exactly: a hand-made collection)."""
    return nid if 0 < nid <= MAX_NOTE_ID else fallback


def single_slot(digest: str) -> Slot:
    """The slot of a field whose one known version is ``digest``."""
    return Slot(digest)


@dataclass(frozen=True, slots=True)
class NoteRecord:
    id: str
    nid: int
    mod: int
    hash: str
    deck: str
    home: str = ""  # the deck Anki keeps the cards in, when it differs from ``deck``
    fields: tuple[Slot, ...] = ()  # per note type field, then the tags; empty: not recorded (older lock)
    seen: tuple[str, ...] | None = None  # per slot, what Anki held at the last pull/sync; None: not seen there
    state: str = ""  # REMOVED: left the deck, not yet handled; RETIRED: suspended in Anki by a sync

    @property
    def removed(self) -> bool:
        return self.state == REMOVED

    def latest(self) -> tuple[str, ...]:
        """What the last build or sync wrote into each slot."""
        return tuple(s.latest for s in self.fields)

    def seen_latest(self) -> bool:
        """Whether Anki held, when last seen, what was last written into every slot."""
        # most records: every slot settled, so the slots are their own latest values (compared at once)
        return self.seen is not None and (self.fields == self.seen or self.seen == self.latest())


@dataclass(frozen=True, slots=True)
class TypeRecord:
    model_id: int
    name: str
    mod: int
    hash: str
    fields: tuple[str, ...]
    templates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ledger:
    notes: dict[str, NoteRecord] = field(default_factory=dict)
    types: dict[int, TypeRecord] = field(default_factory=dict)


class _Unreadable(ValueError):
    """A lock line that cannot be read; the message says why."""


def lock_path(package: Path) -> Path:
    return package.with_suffix(".lock")


def read_ledger(path: Path) -> Ledger:
    """The ledger at ``path``; an empty one when the file does not exist."""
    if not path.exists() and not path.is_symlink():
        return Ledger()
    display = display_path(path)
    data = read_bytes(path, display, max_bytes=MAX_LOCK_BYTES)
    text = decode(data, display, kind="lock file", utf8_advice=_FIX.replace("FILE", display))
    notes: dict[str, NoteRecord] = {}
    lines_of: dict[str, int] = {}
    types: dict[int, TypeRecord] = {}
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")  # a checkout with Windows line endings
        if not line.strip() or line.startswith("#"):
            continue
        try:
            record = _parse(line)
        except _Unreadable as exc:
            problems.append(Problem(display, number, f"unreadable lock entry ({exc}); {_FIX.replace('FILE', display)}"))
            continue
        if isinstance(record, TypeRecord):
            types[record.model_id] = record
        elif record.id in notes:
            problems.append(Problem(display, number, f"note '{record.id}' is listed twice (also at line "
                                    f"{lines_of[record.id]}), as a merge that kept both sides leaves it; keep "
                                    "the line with the larger mod= and delete the other"))
        else:
            notes[record.id], lines_of[record.id] = record, number
    if problems:
        raise SourceErrors(problems)
    return Ledger(_distinct_nids(notes), types)


def _distinct_nids(notes: dict[str, NoteRecord]) -> dict[str, NoteRecord]:
    """Two notes with one note id (two branches that each added a note, merged) would clash in
    a package; the later gets a fresh id. Anki matches notes by GUID, so this is safe."""
    seen: set[int] = set()
    fresh = max((r.nid for r in notes.values()), default=0) + 10
    fixed = {}
    for note_id, record in sorted(notes.items()):
        if record.nid in seen:
            record, fresh = dataclasses.replace(record, nid=fresh), fresh + 10
        seen.add(record.nid)
        fixed[note_id] = record
    return fixed


_NOTE_LINE = lazy_re(  # a note line as format_ledger writes it: read at once (a lock may hold 10,000)
    r"note\t([^\t=]+)\tnid=(\d{1,16})\tmod=(\d{1,12})\tdeck=([^\t]*)(?:\thome=([^\t]*))?(?:\tstate=([a-z]+))?"
    r"(?:\tfields=([0-9a-f,?|]+))?(?:\tseen=([0-9a-f|*]+))?\thash=([0-9a-f]{16})")


def _parse(line: str) -> NoteRecord | TypeRecord:
    match = _NOTE_LINE.fullmatch(line)
    if match is not None:
        note_id, nid, mod, deck, home, state, fields, seen, digest = match.groups()
        slots = _slots(fields)
        return NoteRecord(_unescape(note_id), _number(nid, "nid", MAX_NOTE_ID), _number(mod, "mod", MAX_TIME), digest,
                          _unescape(deck), _unescape(home or ""), slots, _seen(seen, slots), _state(state or ""))
    kind, *rest = line.split("\t")
    if not rest or kind not in ("note", "notetype"):
        raise _Unreadable("expected a line starting with 'note' or 'notetype' and a tab")
    values = {}
    for part in rest[1:]:
        key, equals, value = part.partition("=")
        if not equals:
            raise _Unreadable(f"'{_unescape(part)[:40]}' is not key=value")
        values[key] = value
    missing = [k for k in ("mod", "hash", *(("nid", "deck") if kind == "note" else ("name", "fields", "templates")))
               if k not in values]
    if missing:
        raise _Unreadable(f"missing {', '.join(missing)}; the line may be cut short")
    if not _HASH.fullmatch(values["hash"]):
        raise _Unreadable("the hash is not 16 hexadecimal digits; the line may be cut short")
    mod = _number(values["mod"], "mod", MAX_TIME)
    if kind == "note":
        return NoteRecord(_unescape(rest[0]), _number(values["nid"], "nid", MAX_NOTE_ID), mod, values["hash"],
                          _unescape(values["deck"]), _unescape(values.get("home", "")),
                          (slots := _slots(values.get("fields"))), _seen(values.get("seen"), slots),
                          _state(values.get("state", "")))
    return TypeRecord(_number(rest[0], "note type id", MAX_NOTE_ID), _unescape(values["name"]), mod, values["hash"],
                      _split_list(values["fields"]), _split_list(values["templates"]))


def _number(text: str, what: str, largest: int) -> int:
    if not text.isdigit() or not 0 < int(text) <= largest:
        raise _Unreadable(f"{what} '{text[:20]}' is not a number from 1 to {largest}")
    return int(text)


def _state(text: str) -> str:
    if text not in ("", REMOVED, RETIRED):
        raise _Unreadable(f"state '{_unescape(text)[:20]}' is not {REMOVED} or {RETIRED}")
    return text


def _slots(text: str | None) -> tuple[Slot, ...]:
    if not text:
        return ()
    if not _SLOTS.fullmatch(text):
        bad = next((p for p in text.split("|") if not _SLOT.fullmatch(p)), text)
        raise _Unreadable(f"fields entry '{bad[:30]}' is not a list of 8-digit hashes")
    return tuple(map(Slot, text.split("|")))


def _seen(text: str | None, slots: tuple[Slot, ...]) -> tuple[str, ...] | None:
    """``*``: Anki held what was last written into every slot."""
    if text is None:
        return None
    if text == "*":
        return tuple([s[:8] for s in slots])
    parts = tuple(text.split("|"))
    if not all(_SEEN_SLOT.fullmatch(p) for p in parts):
        raise _Unreadable(f"seen entry '{text[:30]}' is not a list of 8-digit hashes")
    return parts


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(_unescape(part) for part in text.split("|"))


def format_ledger(ledger: Ledger) -> str:
    lines = [
        "\t".join(["notetype", str(t.model_id), f"name={_escape(t.name)}", f"mod={t.mod}",
                   f"fields={'|'.join(map(_escape, t.fields))}", f"templates={'|'.join(map(_escape, t.templates))}",
                   f"hash={t.hash}"])
        for t in sorted(ledger.types.values(), key=lambda t: t.model_id)
    ]
    for note in sorted(ledger.notes.values(), key=lambda n: n.id):
        parts = ["note", _escape(note.id), f"nid={note.nid}", f"mod={note.mod}", f"deck={_escape(note.deck)}"]
        parts += [f"home={_escape(note.home)}"] if note.home else []
        parts += [f"state={note.state}"] if note.state else []
        parts += [f"fields={_format_slots(note.fields)}"] if note.fields else []
        parts += [f"seen={_format_seen(note)}"] if note.seen is not None else []
        lines.append("\t".join([*parts, f"hash={note.hash}"]))
    return HEADER + "".join(f"{line}\n" for line in lines)


def _format_slots(slots: tuple[Slot, ...]) -> str:
    return "|".join(slots)


def _format_seen(note: NoteRecord) -> str:
    return "*" if note.seen_latest() else "|".join(note.seen or ())


def _escape(value: str) -> str:
    if value.isascii() and value.isprintable() and "\\" not in value and "|" not in value:
        return value  # nothing to escape (the common case, and a quick one)
    return "".join(f"\\u{ord(c):04x}" if _needs_escape(c) else c for c in value.replace("\\", "\\\\"))


def _needs_escape(char: str) -> bool:
    """A tab, ``|``, a character that breaks a line, or another invisible one (in the BMP)."""
    return char in "\t|" or len(f"a{char}b".splitlines()) > 1 or (
        not char.isprintable() and char != " " and ord(char) <= 0xFFFF)


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPED.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1)[1:], 16)), value)
