"""Compiled regular expressions kept on disk from one run to the next.

``re.compile`` parses a pattern and generates the code of Python's regular expression engine, in Python: about a
millisecond for one of the importer's larger rules, and about a fifth of a second for the two hundred patterns the
import of a megabyte document uses. :func:`compiled`, which :mod:`.lazyre` compiles every module-level pattern
with, keeps that code in one file of the cache directory (:func:`.cache.default_directory`), and later runs make
their patterns from it directly: with ``_sre.compile``, the engine's own constructor, which ``re`` itself calls
last. The pattern is the one ``re.compile`` gives (patterns compare equal only when their code is the same).

The file is named for the Python build, its engine's version and leaderdeck's, so code is only ever read back by
the build that made it. What cannot be used (no file, a damaged one, a Python whose ``re`` works differently) is
compiled as ``re.compile`` compiles it: the file only saves time, and deleting it costs the next run its compiling.
The patterns a process compiled are written back when it ends (:func:`save`, merged with what the file holds by
then, so that two runs at once lose nothing but time).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import re
import sys
from pathlib import Path

from . import __version__
from .atomic import write_atomically
from .cache import default_directory
from .errors import LeaderdeckError

try:  # re's own compiler, in two steps (re._compiler.compile does both, then calls _sre.compile)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _BUILD: str | None = hashlib.sha256(
        f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{__version__}".encode()).hexdigest()[:16]
except (ImportError, AttributeError):  # another Python's re: every pattern is compiled as usual
    _BUILD = None

# What re's compiler gives the engine for a pattern: its flags, its code, its count of groups less one, the numbers
# of its named groups by name, and the name of each group by number.
Entry = tuple[int, list[int], int, dict[str, int], tuple["str | None", ...]]
_Key = tuple[str, int]

# The file maps each pattern to its entry, marshalled on its own: reading the file makes only a string of bytes for
# each (a run uses a few hundred of the patterns it holds), and an entry is read when its pattern is first used.
_entries: dict[_Key, bytes] | None = None  # read from the file when first needed
_new: dict[_Key, bytes] = {}  # compiled by this process: not in the file yet


def compiled(source: str, flags: int) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the code kept on disk where there is some."""
    if _BUILD is None:
        return re.compile(source, flags)
    flags = int(flags)  # a RegexFlag does not marshal
    entries = _loaded()
    kept = entries.get((source, flags))
    if kept is not None:
        with contextlib.suppress(Exception):  # damaged, or code the engine refuses: compiled afresh below
            return _sre.compile(source, *marshal.loads(kept))
    try:
        entry = _entry(source, flags)
        pattern = _sre.compile(source, *entry)
    except re.error:
        raise
    except Exception:  # re's compiler works otherwise in this Python: compiled as usual, nothing kept
        return re.compile(source, flags)
    entries[source, flags] = _new[source, flags] = marshal.dumps(entry)
    return pattern


def save() -> None:
    """Write the patterns this process compiled to the file, with those it holds by now; nothing when there are
    none. A file that cannot be written only costs time."""
    if not _new or _BUILD is None:
        return
    with contextlib.suppress(LeaderdeckError, OSError, ValueError):
        write_atomically(_path(), marshal.dumps({**_read(), **_new}), durable=False)
    _new.clear()


def _entry(source: str, flags: int) -> Entry:
    """What ``re``'s compiler passes ``_sre.compile`` for ``source`` (as ``re._compiler.compile`` makes it)."""
    parsed = _parser.parse(source, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # plain ints: named opcodes do not marshal
    names = dict(parsed.state.groupdict)
    numbered: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        numbered[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(numbered)


def _loaded() -> dict[_Key, bytes]:
    global _entries
    if _entries is None:
        _entries = _read()
    return _entries


def _read() -> dict[_Key, bytes]:
    """The file's entries (those of the form this module writes); none if there is no file, or it is damaged."""
    try:
        kept = marshal.loads(_path().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(kept, dict):
        return {}
    return {key: entry for key, entry in kept.items() if isinstance(entry, bytes)}


def _path() -> Path:
    return default_directory() / f"patterns-{_BUILD}.marshal"
