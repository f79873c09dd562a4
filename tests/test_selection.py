"""Smaller builds and previews: a single source file, a selection of notes, the STAR cards to make."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, STARTER, import_package
from leaderdeck.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "source")
    shutil.copy(STARTER / "incident-commander.yaml", tmp_path / "source" / "incident-commander.yaml")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "prep.yaml").write_text(
        "name: Prep\nsources: [../source/*.yaml]\nfilters:\n  kinds: [star, qa]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_build_takes_a_single_source_file(project, collection):
    result = run("build", "--source", "source/incident-commander.yaml", "--out", "one.apkg")
    assert result.exit_code == 0, result.output
    assert result.output == "Built one.apkg: 1 note (1 new, 0 changed, 0 unchanged), 1 card in 1 subdeck\n"
    import_package(collection, project / "one.apkg")
    assert [collection.get_note(n)["Id"] for n in collection.find_notes("")] == ["star-peak-day-payments-incident-command"]


def test_build_makes_the_star_cards_asked_for(project, collection):
    result = run("build", "--source", "source/notes.yaml", "--out", "drill.apkg", "--kind", "star",
                 "--star-cards", "both")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Built drill.apkg: 4 notes (4 new, 0 changed, 0 unchanged), ")
    import_package(collection, project / "drill.apkg")
    types = sorted(collection.get_note(n).note_type()["name"] for n in collection.find_notes(""))
    assert types == ["leaderdeck STAR", "leaderdeck STAR", "leaderdeck STAR drill", "leaderdeck STAR drill"]
    assert len(collection.find_cards('"note:leaderdeck STAR drill"')) > 2


def test_selection_options_with_a_manifest_are_a_usage_error(project):
    result = run("build", "decks/prep.yaml", "--level", "director")
    assert result.exit_code == 2
    assert result.output.endswith("Error: --level, --topic, --kind, --drafts and --star-cards choose the notes of "
                                  "an ad hoc build (--source and --out); a manifest chooses its own\n")


def cards_of(page: str) -> list[str]:
    return re.findall(r'<h2><span class="pv-n">\d+</span> ([^<]+) <span class="pv-template">([^<]+)</span>', page)


def test_preview_of_a_file_with_a_selection(project):
    result = run("preview", "--source", "source/notes.yaml", "--kind", "star", "--level", "director",
                 "--star-cards", "drill")
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote build/preview/notes.html: 5 cards of 1 note\n"
    page = (project / "build" / "preview" / "notes.html").read_text(encoding="utf-8")
    assert [t for _, t in cards_of(page)] == ["Situation", "Task", "Action", "Result", "Learning"]
    assert {n for n, _ in cards_of(page)} == {"star-full/drill"}


def test_preview_of_a_folder_with_drafts(project):
    result = run("preview", "--source", "source", "--kind", "qa", "--drafts")
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote build/preview/source.html: 2 cards of 2 notes\n"


def test_preview_narrows_a_manifest(project):
    result = run("preview", "decks/prep.yaml", "--topic", "Crisis & Incidents")
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote build/preview/prep.html: 2 cards of 2 notes\n"
    page = (project / "build" / "preview" / "prep.html").read_text(encoding="utf-8")
    assert sorted(n for n, _ in cards_of(page)) == ["star-full", "star-peak-day-payments-incident-command"]


def test_preview_cannot_widen_a_manifest(project):
    result = run("preview", "decks/prep.yaml", "--kind", "scenario")
    assert result.exit_code == 1
    assert result.output == "Error: decks/prep.yaml: the deck holds only kinds qa, star\n"


def test_preview_takes_manifests_or_a_source(project):
    result = run("preview", "decks/prep.yaml", "--source", "source")
    assert result.exit_code == 2
    assert result.output.endswith("Error: preview either manifests or --source, not both\n")


def test_preview_suggests_a_topic(project):
    result = run("preview", "--source", "source", "--topic", "Reorgs")
    assert result.exit_code == 2
    assert "Invalid value for --topic: unknown topic 'Reorgs' (did you mean 'Org Design & Scaling'?)" in result.output
