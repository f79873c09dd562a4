"""Source YAML files -> typed notes, or every problem with ``path:line``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .decode import Decoder, suggest
from .errors import Problem, SourceErrors, display_path
from .globbing import yaml_files
from .model import DiscussionPoint, Kind, Level, Note, Origin
from .notes import Located, build_note
from .schema import DEFAULT_KEYS, FILE_KEYS, ID_PATTERN, NOTE_KEYS, Key, Shape
from .taxonomy import Taxonomy
from .yamlnodes import Mapping, Scalar, Sequence, Value, read_yaml
from .lazyre import lazy_re

_ID = lazy_re(ID_PATTERN)
_MERGED_LISTS = ("competencies", "tags")


def load_sources(paths: Iterable[Path], taxonomy: Taxonomy) -> list[Note]:
    """Load every file, collecting all problems before failing once."""
    notes: list[Note] = []
    problems: list[Problem] = []
    for path in paths:
        file_notes, file_problems = load_file(path, taxonomy)
        notes.extend(file_notes)
        problems.extend(file_problems)
    problems.extend(duplicate_ids((n.id, n.origin) for n in notes))
    if problems:
        raise SourceErrors(problems)
    return notes


def load_file(path: Path, taxonomy: Taxonomy, data: bytes | None = None) -> tuple[list[Note], list[Problem]]:
    """The valid notes of one file (``data``: its bytes, when already read) and the problems
    of the others."""
    try:
        return _load_file(path, taxonomy, data)
    except SourceErrors as exc:
        return [], exc.problems


def _load_file(path: Path, taxonomy: Taxonomy, data: bytes | None) -> tuple[list[Note], list[Problem]]:
    decoder = Decoder(display_path(path))
    root, decoder.problems = read_yaml(path, decoder.display, data)
    if root is None:
        decoder.error(1, "file is empty; expected a note (a mapping with 'id') or 'notes:'")
        return [], decoder.problems
    reader = _NoteReader(decoder, taxonomy)
    mapping = decoder.mapping(root, "a source file")
    if mapping is None:
        return [], decoder.problems
    if mapping.get("notes") is None and mapping.get("defaults") is None:
        notes = [reader.note(mapping, {})] if mapping.get("id") or mapping.get("kind") else []
        if not notes:
            decoder.error(mapping.line, "expected a note (a mapping with 'id') or 'defaults:' and 'notes:'")
    else:
        notes = reader.collection(mapping)
    return [n for n in notes if n is not None], decoder.problems


def duplicate_ids(notes: Iterable[tuple[str, Origin]]) -> list[Problem]:
    """Each id used twice, reported at both places."""
    first: dict[str, Origin] = {}
    problems = []
    for note_id, origin in notes:
        if note_id not in first:
            first[note_id] = origin
            continue
        other = first[note_id]
        problems.append(Problem(origin.path, origin.line, f"duplicate id '{note_id}' (also at {other})"))
        problems.append(Problem(other.path, other.line, f"duplicate id '{note_id}' (also at {origin})"))
    return problems


class _NoteReader:
    def __init__(self, decoder: Decoder, taxonomy: Taxonomy) -> None:
        self.decoder = decoder
        self.taxonomy = taxonomy
        self.broken_defaults: set[str] = set()

    def collection(self, mapping: Mapping) -> list[Note | None]:
        self.decoder.check_keys(mapping, FILE_KEYS, "a source file")
        defaults: dict = {}
        if (entry := mapping.get("defaults")) is not None:
            if (inner := self.decoder.mapping(entry.value, "'defaults'")) is not None:
                defaults = self.keys(inner, DEFAULT_KEYS, "defaults", None)
                # a default already reported as wrong is not reported again as missing in every note
                self.broken_defaults = {e.key for e in inner.entries} - set(defaults)
                for entry in inner.entries:
                    if entry.key in self.broken_defaults and _is_blank(entry.value):
                        self.decoder.error(entry.key_line, f"'{entry.key}' in defaults is empty")
        entry = mapping.get("notes")
        if entry is None:
            self.decoder.error(mapping.line, "missing 'notes:' (the list of notes)")
            return []
        if not isinstance(entry.value, Sequence):
            self.decoder.error(entry.key_line, "'notes' must be a list of notes (each starting with '- id:')")
            return []
        items = (self.decoder.mapping(v, "each note") for v in entry.value.items)
        return [self.note(item, defaults) for item in items if item is not None]

    def note(self, mapping: Mapping, defaults: dict) -> Note | None:
        kind = self._kind(mapping)
        values = self.keys(mapping, NOTE_KEYS, "a note", kind)
        for name, value in defaults.items():
            if name in _MERGED_LISTS:
                values[name] = tuple(dict.fromkeys((*value, *values.get(name, ()))))
            else:
                values.setdefault(name, value)
        if kind is None or not self._complete(mapping, values | {"kind": kind}, kind):
            return None
        return build_note(values, kind, Origin(self.decoder.display, mapping.line), mapping)

    def _kind(self, mapping: Mapping) -> Kind | None:
        entry = mapping.get("kind")
        what = f"note '{_text_of(mapping, 'id')}'" if _text_of(mapping, "id") else "note"
        choices = ", ".join(k.value for k in Kind)
        if entry is None:
            self.decoder.error(mapping.line, f"{what} is missing required key 'kind' (one of: {choices})")
            return None
        if _is_blank(entry.value):
            self.decoder.error(entry.key_line, f"'kind' of {what} is empty (one of: {choices})")
            return None
        return self.value(_key("kind"), entry.value)

    def keys(self, mapping: Mapping, keys: tuple[Key, ...], where: str, kind: Kind | None) -> dict:
        spec = {k.name: k for k in keys}
        self.decoder.check_keys(mapping, spec, where)
        values = {}
        for entry in mapping.entries:
            key = spec.get(entry.key)
            if key is None or key.name == "kind":
                continue
            if kind is not None and kind not in key.kinds:
                owners = " and ".join(k.value for k in Kind if k in key.kinds)
                self.decoder.error(entry.key_line, f"key '{key.name}' is for {owners} notes, not {kind.value}")
                continue
            value = self.value(key, entry.value)
            if value is not None and value != "":
                values[key.name] = value
        return values

    def value(self, key: Key, value: Value):
        decoder = self.decoder
        match key.shape:
            case Shape.TEXT:
                return decoder.text(value, key.name)
            case Shape.LIST:
                return decoder.text_list(value, key.name)
            case Shape.BOOL:
                return decoder.boolean(value, key.name)
            case Shape.MAPPING:
                inner = decoder.mapping(value, f"'{key.name}'")
                return Located(self.keys(inner, key.children, key.name, None), inner) if inner else None
            case Shape.DISCUSSION:
                return self._discussion(key, value)
        return self._choice(key, value)

    def _choice(self, key: Key, value: Value):
        text = self.decoder.text(value, key.name)
        if not text:  # an empty value is reported where the key is required
            return None
        match key.shape:
            case Shape.ID:
                if _ID.match(text):
                    return text
                hint = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "my-note"
                self.decoder.error(value.line, f"id '{text}' must be lower-case words joined by '-' (like '{hint}')")
            case Shape.KIND:
                if text in {k.value for k in Kind}:
                    return Kind(text)
                choices = ", ".join(k.value for k in Kind)
                self.decoder.error(value.line, f"unknown kind '{text}' (allowed: {choices}){suggest(text, list(Kind))}")
            case Shape.LEVEL:
                if (level := self.taxonomy.level(text)) is not None:
                    return level
                self.decoder.error(value.line, _unknown_level(text, self.taxonomy))
            case Shape.TOPIC:
                if (topic := self.taxonomy.topic(text)) is not None:
                    return topic
                allowed = ", ".join(t.name for t in self.taxonomy.topics)
                hint = self.taxonomy.topic_hint(text)
                self.decoder.error(value.line, f"unknown topic '{text}'{hint}; allowed: {allowed}")
        return None

    def _discussion(self, key: Key, value: Value):
        if not isinstance(value, Sequence):
            self.decoder.error(value.line, "'discussion' must be a list of points, each with 'heading' and 'questions'")
            return None
        points = []
        for item in value.items:
            inner = self.decoder.mapping(item, "each discussion point")
            if inner is None:
                continue
            point = self.keys(inner, key.children, "a discussion point", None)
            if "heading" not in point:
                self.decoder.error(inner.line, "discussion point is missing required key 'heading'")
                continue
            points.append(DiscussionPoint(point["heading"], point.get("questions", ())))
        return tuple(points)

    def _complete(self, mapping: Mapping, values: dict, kind: Kind) -> bool:
        before = len(self.decoder.problems)
        name = f"note '{_text_of(mapping, 'id')}'" if _text_of(mapping, "id") else "note"
        draft = values.get("draft", False)
        complete = True
        for key in NOTE_KEYS:
            if kind not in key.required_for or (draft and key.draft_may_omit):
                continue
            if key.name not in values:
                complete = False
                if key.name not in self.broken_defaults:
                    self._missing(mapping, key.name, f"{name} ({kind.value})")
                continue
            for child in key.children:
                if kind in child.required_for and child.name not in values[key.name].values and not draft:
                    complete = False
                    self._missing(values[key.name].mapping, child.name, f"'{key.name}' of {name}")
        return complete and len(self.decoder.problems) == before

    def _missing(self, mapping: Mapping, key: str, what: str) -> None:
        entry = mapping.get(key)
        if entry is None:
            self.decoder.error(mapping.line, f"{what} is missing required key '{key}'")
        elif _is_blank(entry.value):
            self.decoder.error(entry.key_line, f"'{key}' of {what} is empty")


def _key(name: str) -> Key:
    return next(k for k in NOTE_KEYS if k.name == name)


def _is_blank(value: Value) -> bool:
    return isinstance(value, Scalar) and (value.value is None or not str(value.value).strip())


def _text_of(mapping: Mapping, key: str) -> str:
    entry = mapping.get(key)
    return getattr(entry.value, "text", "") if entry else ""


def _unknown_level(text: str, taxonomy: Taxonomy) -> str:
    allowed = ", ".join(level.value for level in Level)
    resolved = taxonomy.resolve_level(text)
    hint = f"; '{text}' means {resolved.value}" if resolved else ""
    return f"unknown level '{text}' (allowed: {allowed}{hint})"


def find_sources(paths: Iterable[Path]) -> list[Path]:
    """Files as given; directories expanded to the YAML files under them, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(yaml_files(path))
        else:
            found.append(path)
    return list(dict.fromkeys(found))
