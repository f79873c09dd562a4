"""Manifest -> notes -> grouped, rendered cards -> .apkg."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .cards import card_notes
from .errors import LeaderdeckError
from .loader import load_sources
from .manifest import Manifest
from .model import Note
from .package import write_package
from .render import Renderer
from .taxonomy import Taxonomy


@dataclass(frozen=True, slots=True)
class BuildResult:
    manifest: Manifest
    notes: int
    cards: int
    decks: tuple[str, ...]
    drafts_left_out: int

    @property
    def output(self) -> Path:
        return self.manifest.output


def select_notes(notes: Iterable[Note], manifest: Manifest) -> list[Note]:
    """The notes a manifest's filters keep, in source order."""
    return [
        n for n in notes
        if (manifest.drafts or not n.draft)
        and (not manifest.levels or n.level in manifest.levels)
        and (not manifest.topics or n.topic.name in manifest.topics)
        and (not manifest.kinds or n.kind in manifest.kinds)
    ]


def build_deck(manifest: Manifest, taxonomy: Taxonomy) -> BuildResult:
    """Load, select, render and write one deck; nothing is written on error."""
    notes = load_sources(manifest.source_files(), taxonomy)
    selected = select_notes(notes, manifest)
    if not selected:
        raise LeaderdeckError(f"{manifest.origin}: the filters select no notes from {len(notes)} loaded")
    cards = card_notes(selected, manifest)
    write_package(cards, Renderer().block(manifest.description), manifest.output)
    drafts = sum(1 for n in notes if n.draft and n not in selected)
    return BuildResult(
        manifest=manifest,
        notes=len(cards),
        cards=sum(len(c.note_type.templates) for c in cards),
        decks=tuple(sorted({c.deck for c in cards})),
        drafts_left_out=drafts,
    )
