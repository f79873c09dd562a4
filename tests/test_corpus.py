"""The shipped corpus: big enough to study, every level and topic covered, lint-clean, and
its decks land in Anki with the card counts `leaderdeck stats` promises."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from click.testing import CliRunner

from conftest import ROOT, import_package
from leaderdeck.build import build_deck
from leaderdeck.cli import cli
from leaderdeck.lint import lint_notes, project_ignores
from leaderdeck.loader import find_sources, load_sources
from leaderdeck.manifest import find_manifests, load_manifest
from leaderdeck.model import Kind, Level


@pytest.fixture(scope="module")
def corpus(taxonomy):
    return load_sources(find_sources([ROOT / "source"]), taxonomy)


def test_corpus_size(corpus):
    kinds = Counter(n.kind for n in corpus if not n.draft)
    assert kinds[Kind.STAR] >= 30 and kinds[Kind.SCENARIO] >= 10 and kinds[Kind.QA] >= 80, kinds


def test_every_level_and_topic_cell_has_notes(corpus, taxonomy):
    cells = {(n.topic.name, n.level) for n in corpus if not n.draft}
    empty = [(t.name, level.value) for t in taxonomy.topics for level in Level if (t.name, level) not in cells]
    assert empty == []


def test_corpus_is_lint_clean(corpus):
    assert [str(f) for f in lint_notes(corpus, project_ignores(ROOT / "pyproject.toml"))] == []


def test_there_is_a_deck_per_career_track(taxonomy):
    levels = {frozenset(load_manifest(p, taxonomy).levels) for p in find_manifests(ROOT / "decks")}
    assert frozenset() in levels  # the full deck
    assert {frozenset({Level.SENIOR, Level.STAFF}), frozenset({Level.MANAGER, Level.DIRECTOR}),
            frozenset({Level.EXECUTIVE})} <= levels


def stats_cells(monkeypatch) -> dict[tuple[str, str], int]:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["stats"])
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


def test_full_deck_subdecks_match_stats(monkeypatch, tmp_path, collection, taxonomy):
    cells = stats_cells(monkeypatch)
    assert len(cells) >= 90
    manifest = load_manifest(ROOT / "decks" / "leadership.yaml", taxonomy)
    out = tmp_path / "full.apkg"
    build_deck(dataclasses.replace(manifest, output=out), taxonomy)
    import_package(collection, out)
    for (topic, level), count in cells.items():
        deck = collection.decks.id_for_name(f"{manifest.name}::{topic}::{level}")
        assert deck, (topic, level)
        # a STAR story may have a full-answer note and a drill note: count source notes by their Id
        notes = {collection.get_card(c).note()["Id"] for c in collection.decks.cids(deck, children=False)}
        assert len(notes) == count, (topic, level)
