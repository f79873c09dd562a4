"""The lock file: when each note's and note type's content last changed.

A line-based, sorted, tab-separated text file next to the deck
(``decks/<name>.lock``), meant to be committed. Anki updates a note on
re-import only when the package's note ``mod`` is newer than its own, so a
note keeps its recorded time until its content changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_atomically
from .errors import Problem, SourceErrors, display_path

HEADER = (
    "# leaderdeck lock file: when each note last changed, so re-imports update exactly the\n"
    "# notes you edited. Commit it with your sources; `leaderdeck build` maintains it.\n"
)


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


def lock_path(package: Path) -> Path:
    return package.with_suffix(".lock")


def read_ledger(path: Path) -> Ledger:
    """The ledger at ``path``; an empty one when the file does not exist."""
    if not path.exists():
        return Ledger()
    display = display_path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceErrors([Problem(display, 1, f"cannot read lock file: {exc}")]) from None
    notes: dict[str, NoteRecord] = {}
    types: dict[int, TypeRecord] = {}
    problems = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            record = _parse(line)
        except (ValueError, KeyError, IndexError):
            problems.append(Problem(display, number, "unreadable lock entry; restore it from git or delete the file"))
            continue
        if isinstance(record, NoteRecord):
            notes[record.id] = record
        else:
            types[record.model_id] = record
    if problems:
        raise SourceErrors(problems)
    return Ledger(notes, types)


def _parse(line: str) -> NoteRecord | TypeRecord:
    kind, *rest = line.split("\t")
    values = dict(part.split("=", 1) for part in rest[1:])
    if kind == "note":
        return NoteRecord(rest[0], int(values["nid"]), int(values["mod"]), values["hash"], values["deck"],
                          values.get("home", ""))
    if kind == "notetype":
        return TypeRecord(int(rest[0]), values["name"], int(values["mod"]), values["hash"],
                          tuple(values["fields"].split("|")), tuple(values["templates"].split("|")))
    raise ValueError(kind)


def format_ledger(ledger: Ledger) -> str:
    lines = [
        "\t".join(["notetype", str(t.model_id), f"name={t.name}", f"mod={t.mod}", f"hash={t.hash}",
                   f"fields={'|'.join(t.fields)}", f"templates={'|'.join(t.templates)}"])
        for t in sorted(ledger.types.values(), key=lambda t: t.model_id)
    ]
    for note in sorted(ledger.notes.values(), key=lambda n: n.id):
        parts = ["note", note.id, f"nid={note.nid}", f"mod={note.mod}", f"hash={note.hash}", f"deck={note.deck}"]
        lines.append("\t".join(parts + ([f"home={note.home}"] if note.home else [])))
    return HEADER + "".join(f"{line}\n" for line in lines)


def write_ledger(ledger: Ledger, path: Path) -> None:
    """Replace the lock file atomically."""
    write_atomically(path, format_ledger(ledger).encode("utf-8"))

