"""Scratch folders in the system's temporary folder, and the ones killed runs left there.

A scratch folder is named ``leaderdeck-KIND-PID-RANDOM``: the id of the process that made
it. A run removes its own folder when it ends, even on Ctrl-C or a termination signal;
a run killed outright (SIGKILL, a crash, a power cut) cannot, so every run that makes a
scratch folder first removes those of runs that no longer exist: the user's own, by
their process id. A folder whose process id now belongs to another live process stays
until that one ends too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from .lazyre import lazy_re

PREFIX = "leaderdeck-"
_NAME = lazy_re(rf"{PREFIX}[a-z]+-(\d+)-[^/\\]+")


@contextlib.contextmanager
def scratch_folder(kind: str) -> Iterator[Path]:
    """A new, empty folder for this run's scratch files, removed afterwards."""
    sweep_dead()
    with tempfile.TemporaryDirectory(prefix=f"{PREFIX}{kind}-{os.getpid()}-") as folder:
        yield Path(folder)


def sweep_dead(base: Path | None = None) -> list[Path]:
    """Remove the scratch folders of this user's runs that no longer exist; returns them."""
    if os.name != "posix":
        return []  # no harmless way to ask whether a process exists (os.kill(pid, 0) ends it on Windows)
    base = base if base is not None else Path(tempfile.gettempdir())
    removed = []
    with contextlib.suppress(OSError):
        for folder in base.glob(f"{PREFIX}*"):
            match = _NAME.fullmatch(folder.name)
            if match is None or _alive(int(match.group(1))) or not _own_folder(folder):
                continue
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process, or not a process id: not ours to judge
    return True


def _own_folder(folder: Path) -> bool:
    info = folder.lstat()
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
