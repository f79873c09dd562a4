"""Where leaderdeck may write: never over one of the run's inputs, never over a file of
another kind, never into a device or a FIFO.

Every command that writes a file checks its path here first: a build's package and lock
file, a preview page, the JSON Schema. The rule: the path has the output's own suffix; if
something is there already it is a regular file of that kind (a package is replaced only
by a package); and it is none of the files the run reads (sources, the manifest, the
taxonomy, the lock file).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import LeaderdeckError

if TYPE_CHECKING:  # only named in annotations: an import, which checks outputs too, need not load manifests
    from .manifest import Manifest
    from .taxonomy import Taxonomy

PACKAGE_ENTRIES = ("collection.anki2", "collection.anki21", "collection.anki21b")


def check_outputs(manifest: Manifest, taxonomy: Taxonomy) -> None:
    """The package and lock file a build of ``manifest`` writes may be written."""
    from .ledger import lock_path  # only a build writes a lock file: an import, which checks outputs too, never

    output = manifest.output
    inputs = [*manifest.source_files(), *(p for p in (manifest.path, taxonomy.path) if p is not None)]
    check_output(output, (".apkg",), inputs, is_package, "an Anki package")
    check_output(lock_path(output), (".lock",), inputs, _is_lock, "a leaderdeck lock file")


def check_output(path: Path, suffixes: tuple[str, ...], inputs: Iterable[Path],
                 is_kind: Callable[[Path], bool] | None = None, kind: str = "") -> None:
    """Raise unless ``path`` may be (over)written: see the module's rule."""
    if path.suffix not in suffixes:
        raise LeaderdeckError(f"{path}: the file to write must end in {' or '.join(suffixes)}")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise LeaderdeckError(f"cannot write {path}: {exc.strerror}") from None
    if mode is not None and not stat.S_ISREG(mode):
        raise LeaderdeckError(f"cannot write {path}: it is not a regular file")
    if _is_among(path, inputs):
        raise LeaderdeckError(f"cannot write {path}: it is one of the files this run reads")
    if mode is not None and is_kind is not None and not is_kind(path):
        raise LeaderdeckError(f"{path} exists and is not {kind}; leaderdeck does not replace it "
                              "(move it away or write somewhere else)")


def is_package(path: Path) -> bool:
    """Whether ``path`` is an Anki package (a zip holding a collection), or empty."""
    import zipfile  # here: only an existing output is looked into, and an import writes no package

    try:
        if path.stat().st_size == 0:
            return True
        with zipfile.ZipFile(path) as archive:
            return any(name in archive.namelist() for name in PACKAGE_ENTRIES)
    except (OSError, zipfile.BadZipFile):
        return False


def _is_lock(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            start = handle.read(64)
    except OSError:
        return False
    return not start.strip() or start.startswith(b"# leaderdeck lock file")


def _is_among(path: Path, inputs: Iterable[Path]) -> bool:
    target = _identity(path)
    return target is not None and any(_identity(p) == target for p in inputs)


def _identity(path: Path) -> tuple[int, int] | str | None:
    """What makes two paths the same file: device and inode when it exists, else the resolved path."""
    try:
        info = os.stat(path)
        return (info.st_dev, info.st_ino)
    except FileNotFoundError:
        return str(path.resolve())
    except OSError:
        return None
