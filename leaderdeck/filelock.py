"""One leaderdeck writer per folder at a time.

Two builds of one deck at once would each read the lock file, write their own package and
sweep each other's temporary files. :func:`exclusive` serialises them with an advisory lock
(``flock``) on the folder the outputs go into: a second build waits (and says so) until
the first is done, then reads the lock file the first one wrote. The operating system
releases the lock when a process ends, however it ends, so a killed build never leaves a
stale lock behind. Where ``fcntl`` does not exist (Windows), runs are not serialised.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import LeaderdeckError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 600.0
_POLL = 0.05


@contextlib.contextmanager
def exclusive(folder: Path, on_wait: Callable[[str], None] | None = None,
              timeout: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of ``folder`` (created if missing) while the block runs."""
    if fcntl is None:
        yield
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise LeaderdeckError(f"cannot use folder {folder}: {exc.strerror or exc}") from None
    try:
        _acquire(fd, folder, on_wait, timeout)
        yield
    finally:
        os.close(fd)  # releases the lock


def _acquire(fd: int, folder: Path, on_wait: Callable[[str], None] | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        except OSError as exc:  # a file system without locks: go ahead unserialised
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP):
                return
            raise LeaderdeckError(f"cannot lock folder {folder}: {exc.strerror}") from None
        if not told and on_wait is not None:
            on_wait(f"waiting for another leaderdeck run writing into {folder} to finish")
            told = True
        if time.monotonic() > deadline:
            raise LeaderdeckError(f"another leaderdeck run has been writing into {folder} for over "
                                  f"{timeout:.0f} s; try again when it has finished")
        time.sleep(_POLL)
