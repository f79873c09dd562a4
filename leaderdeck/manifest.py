"""Deck manifests (``decks/<name>.yaml``): what goes into one .apkg and how it is grouped."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from .decode import Decoder
from .errors import Problem, SourceErrors, display_path
from .globbing import TooBroad, expand
from .grouping import GroupBy
from .model import Kind, Level
from .taxonomy import Taxonomy
from .yamlnodes import Mapping, Sequence, read_yaml

MANIFEST_KEYS = ("name", "description", "sources", "filters", "group_by", "star_cards")
FILTER_KEYS = ("levels", "topics", "kinds", "drafts")


class StarCards(str, Enum):
    """Which cards a STAR story gets."""

    FULL = "full"    # one "Full answer" card (note type "leaderdeck STAR")
    DRILL = "drill"  # one card per STAR section the story has (note type "leaderdeck STAR drill")
    BOTH = "both"    # both: two notes per story, each with its own GUID

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Manifest:
    """A deck to build. Empty filter sets mean 'everything'."""

    name: str
    sources: tuple[str, ...]
    base: Path
    output: Path
    description: str = ""
    levels: frozenset[Level] = field(default_factory=frozenset)
    topics: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[Kind] = field(default_factory=frozenset)
    drafts: bool = False
    group_by: GroupBy = GroupBy.TOPIC_LEVEL
    star_cards: StarCards = StarCards.FULL
    origin: str = "command line"
    require_every_pattern: bool = True
    source_lines: tuple[int, ...] = ()
    path: Path | None = None  # the manifest file; None for an ad hoc build

    def source_files(self) -> list[Path]:
        """Every file the source patterns match, sorted; a pattern matching nothing is an error."""
        found: dict[Path, None] = {}
        problems = []
        lines = self.source_lines or (1,) * len(self.sources)
        for pattern, line in zip(self.sources, lines):
            try:
                files = expand(self.base, pattern)
            except TooBroad as exc:
                problems.append(Problem(self.origin, line, f"source pattern {exc}"))
                continue
            if not files and self.require_every_pattern:
                problems.append(Problem(self.origin, line, f"source pattern '{pattern}' matches no files"))
            found.update(dict.fromkeys(p.resolve() for p in files))
        if not self.sources:
            problems.append(Problem(self.origin, 1, "'sources' is empty: list the source files to read, "
                                                    "such as ../source/*.yaml"))
        elif not found and not problems:
            problems.append(Problem(self.origin, 1, f"no source files match {', '.join(self.sources)}"))
        if problems:
            raise SourceErrors(problems)
        return list(found)


def find_manifests(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def load_manifest(path: Path, taxonomy: Taxonomy) -> Manifest:
    decoder = Decoder(display_path(path))
    root, decoder.problems = read_yaml(path, decoder.display)
    mapping = decoder.mapping(root, "a deck manifest") if root is not None else None
    if mapping is None:
        raise SourceErrors([*decoder.problems, Problem(decoder.display, 1, "a deck manifest needs 'name:' and 'sources:'")])
    values = _read(decoder, mapping, taxonomy)
    if decoder.problems:
        raise SourceErrors(decoder.problems)
    return Manifest(base=path.parent, output=path.with_suffix(".apkg"), origin=decoder.display, path=path,
                    **values)


def _read(decoder: Decoder, mapping: Mapping, taxonomy: Taxonomy) -> dict:
    decoder.check_keys(mapping, MANIFEST_KEYS, "a deck manifest")
    values: dict = {}
    for key in ("name", "sources"):
        if mapping.get(key) is None:
            decoder.error(mapping.line, f"deck manifest is missing required key '{key}'")
    for entry in mapping.entries:
        if entry.key in ("name", "description"):
            values[entry.key] = decoder.text(entry.value, entry.key) or ""
        elif entry.key == "sources":
            values["sources"] = decoder.text_list(entry.value, "sources") or ()
            if isinstance(entry.value, Sequence) and len(entry.value.items) == len(values["sources"]):
                values["source_lines"] = tuple(item.line for item in entry.value.items)
        elif entry.key == "group_by":
            values["group_by"] = _group_by(decoder, entry.value)
        elif entry.key == "star_cards":
            values["star_cards"] = _star_cards(decoder, entry.value)
        elif entry.key == "filters" and (inner := decoder.mapping(entry.value, "'filters'")):
            values |= _filters(decoder, inner, taxonomy)
    if "name" in values and not values["name"]:
        decoder.error(mapping.line, "deck manifest 'name' is empty")
    return {k: v for k, v in values.items() if v is not None}


def _group_by(decoder: Decoder, value) -> GroupBy | None:
    text = decoder.text(value, "group_by")
    choices = [g.value for g in GroupBy]
    normalised = (text or "").replace(" ", "")
    if normalised in choices:
        return GroupBy(normalised)
    decoder.error(value.line, f"unknown group_by '{text}' (allowed: {', '.join(choices)})")
    return None


def _star_cards(decoder: Decoder, value) -> StarCards | None:
    before = len(decoder.problems)
    text = decoder.text(value, "star_cards")
    choices = [c.value for c in StarCards]
    if text in choices:
        return StarCards(text)
    if len(decoder.problems) == before:
        decoder.error(value.line, f"unknown star_cards '{text or ''}' (allowed: {', '.join(choices)})")
    return None


def _filters(decoder: Decoder, mapping: Mapping, taxonomy: Taxonomy) -> dict:
    decoder.check_keys(mapping, FILTER_KEYS, "filters")
    values: dict = {}
    choices = {
        "levels": ({l.value: l for l in Level}),
        "kinds": ({k.value: k for k in Kind}),
        "topics": ({t.name: t.name for t in taxonomy.topics}),
    }
    for entry in mapping.entries:
        if entry.key == "drafts":
            values["drafts"] = decoder.boolean(entry.value, "drafts")
        elif entry.key in choices:
            allowed = choices[entry.key]
            items = decoder.text_list(entry.value, entry.key) or ()
            for item in items:
                if item not in allowed:
                    decoder.error(entry.key_line, f"unknown {entry.key[:-1]} '{item}' in filters (allowed: {', '.join(allowed)})")
            values[entry.key] = frozenset(allowed[i] for i in items if i in allowed)
    return values
