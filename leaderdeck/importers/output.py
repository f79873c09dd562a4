"""Writing what an import made: every file or none, never over an input, split under the loader's limits.

Each file to write is checked first (:func:`leaderdeck.outputs.check_output`): a
``.yaml``/``.yml`` name, a regular file if it exists, a YAML file if it is to be
replaced (``--force``), and none of the documents being imported. Then every
file is staged next to its target and all are renamed together
(:func:`leaderdeck.atomic.together`), with Ctrl-C and termination held back for
the few renames: an interrupted or failed run leaves no file of its own,
written or half-written. A document whose notes would pass the loader's limits
(2 MiB, 100,000 values per file) is split into ``name.yaml``, ``name-2.yaml``...
Hundreds of notes are written out to YAML text in two processes (:mod:`.forked`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from ..atomic import sweep_stale, together
from ..errors import LeaderdeckError
from ..filelock import exclusive
from ..model import Note
from ..outputs import check_output
from ..yamlnodes import MAX_BYTES, MAX_VALUES
from .forked import map_in_two
from .writer import RenderedNote, file_text, render_note, shared_defaults

BYTES_PER_FILE = MAX_BYTES * 3 // 4  # room for an edit before the loader's limit
VALUES_PER_FILE = MAX_VALUES * 3 // 4
SUFFIXES = (".yaml", ".yml")


def chunks(notes: Sequence[Note], comments: Sequence[str]) -> list[str]:
    """The YAML text of ``notes``, in as many files as the loader's limits need (one for most)."""
    out: list[str] = []
    current: list[tuple[Note, RenderedNote]] = []
    size = values = 0
    for note, (rendered, note_size) in zip(notes, map_in_two(_rendered, notes)):
        note_count = rendered.values
        if note_size > BYTES_PER_FILE or note_count > VALUES_PER_FILE:
            raise LeaderdeckError(f"note at line {note.origin.line} of {note.origin.path} is too large for one "
                                  f"source file ({note_size:,} bytes); split it in the document")
        if current and (size + note_size > BYTES_PER_FILE or values + note_count > VALUES_PER_FILE):
            out.append(_file(current, comments))
            current, size, values = [], 0, 0
        current.append((note, rendered))
        size += note_size
        values += note_count
    if current or not out:
        out.append(_file(current, comments))
    return out


def _rendered(note: Note) -> tuple[RenderedNote, int]:
    """A note's YAML, and the size in bytes of a file holding it alone."""
    rendered = render_note(note)
    return rendered, len(file_text([rendered]).encode("utf-8"))


def _file(notes: Sequence[tuple[Note, RenderedNote]], comments: Sequence[str]) -> str:
    """As :func:`~.writer.dump_notes` with ``shared=True``, from notes rendered already."""
    return file_text([rendered for _, rendered in notes], comments, shared_defaults([note for note, _ in notes]))


def part_paths(target: Path, count: int) -> list[Path]:
    """``name.yaml``, then ``name-2.yaml``, ``name-3.yaml``... for a document split over ``count`` files."""
    return [target] + [target.with_name(f"{target.stem}-{n}{target.suffix}") for n in range(2, count + 1)]


def check_targets(targets: Sequence[Path], inputs: Sequence[Path], *, force: bool) -> None:
    """Refuse before anything is written: a target that is an input, a folder, a device, or not YAML."""
    existing = []
    for target in targets:
        check_output(target, SUFFIXES, inputs, is_yaml_file, "a YAML file")
        if target.exists():
            existing.append(str(target))
    if existing and not force:
        verb, pronoun = ("exists", "it") if len(existing) == 1 else ("exist", "them")
        raise LeaderdeckError(f"{', '.join(existing)} already {verb}; pass --force to replace {pronoun}")


def is_yaml_file(path: Path) -> bool:
    """A file ``--force`` may replace: UTF-8 text, as a YAML source file is (an empty file too)."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4096)
    except OSError:
        return False
    if b"\x00" in start:
        return False
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(start) - 4  # a character cut by the 4 KiB read
    return True


def write_all(files: Sequence[tuple[Path, str]]) -> None:
    """Write every ``(path, text)`` or none of them."""
    folders = sorted({path.parent.resolve() for path, _ in files})
    with contextlib.ExitStack() as stack:
        for folder in folders:
            stack.enter_context(exclusive(folder))
        for path, _ in files:
            sweep_stale(path)
        with together() as batch:
            for path, text in files:
                batch.stage(path, text.encode("utf-8"))
