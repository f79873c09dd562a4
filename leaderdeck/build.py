"""Manifest -> notes -> grouped, rendered cards -> stamped with the ledger -> .apkg + lock."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .cards import card_count, card_notes
from .errors import LeaderdeckError
from .ledger import lock_path, read_ledger, write_ledger
from .loader import load_sources
from .manifest import Manifest
from .model import Note
from .package import write_package
from .render import Renderer
from .stamps import Changes, stamp
from .taxonomy import Taxonomy


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

    @property
    def lock(self) -> Path:
        return lock_path(self.manifest.output)


def build_time() -> int:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(epoch) if epoch.isdigit() else int(time.time())


def select_notes(notes: Iterable[Note], manifest: Manifest) -> list[Note]:
    """The notes a manifest's filters keep, in source order."""
    return [
        n for n in notes
        if (manifest.drafts or not n.draft)
        and (not manifest.levels or n.level in manifest.levels)
        and (not manifest.topics or n.topic.name in manifest.topics)
        and (not manifest.kinds or n.kind in manifest.kinds)
    ]


def _with_drafts(manifest: Manifest) -> Manifest:
    return dataclasses.replace(manifest, drafts=True)


def build_deck(manifest: Manifest, taxonomy: Taxonomy, *, accept_moves: bool = False,
               allow_schema_change: bool = False) -> BuildResult:
    """Load, select, render and write one deck and its lock file.

    Nothing is written on error; the package, then the lock, are each replaced atomically.
    """
    notes = load_sources(manifest.source_files(), taxonomy)
    selected = select_notes(notes, manifest)
    if not selected:
        raise LeaderdeckError(f"{manifest.origin}: the filters select no notes from {len(notes)} loaded")
    cards = card_notes(selected, manifest)
    lock = lock_path(manifest.output)
    previous = read_ledger(lock)
    stamped = stamp(cards, previous, build_time(), accept_moves=accept_moves,
                    allow_schema_change=allow_schema_change)
    write_package(stamped.notes, stamped.type_mods, Renderer().block(manifest.description), manifest.output)
    if stamped.ledger != previous or not lock.exists():
        write_ledger(stamped.ledger, lock)
    return BuildResult(
        manifest=manifest,
        notes=len(cards),
        cards=card_count(cards),
        decks=tuple(sorted({c.deck for c in cards})),
        drafts_left_out=0 if manifest.drafts else sum(1 for n in select_notes(notes, _with_drafts(manifest)) if n.draft),
        changes=stamped.changes,
    )
