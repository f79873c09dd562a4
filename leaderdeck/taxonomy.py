"""Levels, their aliases and the topic list, read from an editable YAML file."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
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
    # normalised once and found by a text's words: aliases (owners: indices of ``aliases``), and each topic's
    # keywords and its name and slug (owners: indices of ``topics``)
    _alias_phrases: _Phrases = field(init=False, compare=False, repr=False)
    _keyword_phrases: _Phrases = field(init=False, compare=False, repr=False)
    _name_phrases: _Phrases = field(init=False, compare=False, repr=False)
    # the band each normalised label names exactly: a band's own name, else the first alias spelt so
    _exact: dict[str, Level] = field(init=False, compare=False, repr=False)
    # the longest word of each alias, found anywhere in a folded text (see :meth:`may_name_level`)
    _alias_words: re.Pattern[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_alias_phrases", _Phrases.of((alias, i) for i, (alias, _) in enumerate(self.aliases)))
        object.__setattr__(self, "_keyword_phrases", _Phrases.of((keyword, i) for i, topic in enumerate(self.topics)
                                                                 for keyword in topic.keywords))
        object.__setattr__(self, "_name_phrases", _Phrases.of((name, i) for i, topic in enumerate(self.topics)
                                                              for name in (topic.name, topic.slug)))
        exact: dict[str, Level] = {}
        for alias, level in self.aliases:
            exact.setdefault(_normalise(alias), level)
        object.__setattr__(self, "_exact", exact | {level.value: level for level in Level})
        aliases = self._alias_phrases.owners
        object.__setattr__(self, "_alias_words", _longest_words(phrase.split() for phrase in aliases))

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
        return self._exact.get(_normalise(label))

    def resolve_level(self, label: str) -> Level | None:
        """The band a label names; the highest when it names several."""
        return max(self.levels_named(label), key=lambda level: level.rank, default=None)

    def levels_named(self, label: str) -> frozenset[Level]:
        """Every band a label names ("EM/Director/VP" names three): whose aliases occur whole in it."""
        phrases = self._alias_phrases
        return frozenset(self.aliases[i][1] for alias in phrases.found(_normalise(label))
                         for i in phrases.owners[alias])

    def may_name_level(self, label: str) -> bool:
        """Whether ``label`` may name a band (:meth:`levels_named`): it holds, folded, the longest word of an alias,
        whole or inside a word. A quick "no": one that does not hold one names no band, nor does any text made of
        its characters with some of them dropped or blanked."""
        return self._alias_words.search(label.casefold()) is not None

    def classify(self, text: str) -> Topic | None:
        """The topic whose keywords occur most often in ``text``."""
        return self._most_mentioned(text, self._keyword_phrases)

    def named(self, text: str) -> Topic | None:
        """The topic whose name or slug occurs most often in ``text``."""
        return self._most_mentioned(text, self._name_phrases)

    def topics_named(self, *texts: str) -> list[Topic]:
        """The topics whose name, slug or a keyword occurs whole in one of ``texts`` (ignoring case and
        punctuation), in the taxonomy's order."""
        found = {i for text in set(texts) for phrases in (self._name_phrases, self._keyword_phrases)
                 for phrase in phrases.found(_normalise(text)) for i in phrases.owners[phrase]}
        return [topic for i, topic in enumerate(self.topics) if i in found]

    def _most_mentioned(self, text: str, phrases: _Phrases) -> Topic | None:
        """The topic whose phrases occur most often in ``text`` (each whole, counted without overlap), the first
        listed of those tied; ``None`` when none occurs."""
        normalised = _normalise(text)
        words = f" {normalised} "
        scores = [0] * len(self.topics)
        for phrase in phrases.found(normalised):
            count = words.count(f" {phrase} ")
            for i in phrases.owners[phrase]:
                scores[i] += count
        best = max(scores, default=0)
        return self.topics[scores.index(best)] if best > 0 else None


@dataclass(frozen=True, slots=True)
class _Phrases:
    """Phrases normalised as :func:`_normalise` reads a label, each with the indices of what it stands for (one per
    time it is listed), found in a text by the text's words rather than by a scan of every phrase."""

    owners: dict[str, tuple[int, ...]]
    prefixes: frozenset[str]  # each phrase's leading words, the phrase among them: "code", "code health"

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, int]]) -> _Phrases:
        """The phrases of ``(text, owner)`` pairs, each text normalised."""
        owners: dict[str, list[int]] = {}
        for text, owner in phrases:
            owners.setdefault(_normalise(text), []).append(owner)
        words = [phrase.split() for phrase in owners]
        prefixes = frozenset(" ".join(split[:end]) for split in words for end in range(1, len(split) + 1))
        return cls({phrase: tuple(found) for phrase, found in owners.items()}, prefixes)

    def found(self, normalised: str) -> set[str]:
        """The phrases that occur whole in ``normalised`` (a text as :func:`_normalise` gives it): their words in a
        row, that is where the phrase padded with spaces occurs in the text padded so (an empty phrase, only in an
        empty text)."""
        words = normalised.split()
        if not words:
            return {""} & self.owners.keys()
        found = set()
        for start in range(len(words)):
            phrase, end = words[start], start + 1
            while phrase in self.prefixes:
                if phrase in self.owners:
                    found.add(phrase)
                if end == len(words):
                    break
                phrase, end = f"{phrase} {words[end]}", end + 1
        return found


def default_taxonomy_path() -> Path:
    return Path(__file__).with_name("taxonomy.yaml")  # the package is a folder (as importlib.resources finds it)


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


def _longest_words(phrases: Iterable[list[str]]) -> re.Pattern[str]:
    """A pattern finding the longest word of any of ``phrases`` (words of normalised text), also inside a word; one
    finding every text when a phrase has no word (an alias of punctuation alone names the band of an empty text)."""
    longest = [max(words, key=len) if words else "" for words in phrases]
    return lazy_re("" if "" in longest else by_first_letter(set(longest)))


def by_first_letter(words: Iterable[str]) -> str:
    """A pattern finding any of ``words`` (non-empty), its alternatives grouped by their first character
    (``e(?:ngineer|xecutive|m)|s(?:enior|taff)``): it finds the same texts as the words tried in turn, and a
    search tries one group at each place instead of every word (half the time for the aliases' 39 words)."""
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0], set()).add(word[1:])
    return "|".join(re.escape(first) + (f"(?:{'|'.join(map(re.escape, sorted(rests, key=lambda w: (-len(w), w))))})"
                                        if rests != {""} else "") for first, rests in sorted(groups.items()))


_MARKS = lazy_re(r"[\u0300-\u036f]+")  # the accents NFKD splits off a letter ("ó" -> "o" + U+0301)


@lru_cache(maxsize=8192)
def _normalise(text: str) -> str:
    folded = text.casefold()
    if not folded.isascii():  # an accented letter stays in its word: "negócio" is no "neg cio" with a "CIO" in it
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())

