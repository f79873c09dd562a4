"""Source files -> notes with their rendered fields, through the on-disk cache."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .cache import Cache
from .cardfields import note_fields
from .errors import Problem, SourceErrors, display_path
from .grouping import note_tags
from .loader import load_file
from .model import Note
from .render import Renderer
from .taxonomy import Taxonomy
from .yamlnodes import read_yaml_bytes


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    notes: tuple[Note, ...]
    fields: tuple[tuple[str, ...], ...]  # the rendered fields of each note, in note type order
    problems: tuple[Problem, ...]
    tags: tuple[tuple[str, ...], ...]  # the Anki tags of each note


def read_source_files(paths: Iterable[Path], taxonomy: Taxonomy, cache: Cache | None = None) -> Iterator[SourceFile]:
    """Each file parsed and rendered, or taken from the cache when its content is known.

    Each file is read once: the cache key and the parse come from the same bytes, so a
    save between the two can never store one content's notes under another's key.
    """
    renderer = Renderer()
    taxonomy_key = repr(taxonomy)
    for path in paths:
        display = display_path(path)
        try:
            data = read_yaml_bytes(path, display)
        except SourceErrors as exc:
            yield SourceFile(path, (), (), tuple(exc.problems), ())
            continue
        key = cache.key(str(path), display, taxonomy_key, data) if cache else None
        cached = cache.load(key) if key else None
        if isinstance(cached, SourceFile) and cached.path == path:
            yield cached
            continue
        notes, problems = load_file(path, taxonomy, data)
        fields = tuple(tuple(note_fields(note, renderer)) for note in notes)
        source = SourceFile(path, tuple(notes), fields, tuple(problems), tuple(tuple(note_tags(n)) for n in notes))
        if key:
            cache.store(key, source)
        yield source
