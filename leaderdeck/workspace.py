"""A workspace: a folder of one person's notes and decks, with an identity of its own.

Anki matches notes by GUID across a whole collection, so two people who both write
``id: star-reorg`` and share decks would overwrite each other's note. A workspace keeps a
key in ``leaderdeck.toml`` (commit it) and the GUIDs of its notes are derived from that
key and the note's id. The starter corpus shipped inside leaderdeck keeps the GUIDs it
always had, and so do notes that were built before their workspace had a key (their ids
are listed as ``legacy``), so no review history is lost.

The key file is made by ``leaderdeck init`` or, when missing, by the first build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .atomic import write_atomically
from .errors import LeaderdeckError, Problem, SourceErrors, display_path
from .filelock import exclusive
from .textfile import decode, read_bytes

WORKSPACE_FILE = "leaderdeck.toml"
_HEADER = """\
# A leaderdeck workspace. Commit this file with your notes.
# The key keeps the Anki identity (GUID) of your notes apart from anyone else's notes;
# changing it, or taking an id off the legacy list, makes Anki see those notes as new ones.
"""


@dataclass(frozen=True, slots=True)
class Identity:
    """How a workspace names its notes in Anki."""

    key: str = ""  # "": the GUIDs leaderdeck gave every note before workspaces had keys
    legacy: frozenset[str] = field(default_factory=frozenset)  # notes built before the key: they keep theirs

    def namespace(self, note_id: str, starter: bool) -> str:
        """The GUID namespace of one Anki note ("" for the original GUIDs)."""
        return "" if starter or note_id in self.legacy else self.key


@cache
def starter_folder() -> Path:
    """The starter corpus shipped inside the package."""
    return Path(__file__).with_name("starter")  # the package is a folder: its files are files (no importlib.resources)


def starter_files() -> list[Path]:
    return sorted(p.resolve() for p in starter_folder().glob("*.yaml"))


def find_root(start: Path) -> Path:
    """The workspace a file or folder belongs to: the nearest folder holding leaderdeck.toml,
    else (no workspace yet) the folder above ``decks/`` or ``source/``, else ``start`` itself."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / WORKSPACE_FILE).is_file():
            return candidate
    return folder.parent if folder.name in ("decks", "source") else folder


def read_identity(root: Path) -> Identity | None:
    """The identity in ``root``'s leaderdeck.toml; ``None`` when there is none yet."""
    path = root / WORKSPACE_FILE
    if not path.exists():
        return None
    import tomllib  # only a workspace's key file is TOML: importing a document never reads one

    display = display_path(path)
    text = decode(read_bytes(path, display, max_bytes=1 << 20), display, kind="TOML file",
                  utf8_advice="save it as UTF-8")
    try:
        table = tomllib.loads(text).get("workspace", {})
    except tomllib.TOMLDecodeError as exc:
        raise SourceErrors([Problem(display, getattr(exc, "lineno", 1) or 1, f"not valid TOML: {exc}")]) from None
    key, legacy = table.get("key"), table.get("legacy", [])
    if not isinstance(key, str) or not isinstance(legacy, list) or not all(isinstance(i, str) for i in legacy):
        raise SourceErrors([Problem(display, 1, "[workspace] needs key = \"...\" and legacy = [\"note-id\", ...]")])
    return Identity(key, frozenset(legacy))


def ensure_identity(root: Path, locks: list[Path], starter_ids: set[str] = frozenset()) -> Identity:
    """The workspace's identity, written to leaderdeck.toml first if it has none.

    A workspace that already has lock files (decks built before workspaces had keys) keeps
    the GUIDs of every note those locks hold (the starter corpus's notes keep theirs anyway,
    so ``starter_ids`` are left off the list). Creation is serialised, so two first builds
    at once agree on one key.
    """
    found = read_identity(root)
    if found is not None:
        return found
    from .ledger import read_ledger  # only the first build of a workspace reads its locks

    with exclusive(root):
        found = read_identity(root)
        if found is not None:
            return found
        legacy = sorted({note_id for lock in locks if lock.is_file() for note_id in read_ledger(lock).notes
                         if note_id.split("/")[0] not in starter_ids})
        identity = Identity(new_key(), frozenset(legacy))
        write_identity(root, identity)
        return identity


def new_key() -> str:
    import secrets  # only a new workspace needs a key

    return secrets.token_hex(8)


def write_identity(root: Path, identity: Identity) -> None:
    try:
        write_atomically(root / WORKSPACE_FILE, identity_text(identity).encode("utf-8"))
    except LeaderdeckError as exc:
        raise LeaderdeckError(f"{exc} (the workspace's key file)") from None


def identity_text(identity: Identity) -> str:
    """The text of leaderdeck.toml for ``identity``."""
    import json  # here: only a new workspace's key file is written with it

    legacy = "".join(f"  {json.dumps(note_id)},\n" for note_id in sorted(identity.legacy))
    return (f"{_HEADER}[workspace]\nkey = {json.dumps(identity.key)}\n"
            f"# notes built before this workspace had a key keep the identity they had\n"
            f"legacy = [{chr(10) + legacy if legacy else ''}]\n")
