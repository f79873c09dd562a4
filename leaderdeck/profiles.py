"""Where Anki keeps its profiles, as Anki itself decides it.

Anki's profile manager (``aqt/profiles.py``) uses, in this order: the ``--base`` folder it
was started with, the ``ANKI_BASE`` environment variable, else ``%APPDATA%\\Anki2`` on
Windows, ``~/Library/Application Support/Anki2`` on macOS and ``$XDG_DATA_HOME/Anki2``
(``~/.local/share/Anki2``) elsewhere. Each profile is a folder there holding
``collection.anki2``, with Anki's backups in its ``backups`` folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import LeaderdeckError

COLLECTION = "collection.anki2"


@dataclass(frozen=True, slots=True)
class Target:
    """A collection to sync into, and the folder Anki keeps its backups in."""

    collection: Path
    backups: Path
    profile: str = ""


def anki_base(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """Anki's base folder (the one holding a folder per profile)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if environ.get("ANKI_BASE"):
        return Path(environ["ANKI_BASE"])
    if platform.startswith("win"):
        appdata = environ.get("APPDATA")
        return Path(appdata) / "Anki2" if appdata else Path.home() / "AppData" / "Roaming" / "Anki2"
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Anki2"
    data = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "Anki2"


def profile_names(base: Path) -> list[str]:
    """The profiles in ``base``: its folders that hold a collection."""
    try:
        return sorted(p.name for p in base.iterdir() if (p / COLLECTION).is_file())
    except OSError:
        return []


def profile_target(name: str, base: Path | None = None) -> Target:
    base = anki_base() if base is None else base
    names = profile_names(base)
    if name not in names:
        found = f"profiles there: {', '.join(names)}" if names else "no profiles there"
        raise LeaderdeckError(f"no Anki profile '{name}' in {base} ({found}); "
                              "give --profile NAME, or --collection PATH (ANKI_BASE sets Anki's folder)")
    folder = base / name
    return Target(folder / COLLECTION, folder / "backups", name)


def collection_target(path: Path) -> Target:
    """A collection given by path: backups go where Anki keeps them for a profile."""
    return Target(path, path.parent / "backups")
