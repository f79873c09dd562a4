"""An on-disk cache of parsed and rendered source files (and of what the importer learns topics from),
keyed by content.

A key hashes the file's bytes and its displayed path, the taxonomy, the code
that parses and renders it and the versions of the libraries involved, so an
entry is never stale: anything that could change the result changes the key.
The cache is safe to delete at any time. Location: ``$LEADERDECK_CACHE_DIR``,
else ``$XDG_CACHE_HOME/leaderdeck``, else ``~/.cache/leaderdeck``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import cache
from pathlib import Path

from .atomic import write_atomically
from .errors import LeaderdeckError
from .pickling import dumps

# modules whose code decides what a source file parses and renders to
# (and every module they import: a test keeps the list closed)
_CODE = ("atomic", "cache", "cardfields", "decode", "errors", "fastmark", "globbing", "grouping", "lazyre", "loader",
         "mdlimits", "model", "notes", "notetypes", "patterncache", "pickling", "render", "schema", "slotinit",
         "sources", "speech", "style", "taxonomy", "textfile", "topicguess", "yamlnodes")
_LIBRARIES = ("markdown", "nh3", "pyyaml")


def default_directory() -> Path:
    configured = os.environ.get("LEADERDECK_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "leaderdeck"


class Cache:
    """Pickled values in one directory, one file per key."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def key(self, *parts: bytes | str) -> str:
        digest = hashlib.sha256(code_fingerprint().encode())
        for part in parts:
            data = part.encode("utf-8") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
        return digest.hexdigest()

    def load(self, key: str) -> object | None:
        try:
            with open(self._path(key), "rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is a miss, never an error
            return None

    def store(self, key: str, value: object) -> None:
        try:
            # not fsynced: a damaged entry after a crash is a miss (load() catches it)
            write_atomically(self._path(key), dumps(value), durable=False)
        except LeaderdeckError:
            pass  # a cache that cannot be written only costs time

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"


@cache
def code_fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).parent  # the package is a folder (as importlib.resources finds it, without importing it)
    for module in _CODE:
        digest.update((package / f"{module}.py").read_bytes())
    for library in _LIBRARIES:
        digest.update(library_version(library).encode())
    return digest.hexdigest()


def library_version(name: str) -> str:
    """The installed version of the distribution ``name``, read off its ``NAME-VERSION.dist-info`` folder on
    ``sys.path`` (as installers name it: lower case, ``_`` for ``-`` and ``.``); :mod:`importlib.metadata`
    (whose import costs more than the rest of a small import's start) only where there is no such folder."""
    prefix = name.lower().replace("-", "_").replace(".", "_") + "-"
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            if entry.endswith(".dist-info") and entry.lower().startswith(prefix):
                return entry[len(prefix):-len(".dist-info")]
    from importlib import metadata

    return metadata.version(name)
