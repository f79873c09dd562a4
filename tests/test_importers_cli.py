"""``leaderdeck import``: files written, the report, and exit codes."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from leaderdeck.cli import cli
from leaderdeck.importers import Format
from leaderdeck.loader import load_sources

IMPORT = FIXTURES / "import"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty working directory with copies of the import fixtures in docs/."""
    shutil.copytree(IMPORT, tmp_path / "docs")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(cli, ["import", *args])


def test_import_writes_one_file_per_document_and_reports(project, taxonomy):
    result = run("docs/numbered-qa.txt", "docs/scenarios.md")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == ("docs/numbered-qa.txt (numbered Q&A article): 7 qa notes (2 drafts); "
                        "wrote source/numbered-qa.yaml")
    assert "  skipped line 9: 'Related: A Guide to Difficult Conversations' (a link to another article)" in lines
    assert "  check line 4: no level stated for 7 notes; set to senior (pass --level)" in lines
    assert "docs/scenarios.md (scenario document): 3 scenario notes; wrote source/scenarios.yaml" in lines
    notes = load_sources(sorted((project / "source").glob("*.yaml")), taxonomy)
    assert len(notes) == 10


def test_reimport_needs_force_and_then_gives_the_same_bytes(project):
    assert run("docs/star-notes.md").exit_code == 0
    written = (project / "source" / "star-notes.yaml").read_bytes()
    again = run("docs/star-notes.md")
    assert again.exit_code == 1
    assert again.output == "Error: source/star-notes.yaml already exists; pass --force to replace it\n"
    assert run("docs/star-notes.md", "--force").exit_code == 0
    assert (project / "source" / "star-notes.yaml").read_bytes() == written


def test_ids_avoid_those_already_in_source(project, taxonomy):
    (project / "source").mkdir()
    (project / "source" / "mine.yaml").write_text(
        "notes:\n  - id: qa-run-first-month-new-team\n    kind: qa\n    level: staff\n    topic: Hiring\n"
        "    question: Mine?\n    answer: Yes indeed.\n", encoding="utf-8")
    assert run("docs/numbered-qa.txt").exit_code == 0
    notes = load_sources(sorted((project / "source").glob("*.yaml")), taxonomy)
    assert "qa-run-first-month-new-team-2" in {n.id for n in notes}


def test_level_topic_and_format_options(project, taxonomy):
    result = run("docs/star-notes.md", "--format", "numbered-qa", "--level", "director", "--topic", "Culture",
                 "--out", "elsewhere/bank.yaml")
    assert result.exit_code == 0, result.output
    notes = load_sources([project / "elsewhere" / "bank.yaml"], taxonomy)
    assert {(n.kind.value, n.level.value, n.topic.name) for n in notes} == {("qa", "director", "Culture")}
    assert not (project / "source").exists()


def test_dry_run_writes_nothing(project):
    result = run("docs/star-page.txt", "--dry-run")
    assert result.exit_code == 0
    assert result.output == ("docs/star-page.txt (STAR page): 1 star note; would write source/star-page.yaml\n")
    assert not (project / "source").exists()


def test_nothing_recognisable_exits_1_naming_the_formats(project):
    (project / "docs" / "list.txt").write_text("milk\neggs\n", encoding="utf-8")
    result = run("docs/list.txt")
    assert result.exit_code == 1
    assert result.output == ("docs/list.txt:1: nothing recognisable as a note; formats tried: STAR page, "
                             "scenario document, numbered Q&A article, Markdown STAR notes\n"
                             "Error: 1 problem in 1 file\n")


def test_one_bad_document_means_nothing_is_written(project):
    (project / "docs" / "latin1.txt").write_bytes("Situation\ncaf\xe9\n".encode("latin-1"))
    result = run("docs/star-page.txt", "docs/latin1.txt")
    assert result.exit_code == 1
    assert "docs/latin1.txt:2: not valid UTF-8 (byte 0xe9)" in result.output
    assert "Traceback" not in result.output
    assert not (project / "source").exists()


def test_out_takes_one_document(project):
    result = run("docs/star-page.txt", "docs/scenarios.md", "--out", "x.yaml")
    assert result.exit_code == 1
    assert "--out names one file" in result.output


def test_unknown_topic_is_a_usage_error(project):
    result = run("docs/star-page.txt", "--topic", "Gardening")
    assert result.exit_code == 2
    assert "unknown topic 'Gardening'" in result.output


def test_a_failed_write_leaves_the_old_file_and_no_temporary(project, monkeypatch):
    assert run("docs/star-page.txt").exit_code == 0
    before = (project / "source" / "star-page.yaml").read_bytes()

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    result = run("docs/star-page.txt", "--force", "--level", "executive")
    assert result.exit_code == 1
    assert result.output == "Error: cannot write source/star-page.yaml: No space left on device\n"
    assert (project / "source" / "star-page.yaml").read_bytes() == before
    assert [p.name for p in (project / "source").iterdir()] == ["star-page.yaml"]


def test_format_choices_match_the_library():
    option = next(p for p in cli.commands["import"].params if p.name == "fmt")
    assert tuple(option.type.choices) == tuple(f.value for f in Format)


def test_two_documents_for_one_output_file_is_an_error(project):
    shutil.copy(project / "docs" / "star-page.txt", project / "docs" / "star-page.md")
    result = run("docs/star-page.txt", "docs/star-page.md")
    assert result.exit_code == 1
    assert result.output == ("Error: docs/star-page.txt and docs/star-page.md would be written to the same file, "
                             "source/star-page.yaml; import one of them with --out FILE\n")
