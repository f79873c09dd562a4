"""Source files -> notes with their rendered fields, through the on-disk cache."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .cache import Cache
from .cardfields import note_fields
from .errors import Problem, display_path
from .loader import load_file
from .model import Note
from .render import Renderer
from .taxonomy import Taxonomy
from .yamlnodes import MAX_BYTES


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    notes: tuple[Note, ...]
    fields: tuple[tuple[str, ...], ...]  # the rendered fields of each note, in note type order
    problems: tuple[Problem, ...]


def read_source_files(paths: Iterable[Path], taxonomy: Taxonomy, cache: Cache | None = None) -> Iterator[SourceFile]:
    """Each file parsed and rendered, or taken from the cache when its content is known."""
    renderer = Renderer()
    taxonomy_key = repr(taxonomy)
    for path in paths:
        key = _key(cache, path, taxonomy_key) if cache else None
        cached = cache.load(key) if key else None
        if isinstance(cached, SourceFile) and cached.path == path:
            yield cached
            continue
        notes, problems = load_file(path, taxonomy)
        fields = tuple(tuple(note_fields(note, renderer)) for note in notes)
        source = SourceFile(path, tuple(notes), fields, tuple(problems))
        if key:
            cache.store(key, source)
        yield source


def _key(cache: Cache, path: Path, taxonomy_key: str) -> str | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            return None  # the loader reports the oversized file
        data = path.read_bytes()
    except OSError:
        return None  # the loader reports the unreadable file
    return cache.key(str(path), display_path(path), taxonomy_key, data)
