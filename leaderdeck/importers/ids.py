"""Note ids already used under a folder, read with the project's YAML reader.

Ids in flow style (``{id: a, kind: qa}``), with quoted keys or values, or in a
single-note file are all found, because the files are parsed, not scanned.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import LeaderdeckError, SourceErrors, display_path
from ..globbing import yaml_files
from ..yamlnodes import Mapping, Scalar, Sequence as YamlSequence, Value, read_yaml


def existing_ids(folder: Path, *, skip: Sequence[Path] = ()) -> set[str]:
    """Ids the YAML files under ``folder`` use (``skip``: files an import will replace)."""
    if not folder.is_dir():
        return set()
    skipped = {p.resolve() for p in skip}
    ids: set[str] = set()
    for path in yaml_files(folder):
        if path.resolve() not in skipped:
            ids.update(file_ids(path))
    return ids


def file_ids(path: Path) -> set[str]:
    display = display_path(path)
    try:
        root, problems = read_yaml(path, display)
    except SourceErrors as exc:
        raise LeaderdeckError(f"cannot read the ids {display} uses ({exc.problems[0].message}); fix it first, "
                              "or import into another folder with --source") from None
    return set(_ids(root)) if root is not None else set()


def _ids(value: Value | None) -> Iterator[str]:
    """Every ``id`` of a note: the file's own, or those of its ``notes:`` list."""
    if isinstance(value, Mapping):
        entry = value.get("id")
        if entry is not None and isinstance(entry.value, Scalar) and entry.value.value is not None:
            yield str(entry.value.value)
        notes = value.get("notes")
        if notes is not None and isinstance(notes.value, YamlSequence):
            for item in notes.value.items:
                yield from _ids(item)
