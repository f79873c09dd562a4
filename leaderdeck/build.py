"""Manifest -> source files -> selected, rendered, stamped notes -> .apkg + lock.

Notes stream from each source file straight into the package, so memory holds
one file's notes at a time, and a warm rebuild takes unchanged files from the
on-disk cache instead of parsing and rendering them again.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .atomic import sweep_stale, together
from .cache import Cache
from .cards import card_count, cards_for
from .errors import LeaderdeckError, SourceErrors
from .filelock import exclusive
from .ledger import MAX_TIME, format_ledger, lock_path, read_ledger
from .loader import duplicate_ids, load_file
from .manifest import Manifest
from .outputs import check_outputs
from .model import Note
from .package import CardNote, PackageWriter
from .render import Renderer
from .sources import read_source_files
from .stamps import Changes, Stamper
from .taxonomy import Taxonomy
from .workspace import Identity, ensure_identity, find_root, read_identity, starter_files

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildResult:
    manifest: Manifest
    notes: int
    cards: int
    decks: tuple[str, ...]
    drafts_left_out: int
    changes: Changes = Changes()

    @property
    def output(self) -> Path:
        return self.manifest.output


def build_time() -> int:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds): always a time Anki can
    store, whatever the clock says; a ``SOURCE_DATE_EPOCH`` outside that range is an error."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return min(max(int(time.time()), 1), MAX_TIME)
    if not epoch.isdigit() or not 0 < int(epoch) <= MAX_TIME:
        raise LeaderdeckError(f"SOURCE_DATE_EPOCH={epoch[:30]!r} is not a time leaderdeck can stamp notes with: "
                              f"give seconds since 1970 from 1 to {MAX_TIME}, or unset it")
    return int(epoch)


def keeps(note: Note, manifest: Manifest, drafts: bool | None = None) -> bool:
    """Whether the manifest's filters keep ``note``."""
    return ((manifest.drafts if drafts is None else drafts) or not note.draft) \
        and (not manifest.levels or note.level in manifest.levels) \
        and (not manifest.topics or note.topic.name in manifest.topics) \
        and (not manifest.kinds or note.kind in manifest.kinds)


def select_notes(notes: Iterable[Note], manifest: Manifest) -> list[Note]:
    """The notes a manifest's filters keep, in source order."""
    return [n for n in notes if keeps(n, manifest)]


def deck_cards(manifest: Manifest, taxonomy: Taxonomy, cache: Cache | None = None,
               progress: Progress | None = None, tally: DeckTally | None = None) -> Iterator[CardNote]:
    """Every Anki note of a manifest's deck, file by file, in source order.

    Problems in the sources, or filters that keep nothing, are raised once every
    file has been read, after the last note: a consumer that writes as it goes
    must discard its output on error.
    """
    for _, card in deck_notes(manifest, taxonomy, cache, progress, tally):
        yield card


def deck_notes(manifest: Manifest, taxonomy: Taxonomy, cache: Cache | None = None,
               progress: Progress | None = None, tally: DeckTally | None = None) -> Iterator[tuple[Note, CardNote]]:
    """:func:`deck_cards`, each with the typed note it was made from."""
    tally = tally if tally is not None else DeckTally()
    files = manifest.source_files()
    for done, source in enumerate(read_source_files(files, taxonomy, cache), start=1):
        tally.problems.extend(source.problems)
        starter = manifest.is_starter(source.path)
        for note, fields, tags in zip(source.notes, source.fields, source.tags):
            tally.count(note, manifest)
            if keeps(note, manifest) and not tally.problems:
                for card in cards_for(note, fields, manifest, starter, tags):
                    tally.add(card)
                    yield note, card
        if progress:
            progress(done, len(files))
    tally.check(manifest)


def build_deck(manifest: Manifest, taxonomy: Taxonomy, *, accept_moves: bool = False,
               allow_schema_change: bool = False, accept_removals: bool = False, cache: Cache | None = None,
               progress: Progress | None = None, on_wait: Callable[[str], None] | None = None) -> BuildResult:
    """Build one deck and its lock file; nothing is written on error.

    The package and the lock change together or not at all. Builds writing into the same
    folder run one at a time (``on_wait`` hears when one has to wait for another).
    """
    lock = lock_path(manifest.output)
    check_outputs(manifest, taxonomy)
    manifest = with_identity(manifest, taxonomy)
    with exclusive(manifest.output.parent, on_wait):
        sweep_stale(manifest.output)
        sweep_stale(lock)
        previous = read_ledger(lock)
        stamper = Stamper(previous, build_time(), accept_moves=accept_moves,
                          allow_schema_change=allow_schema_change, accept_removals=accept_removals)
        tally = DeckTally()
        with together() as batch:
            with PackageWriter(manifest.output, Renderer().block(manifest.description)) as writer:
                for card in deck_cards(manifest, taxonomy, cache, progress, tally):
                    writer.add(stamper.stamp(card))
                batch.add(manifest.output, lambda: writer.finish(stamper.type_mods))
            ledger = stamper.ledger()
            if ledger != previous or not lock.exists():
                batch.stage(lock, format_ledger(ledger).encode("utf-8"))
    return BuildResult(manifest, tally.notes, tally.cards, tuple(sorted(tally.decks)), tally.drafts,
                       stamper.changes())


def with_identity(manifest: Manifest, taxonomy: Taxonomy) -> Manifest:
    """``manifest`` with its workspace's identity, made (leaderdeck.toml) on the first build of
    a manifest. An ad hoc build uses the identity of the workspace its sources are in, and
    outside any workspace the original GUIDs; it writes nothing next to the sources."""
    if manifest.identity is not None:
        return manifest
    if manifest.path is None:
        return dataclasses.replace(manifest, identity=read_identity(find_root(manifest.base)) or Identity())
    root = find_root(manifest.path)
    locks = sorted((root / "decks").glob("*.lock")) + [lock_path(manifest.output)]
    starter_ids = {note.id for path in starter_files() for note in load_file(path, taxonomy)[0]}
    return dataclasses.replace(manifest, identity=ensure_identity(root, locks, starter_ids))


class DeckTally:
    """What a build has seen: problems, ids, and counts for the summary."""

    def __init__(self, count_cards: bool = True) -> None:
        self.problems: list = []
        self.ids: list = []
        self.loaded = self.notes = self.cards = self.drafts = 0
        self.decks: set[str] = set()
        self.count_cards = count_cards  # what Anki would make of each note: for a build's summary

    def count(self, note: Note, manifest: Manifest) -> None:
        self.loaded += 1
        self.ids.append((note.id, note.origin))
        self.drafts += note.draft and not manifest.drafts and keeps(note, manifest, drafts=True)

    def add(self, card: CardNote) -> None:
        self.notes += 1
        self.cards += card_count([card]) if self.count_cards else 0
        self.decks.add(card.deck)

    def check(self, manifest: Manifest) -> None:
        problems = self.problems + duplicate_ids(self.ids)
        if problems:
            raise SourceErrors(problems)
        if not self.notes:
            raise LeaderdeckError(f"{manifest.origin}: the filters select no notes from {self.loaded} loaded")
