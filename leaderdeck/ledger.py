"""The lock file: when each note's and note type's content last changed.

A line-based, sorted, tab-separated text file next to the deck
(``decks/<name>.lock``), meant to be committed. Anki updates a note on
re-import only when the package's note ``mod`` is newer than its own, so a
note keeps its recorded time until its content changes.

Values are escaped (a backslash, a tab, ``|`` and every character that breaks a line
become ``\\uXXXX``), so any deck name round-trips. Each line ends with its hash, whose
length is fixed, so a line cut short is noticed instead of read as a different deck.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem, SourceErrors, display_path
from .textfile import decode, read_bytes

HEADER = (
    "# leaderdeck lock file: when each note last changed, so re-imports update exactly the\n"
    "# notes you edited. Commit it with your sources; `leaderdeck build` maintains it.\n"
)
MAX_LOCK_BYTES = 64 * 1024 * 1024
MAX_TIME = 253_402_300_799     # 9999-12-31 in seconds: any time Anki and its clients can store
MAX_NOTE_ID = (1 << 53) - 1    # note ids stay exact in JavaScript (AnkiMobile, the card browser)
_HASH = re.compile(r"[0-9a-f]{16}")
_ESCAPED = re.compile(r"\\(\\|u[0-9a-fA-F]{4})")
_FIX = "restore the file from git (git checkout -- FILE) or correct that line; the lock holds your notes' history"


@dataclass(frozen=True, slots=True)
class NoteRecord:
    id: str
    nid: int
    mod: int
    hash: str
    deck: str
    home: str = ""  # the deck Anki keeps the cards in, when it differs from ``deck``


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
            record, fresh = NoteRecord(record.id, fresh, record.mod, record.hash, record.deck, record.home), fresh + 10
        seen.add(record.nid)
        fixed[note_id] = record
    return fixed


def _parse(line: str) -> NoteRecord | TypeRecord:
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
                          _unescape(values["deck"]), _unescape(values.get("home", "")))
    return TypeRecord(_number(rest[0], "note type id", MAX_NOTE_ID), _unescape(values["name"]), mod, values["hash"],
                      _split_list(values["fields"]), _split_list(values["templates"]))


def _number(text: str, what: str, largest: int) -> int:
    if not text.isdigit() or not 0 < int(text) <= largest:
        raise _Unreadable(f"{what} '{text[:20]}' is not a number from 1 to {largest}")
    return int(text)


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
        lines.append("\t".join([*parts, f"hash={note.hash}"]))
    return HEADER + "".join(f"{line}\n" for line in lines)


def _escape(value: str) -> str:
    return "".join(f"\\u{ord(c):04x}" if _needs_escape(c) else c for c in value.replace("\\", "\\\\"))


def _needs_escape(char: str) -> bool:
    """A tab, ``|``, a character that breaks a line, or another invisible one (in the BMP)."""
    return char in "\t|" or len(f"a{char}b".splitlines()) > 1 or (
        not char.isprintable() and char != " " and ord(char) <= 0xFFFF)


def _unescape(value: str) -> str:
    return _ESCAPED.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1)[1:], 16)), value)
