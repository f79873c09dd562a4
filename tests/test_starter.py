"""The starter corpus shipped inside leaderdeck: big enough to study, every level and topic
covered, valid and lint-clean, and its decks land in Anki in the subdecks `stats` promises."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from click.testing import CliRunner

from conftest import CORPUS, ROOT, STARTER, import_package
from leaderdeck.build import build_deck
from leaderdeck.cli import cli
from leaderdeck.lint import lint_notes, project_ignores
from leaderdeck.loader import load_sources
from leaderdeck.manifest import find_manifests, load_manifest
from leaderdeck.model import Kind, Level
from leaderdeck.workspace import starter_files


@pytest.fixture(scope="module")
def starter(taxonomy):
    return load_sources(starter_files(), taxonomy)


def test_the_starter_ships_inside_the_package():
    assert STARTER.parent.name == "leaderdeck" and len(starter_files()) >= 20


def test_starter_size(starter):
    kinds = Counter(n.kind for n in starter if not n.draft)
    assert kinds[Kind.STAR] >= 30 and kinds[Kind.SCENARIO] >= 10 and kinds[Kind.QA] >= 80, kinds


def test_every_level_and_topic_cell_has_notes(starter, taxonomy):
    cells = {(n.topic.name, n.level) for n in starter if not n.draft}
    empty = [(t.name, level.value) for t in taxonomy.topics for level in Level if (t.name, level) not in cells]
    assert empty == []


def test_starter_is_lint_clean(starter):
    assert [str(f) for f in lint_notes(starter, project_ignores(ROOT / "pyproject.toml"))] == []


def test_there_is_a_deck_per_career_track(taxonomy):
    levels = {frozenset(load_manifest(p, taxonomy).levels) for p in find_manifests(CORPUS / "decks")}
    assert frozenset() in levels  # the full deck
    assert {frozenset({Level.SENIOR, Level.STAFF}), frozenset({Level.MANAGER, Level.DIRECTOR}),
            frozenset({Level.EXECUTIVE})} <= levels


def stats_cells() -> dict[tuple[str, str], int]:
    result = CliRunner().invoke(cli, ["stats", str(STARTER)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    levels = lines[0].split()[1:-1]
    cells = {}
    for line in lines[2:-1]:
        *topic, = line.split()
        counts = topic[-len(levels) - 1:-1]
        name = " ".join(topic[: -len(levels) - 1])
        for level, count in zip(levels, counts):
            if count != ".":
                cells[(name, level)] = int(count)
    return cells


def test_full_deck_subdecks_match_stats(tmp_path, collection, taxonomy):
    cells = stats_cells()
    assert len(cells) >= 90
    manifest = load_manifest(CORPUS / "decks" / "leadership.yaml", taxonomy)
    out = tmp_path / "full.apkg"
    build_deck(dataclasses.replace(manifest, output=out), taxonomy)
    import_package(collection, out)
    for (topic, level), count in cells.items():
        deck = collection.decks.id_for_name(f"{manifest.name}::{topic}::{level}")
        assert deck, (topic, level)
        # a STAR story may have a full-answer note and a drill note: count source notes by their Id
        notes = {collection.get_card(c).note()["Id"] for c in collection.decks.cids(deck, children=False)}
        assert len(notes) == count, (topic, level)
