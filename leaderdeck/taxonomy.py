"""Levels, their aliases and the topic list, read from an editable YAML file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .decode import Decoder
from .errors import SourceErrors, display_path
from .model import Level, Topic
from .topicguess import guess_topic
from .yamlnodes import Mapping, Sequence, read_yaml
from .lazyre import lazy_re

_SLUG = lazy_re(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Taxonomy:
    aliases: tuple[tuple[str, Level], ...]  # (label as the taxonomy writes it, band)
    topics: tuple[Topic, ...]
    path: Path | None = field(default=None, compare=False, repr=False)  # the file it was read from
    # normalised once, each padded with spaces to match whole words: aliases, and each topic's keywords and names
    _alias_words: tuple[tuple[str, Level], ...] = field(init=False, default=(), compare=False, repr=False)
    _keyword_words: tuple[tuple[str, ...], ...] = field(init=False, default=(), compare=False, repr=False)
    _name_words: tuple[tuple[str, ...], ...] = field(init=False, default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_alias_words", tuple((_padded(alias), level) for alias, level in self.aliases))
        object.__setattr__(self, "_keyword_words", tuple(tuple(map(_padded, t.keywords)) for t in self.topics))
        object.__setattr__(self, "_name_words", tuple((_padded(t.name), _padded(t.slug)) for t in self.topics))

    def topic(self, name: str) -> Topic | None:
        return next((t for t in self.topics if t.name == name), None)

    def topic_hint(self, name: str) -> str:
        """Text to add to an 'unknown topic' message: the topic ``name`` probably means."""
        guess = self.guess_topic(name)
        return f" (did you mean '{guess.name}'?)" if guess else ""

    def guess_topic(self, text: str) -> Topic | None:
        """The topic a misspelt name, a slug or a keyword ('Reorgs') points at, if any."""
        return guess_topic(text, self.topics)

    def level(self, label: str) -> Level | None:
        """The band ``label`` names exactly: a band or one alias, ignoring case and punctuation."""
        wanted = _normalise(label)
        bands = {level.value: level for level in Level}
        return bands.get(wanted) or next((lv for alias, lv in self.aliases if _normalise(alias) == wanted), None)

    def resolve_level(self, label: str) -> Level | None:
        """The band a label names; the highest when it names several."""
        return max(self.levels_named(label), key=lambda level: level.rank, default=None)

    def levels_named(self, label: str) -> frozenset[Level]:
        """Every band a label names ("EM/Director/VP" names three)."""
        words = _padded(label)
        return frozenset(level for alias, level in self._alias_words if alias in words)

    def classify(self, text: str) -> Topic | None:
        """The topic whose keywords occur most often in ``text``."""
        return self._most_mentioned(text, self._keyword_words)

    def named(self, text: str) -> Topic | None:
        """The topic whose name or slug occurs most often in ``text``."""
        return self._most_mentioned(text, self._name_words)

    def _most_mentioned(self, text: str, words_of_topics: tuple[tuple[str, ...], ...]) -> Topic | None:
        words = _padded(text)
        scores = [(sum(words.count(w) for w in topic_words), -i, t)
                  for i, (t, topic_words) in enumerate(zip(self.topics, words_of_topics))]
        best = max(scores, key=lambda s: s[:2], default=None)
        return best[2] if best and best[0] > 0 else None


def default_taxonomy_path() -> Path:
    return Path(str(resources.files("leaderdeck") / "taxonomy.yaml"))


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    path = path or default_taxonomy_path()
    decoder = Decoder(display_path(path))
    root, decoder.problems = read_yaml(path, decoder.display)
    mapping = decoder.mapping(root, "the taxonomy") if root is not None else None
    if mapping is None:
        decoder.error(1, "the taxonomy needs 'levels:' and 'topics:'")
        raise SourceErrors(decoder.problems)
    decoder.check_keys(mapping, ["levels", "topics"], "the taxonomy")
    aliases = _read_levels(decoder, mapping)
    topics = _read_topics(decoder, mapping)
    if decoder.problems:
        raise SourceErrors(decoder.problems)
    return Taxonomy(aliases, topics, path)


def _entries(decoder: Decoder, mapping: Mapping, key: str) -> tuple[Mapping, ...]:
    entry = mapping.get(key)
    if entry is None:
        decoder.error(mapping.line, f"the taxonomy is missing '{key}:'")
        return ()
    if not isinstance(entry.value, Sequence):
        decoder.error(entry.key_line, f"'{key}' must be a list")
        return ()
    items = (decoder.mapping(v, f"each of '{key}'") for v in entry.value.items)
    return tuple(i for i in items if i is not None)


def _read_levels(decoder: Decoder, mapping: Mapping) -> tuple[tuple[str, Level], ...]:
    aliases: list[tuple[str, Level]] = []
    for item in _entries(decoder, mapping, "levels"):
        decoder.check_keys(item, ["band", "aliases"], "a level")
        band_entry = item.get("band")
        band = decoder.text(band_entry.value, "band") if band_entry else None
        if band not in {level.value for level in Level}:
            allowed = ", ".join(level.value for level in Level)
            decoder.error(item.line, f"level band must be one of: {allowed}")
            continue
        alias_entry = item.get("aliases")
        names = decoder.text_list(alias_entry.value, "aliases") if alias_entry else ()
        aliases.extend((name, Level(band)) for name in names or ())
    return tuple(aliases)


def _read_topics(decoder: Decoder, mapping: Mapping) -> tuple[Topic, ...]:
    topics: list[Topic] = []
    for item in _entries(decoder, mapping, "topics"):
        decoder.check_keys(item, ["name", "slug", "keywords"], "a topic")
        values = {e.key: e.value for e in item.entries}
        name = decoder.text(values["name"], "name") if "name" in values else None
        slug = decoder.text(values["slug"], "slug") if "slug" in values else None
        keywords = decoder.text_list(values["keywords"], "keywords") if "keywords" in values else ()
        if not name or not slug or not _SLUG.match(slug):
            decoder.error(item.line, "a topic needs a 'name' and a 'slug' of the form lower-case-words")
            continue
        if any(t.name == name or t.slug == slug for t in topics):
            decoder.error(item.line, f"topic '{name}' ({slug}) is listed twice")
            continue
        topics.append(Topic(name, slug, tuple(keywords or ())))
    return tuple(topics)


@lru_cache(maxsize=8192)
def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split())


def _padded(text: str) -> str:
    return f" {_normalise(text)} "
