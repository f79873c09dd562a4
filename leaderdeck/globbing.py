"""Finding source files: glob patterns and folders, bounded and safe from link loops.

Python's ``glob`` follows links to folders, so a source folder holding ``ln -s . loop``
makes ``**`` run until paths get too long, and ``/**/*.yaml`` searches the whole disk.
Here ``**`` never descends into a linked folder (links to files are fine) and a search that
visits more than :data:`MAX_FOLDERS` folders stops with a message.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import LeaderdeckError

MAX_FOLDERS = 20_000
_MAGIC = frozenset("*?[")


class TooBroad(LeaderdeckError):
    """A pattern or folder whose search would visit more than MAX_FOLDERS folders."""


def expand(base: Path, pattern: str) -> list[Path]:
    """The files ``pattern`` (relative to ``base``, or absolute) matches, sorted.

    Glob rules: ``*``, ``?`` and ``[...]`` within a name (not matching a leading dot),
    ``**`` for any number of folders.
    """
    full = Path(pattern) if Path(pattern).is_absolute() else base / pattern
    anchor, *parts = full.parts
    budget = _Budget(pattern)
    paths = [Path(anchor)]
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            paths = [folder for path in paths for folder in _folders(path, budget)]
            if last:
                paths = [p for path in paths for p in _children(path, "*", budget)]
        elif _MAGIC & set(part):
            paths = [child for path in paths for child in _children(path, part, budget)]
        else:
            paths = [path / part for path in paths]
    return sorted({p for p in paths if p.is_file()})


def yaml_files(folder: Path) -> list[Path]:
    """The ``.yaml``/``.yml`` files under ``folder``, sorted, without entering linked folders."""
    budget = _Budget(str(folder))
    return sorted(p for directory in _folders(folder, budget) for p in _children(directory, "*", budget)
                  if p.suffix in (".yaml", ".yml") and p.is_file())


class _Budget:
    def __init__(self, pattern: str) -> None:
        self.pattern, self.left = pattern, MAX_FOLDERS

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise TooBroad(f"'{self.pattern}' searches more than {MAX_FOLDERS:,} folders; make it narrower")


def _children(folder: Path, pattern: str, budget: _Budget) -> Iterator[Path]:
    budget.spend()
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries)
    except OSError:
        return
    hidden = pattern.startswith(".")
    for name in names:
        if (hidden or not name.startswith(".")) and fnmatch.fnmatch(name, pattern):
            yield folder / name


def _folders(top: Path, budget: _Budget) -> Iterator[Path]:
    """``top`` and every folder below it, not entering links to folders or hidden folders."""
    if not top.is_dir():
        return
    pending = [top]
    while pending:
        folder = pending.pop()
        yield folder
        budget.spend()
        try:
            with os.scandir(folder) as entries:
                below = [Path(e.path) for e in entries
                         if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)]
        except OSError:
            continue
        pending.extend(sorted(below, reverse=True))
