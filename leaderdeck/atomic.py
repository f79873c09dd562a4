"""Replace files atomically: readers see the old or the new content, never half; and a set
of files (a package and its lock) changes together or not at all.

A new file is first written to a temporary file next to its target (``.NAME.XXXX.tmp``)
and flushed to disk; :func:`commit` then renames every staged file over its target,
putting the old ones back if a rename fails. :func:`together` does both for a set of files,
with Ctrl-C and termination held back for the renames, and leaves no temporary file of its
own when anything (a signal too) stops it. Temporary files of killed runs are removed by
:func:`sweep_stale`, which a caller runs only while it holds the folder's lock
(``filelock``), so it never deletes the files of a run still at work.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import LeaderdeckError


@dataclass(frozen=True, slots=True)
class Staged:
    """A complete new version of ``target``, waiting in ``temporary``."""

    temporary: Path
    target: Path


def temporary_path(target: Path, suffix: str = ".tmp") -> Path:
    """A new, empty file next to ``target`` that :func:`sweep_stale` recognises."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    except OSError as exc:
        raise LeaderdeckError(f"cannot write {target}: {_reason(exc)}") from None
    os.close(fd)
    return Path(name)


@contextlib.contextmanager
def staged_file(target: Path, durable: bool = True) -> Iterator[tuple[BinaryIO, Staged]]:
    """A file to write the new ``target`` into; removed again if the block fails.

    ``durable``: flush it to disk, so a crash after the rename cannot leave an empty file.
    """
    temporary = temporary_path(target)
    staged = Staged(temporary, target)
    try:
        with open(temporary, "wb") as handle:
            yield handle, staged
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temporary, _mode(target))
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise LeaderdeckError(f"cannot write {target}: {_reason(exc)}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def stage(target: Path, data: bytes, durable: bool = True) -> Staged:
    with staged_file(target, durable) as (handle, staged):
        handle.write(data)
    return staged


def commit(staged: Sequence[Staged]) -> None:
    """Rename every staged file over its target; if one rename fails, restore the targets
    already replaced and raise. The temporary files are gone afterwards either way."""
    backups: list[Path | None] = []
    done: list[Staged] = []
    try:
        for item in staged:
            backups.append(_backup(item.target))
        for item in staged:
            os.replace(item.temporary, item.target)
            done.append(item)
    except OSError as exc:
        for item, backup in zip(done, backups):
            with contextlib.suppress(OSError):
                os.replace(backup, item.target) if backup else item.target.unlink()
        raise LeaderdeckError(f"cannot write {staged[len(done)].target}: {_reason(exc)}") from None
    finally:
        discard(staged)
        for backup in backups:
            if backup is not None:
                backup.unlink(missing_ok=True)


class Batch:
    """The files of one :func:`together` block."""

    def __init__(self) -> None:
        self.staged: list[Staged] = []
        self.targets: list[Path] = []

    def stage(self, target: Path, data: bytes) -> None:
        """``data`` to replace ``target`` when the block ends."""
        self.add(target, lambda: stage(target, data))

    def add(self, target: Path, make: Callable[[], Staged]) -> None:
        """The file ``make`` stages for ``target`` (a package written by its own writer)."""
        self.targets.append(target)  # first: a signal landing once the file exists still finds it
        self.staged.append(make())


@contextlib.contextmanager
def together() -> Iterator[Batch]:
    """Stage files in the block; when it ends, every one replaces its target, or, if anything
    stopped it, none does and no temporary file of the block remains. Use it only while
    holding the lock of the folders written to: the clean-up sweeps them (:func:`sweep_stale`)."""
    batch = Batch()
    try:
        yield batch
        with held_signals():
            commit(batch.staged)
    except BaseException:  # a signal can land between a file's creation and its place in ``staged``
        with held_signals():
            discard(batch.staged)
            for target in batch.targets:
                sweep_stale(target)
        raise


@contextlib.contextmanager
def held_signals() -> Iterator[None]:
    """Ctrl-C and termination wait until the block is done (where the platform allows)."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def discard(staged: Sequence[Staged]) -> None:
    for item in staged:
        item.temporary.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically."""
    commit([stage(path, data, durable)])


def sweep_stale(target: Path) -> None:
    """Remove temporary files a killed run left next to ``target``. Call it only while holding
    the lock of ``target``'s folder."""
    with contextlib.suppress(OSError):
        for stale in target.parent.glob(f".{_glob_escape(target.name)}.*.tmp"):
            stale.unlink(missing_ok=True)


def _backup(target: Path) -> Path | None:
    """A hard link to the current ``target`` (``None`` when there is none), to restore it."""
    if not target.exists():
        return None
    backup = temporary_path(target, ".old.tmp")
    backup.unlink()
    try:
        os.link(target, backup)
    except OSError:  # a file system without hard links: a copy does the same
        backup.write_bytes(target.read_bytes())
    return backup


def _mode(target: Path) -> int:
    return target.stat().st_mode & 0o777 if target.exists() else 0o644


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
