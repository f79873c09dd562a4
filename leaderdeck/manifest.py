"""Deck manifests (``decks/<name>.yaml``): what goes into one .apkg and how it is grouped."""

from __future__ import annotations

import glob
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from .decode import Decoder
from .errors import LeaderdeckError, Problem, SourceErrors, display_path
from .globbing import TooBroad, expand
from .grouping import GroupBy
from .model import Kind, Level
from .notetypes import all_note_types
from .style import Style, load_style
from .template import template_problems
from .taxonomy import Taxonomy
from .workspace import Identity, find_root, read_identity, starter_files, starter_folder
from .yamlnodes import Mapping, Sequence, read_yaml

MANIFEST_KEYS = ("name", "description", "sources", "starter", "filters", "group_by", "star_cards", "css",
                 "templates")
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
    starter: bool = False  # add the starter corpus shipped inside leaderdeck
    style: Style = Style()
    identity: Identity | None = None  # None: read (or made) from the workspace when building

    def source_files(self) -> list[Path]:
        """The starter corpus (if asked for), then every file the source patterns match, sorted.

        A pattern matching nothing is an error when its folder does not exist (a typo); an
        existing folder without notes yet is fine when the deck has other sources.
        """
        found: dict[Path, None] = dict.fromkeys(starter_files() if self.starter else ())
        problems = []
        lines = self.source_lines or (1,) * len(self.sources)
        for pattern, line in zip(self.sources, lines):
            try:
                files = expand(self.base, pattern)
            except TooBroad as exc:
                problems.append(Problem(self.origin, line, f"source pattern {exc}"))
                continue
            if not files and self.require_every_pattern and not (self.starter and _folder_exists(self.base, pattern)):
                problems.append(Problem(self.origin, line, f"source pattern '{pattern}' matches no files"))
            found.update(dict.fromkeys(p.resolve() for p in files))
        if not self.sources and not self.starter:
            problems.append(Problem(self.origin, 1, "'sources' is empty: list the source files to read, "
                                                    "such as ../source/*.yaml"))
        elif not found and not problems:
            problems.append(Problem(self.origin, 1, f"no source files match {', '.join(self.sources)}"))
        if problems:
            raise SourceErrors(problems)
        return list(found)

    def is_starter(self, path: Path) -> bool:
        """Whether ``path`` (as :meth:`source_files` gives it) is a file of the starter corpus."""
        return self.starter and path.parent == starter_folder().resolve()


def _folder_exists(base: Path, pattern: str) -> bool:
    """Whether the folder before the first wildcard of ``pattern`` exists."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if set(part) & set("*?[")), len(parts) - 1)
    return (base / Path(*parts[:fixed])).is_dir() if fixed else base.is_dir()


@dataclass(frozen=True, slots=True)
class Selection:
    """Which notes and cards to take, as given on the command line; empty sets mean 'everything'."""

    levels: frozenset[Level] = frozenset()
    topics: frozenset[str] = frozenset()
    kinds: frozenset[Kind] = frozenset()
    drafts: bool = False
    star_cards: StarCards | None = None


def ad_hoc_manifest(source: Path, output: Path, selection: Selection, *, name: str = "Leadership Interview Prep",
                    group_by: GroupBy = GroupBy.TOPIC_LEVEL) -> Manifest:
    """A deck of one source file, or of every YAML file under a folder, without a manifest file."""
    if source.is_dir():
        base, patterns = source, ("**/*.yaml", "**/*.yml")
    else:
        base, patterns = source.parent, (glob.escape(source.name),)
    return Manifest(name=name, sources=patterns, base=base, output=output, levels=selection.levels,
                    topics=selection.topics, kinds=selection.kinds, drafts=selection.drafts, group_by=group_by,
                    star_cards=selection.star_cards or StarCards.FULL, origin=str(source),
                    require_every_pattern=False)


def narrowed(manifest: Manifest, selection: Selection) -> Manifest:
    """``manifest`` keeping only what ``selection`` also keeps (and its star cards, if it names them)."""
    def both(label: str, mine: frozenset, wanted: frozenset) -> frozenset:
        if not wanted or not mine:
            return wanted or mine
        if not mine & wanted:
            names = ", ".join(sorted(str(v) for v in mine))
            raise LeaderdeckError(f"{manifest.origin}: the deck holds only {label} {names}")
        return mine & wanted

    return replace(manifest, levels=both("levels", manifest.levels, selection.levels),
                   topics=both("topics", manifest.topics, selection.topics),
                   kinds=both("kinds", manifest.kinds, selection.kinds),
                   drafts=manifest.drafts or selection.drafts,
                   star_cards=selection.star_cards or manifest.star_cards)


def find_manifests(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def load_manifest(path: Path, taxonomy: Taxonomy) -> Manifest:
    decoder = Decoder(display_path(path))
    root, decoder.problems = read_yaml(path, decoder.display)
    mapping = decoder.mapping(root, "a deck manifest") if root is not None else None
    if mapping is None:
        raise SourceErrors([*decoder.problems, Problem(decoder.display, 1,
                                                       "a deck manifest needs 'name:' and 'sources:'")])
    values = _read(decoder, mapping, taxonomy)
    if decoder.problems:
        raise SourceErrors(decoder.problems)
    values.setdefault("sources", ())
    paths = {key: path.parent / values.pop(key) for key in ("css", "templates") if key in values}
    lines = {e.key: e.key_line for e in mapping.entries}
    style = load_style(paths.get("css"), paths.get("templates"), decoder.display, lines)
    broken = [problem for note_type in all_note_types(style) for problem in template_problems(note_type)]
    if broken:
        raise SourceErrors([Problem(decoder.display, lines.get("templates", 1), problem) for problem in broken])
    return Manifest(base=path.parent, output=path.with_suffix(".apkg"), origin=decoder.display, path=path,
                    style=style, identity=read_identity(find_root(path)), **values)


def _read(decoder: Decoder, mapping: Mapping, taxonomy: Taxonomy) -> dict:
    decoder.check_keys(mapping, MANIFEST_KEYS, "a deck manifest")
    values: dict = {}
    for key in ("name", "sources"):
        if mapping.get(key) is None and (key == "name" or mapping.get("starter") is None):
            decoder.error(mapping.line, f"deck manifest is missing required key '{key}'")
    for entry in mapping.entries:
        if entry.key in ("name", "description"):
            values[entry.key] = decoder.text(entry.value, entry.key) or ""
        elif entry.key in ("css", "templates"):
            values[entry.key] = decoder.text(entry.value, entry.key)
        elif entry.key == "starter":
            values["starter"] = decoder.boolean(entry.value, "starter")
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
