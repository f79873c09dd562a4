"""``leaderdeck import``: files written all together or not at all, the report, dry runs and exit codes."""

from __future__ import annotations

import os
import shutil
import zipfile
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT
from leaderdeck.cli import cli
from leaderdeck.cli.common import FORMATS
from leaderdeck.errors import LeaderdeckError
from leaderdeck.importers import Format, import_files
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


def files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_import_writes_one_file_per_document_and_reports(project, taxonomy):
    result = run("docs/numbered-qa.txt", "docs/scenarios.md")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "docs/numbered-qa.txt (plain text): 7 qa notes (2 drafts); wrote source/numbered-qa.yaml"
    assert "  skipped line 9: 'Related' (not interview content)" in lines
    assert ("  check line 4: level manager for 7 notes, from the title line "  # the page is titled for managers
            "'Twelve Questions for New Engineering Managers'") in lines
    assert "docs/scenarios.md (Markdown): 3 scenario notes; wrote source/scenarios.yaml" in lines
    assert len(load_sources(sorted((project / "source").glob("*.yaml")), taxonomy)) == 10


def test_reimport_needs_force_and_then_gives_the_same_bytes(project):
    assert run("docs/star-notes.md").exit_code == 0
    written = (project / "source" / "star-notes.yaml").read_bytes()
    again = run("docs/star-notes.md")
    assert again.exit_code == 1
    assert again.output == "Error: source/star-notes.yaml already exists; pass --force to replace it\n"
    assert run("docs/star-notes.md", "--force").exit_code == 0
    assert (project / "source" / "star-notes.yaml").read_bytes() == written


def test_ids_in_use_are_found_in_flow_style_and_with_quoted_keys(project, taxonomy):
    (project / "source").mkdir()
    (project / "source" / "flow.yaml").write_text(
        "notes:\n  - {id: qa-run-first-month-new-team, kind: qa, level: staff, topic: Hiring, question: A?,"
        " answer: B.}\n", encoding="utf-8")
    (project / "source" / "quoted.yaml").write_text(
        '"id": "qa-handle-engineer-misses-commitments"\n"kind": qa\nlevel: staff\ntopic: Hiring\nquestion: C?\n'
        "answer: D.\n", encoding="utf-8")
    assert run("docs/numbered-qa.txt").exit_code == 0
    ids = {n.id for n in load_sources(sorted((project / "source").glob("*.yaml")), taxonomy)}
    assert {"qa-run-first-month-new-team-2", "qa-handle-engineer-misses-commitments-2"} <= ids


def test_a_broken_source_file_is_named_instead_of_guessing_its_ids(project):
    (project / "source").mkdir()
    (project / "source" / "bad.yaml").write_text("notes: [\n", encoding="utf-8")
    result = run("docs/numbered-qa.txt")
    assert result.exit_code == 1 and "cannot read the ids source/bad.yaml uses" in result.output


def test_level_topic_and_format_options(project, taxonomy):
    result = run("docs/star-notes.md", "--format", "numbered-qa", "--level", "director", "--topic", "Culture",
                 "--out", "elsewhere/bank.yaml")
    assert result.exit_code == 0, result.output
    notes = load_sources([project / "elsewhere" / "bank.yaml"], taxonomy)
    assert {(n.kind.value, n.level.value, n.topic.name) for n in notes} == {("qa", "director", "Culture")}
    text = (project / "elsewhere" / "bank.yaml").read_text(encoding="utf-8")
    assert "defaults:\n  level: director\n  topic: Culture\n" in text  # shared by every note: written once
    assert not (project / "source").exists()


def test_dry_run_prints_the_yaml_and_writes_nothing(project):
    result = run("docs/star-page.txt", "--dry-run")
    assert result.exit_code == 0
    assert result.output.startswith("docs/star-page.txt (plain text): 1 star note; would write source/star-page.yaml\n")
    assert "# --- source/star-page.yaml ---\n# Imported by `leaderdeck import`" in result.output
    assert "  - id: star-migrating-payments-database-without-downtime\n    kind: star\n" in result.output
    assert not (project / "source").exists()


def test_nothing_recognisable_exits_1(project):
    (project / "docs" / "list.txt").write_text("milk\neggs\n", encoding="utf-8")
    result = run("docs/list.txt")
    assert result.exit_code == 1
    assert result.output == ("docs/list.txt:1: nothing recognisable as a note (no question, story or scenario "
                             "found in: text under 'milk' at line 1); write the question as a heading or a 'Q:' "
                             "line above its answer\nError: 1 problem in 1 file\n")


def test_one_bad_document_means_nothing_is_written(project):
    (project / "docs" / "latin1.txt").write_bytes("Situation\ncaf\xe9\n".encode("latin-1"))
    result = run("docs/star-page.txt", "docs/latin1.txt")
    assert result.exit_code == 1
    assert "docs/latin1.txt:2: not valid UTF-8 (byte 0xe9)" in result.output and "Traceback" not in result.output
    assert not (project / "source").exists()


@pytest.mark.parametrize("name, text", [
    ("folds.md", "# Folded\n\n" + "<details><summary>Why?</summary>" * 2000 + "x" + "</details>" * 2000 + "\n"),
    ("boxes.html", "<html><body>" + "<div>" * 5000 + "<p>Why?</p>" + "</div>" * 5000 + "</body></html>\n"),
])
def test_a_document_nested_thousands_deep_is_refused_with_a_message(project, name, text):
    (project / "docs" / name).write_text(text, encoding="utf-8")
    result = run("docs/star-page.txt", f"docs/{name}")
    assert result.exit_code == 1 and not isinstance(result.exception, RecursionError)
    assert f"docs/{name}:1: nested too deeply to read" in result.output and "Traceback" not in result.output
    assert not (project / "source").exists()


def test_an_output_that_cannot_be_written_leaves_no_file_of_the_run(project):
    long_name = "n" * 240 + ".md"
    shutil.copy(project / "docs" / "star-notes.md", project / "docs" / long_name)
    result = run("docs/star-page.txt", f"docs/{long_name}")
    assert result.exit_code == 1 and "File name too long" in result.output
    assert files(project / "source") == []  # the first document's file was not left behind


def test_a_directory_where_the_output_goes_is_refused_before_anything_is_written(project):
    (project / "source" / "star-notes.yaml").mkdir(parents=True)
    result = run("docs/star-page.txt", "docs/star-notes.md", "--force")
    assert result.exit_code == 1
    assert result.output == "Error: cannot write source/star-notes.yaml: it is not a regular file\n"
    assert files(project / "source") == ["star-notes.yaml"]


@pytest.mark.parametrize(("setup", "out", "message"), [
    (lambda p: None, "docs/star-page.txt", "docs/star-page.txt: the file to write must end in .yaml or .yml"),
    (lambda p: (p / "x.yaml").write_bytes(b"\x00\x01 binary"), "x.yaml",
     "x.yaml exists and is not a YAML file; leaderdeck does not replace it (move it away or write somewhere else)"),
    (lambda p: os.mkfifo(p / "pipe.yaml"), "pipe.yaml", "cannot write pipe.yaml: it is not a regular file"),
])
def test_force_never_replaces_a_document_a_non_yaml_file_or_a_fifo(project, setup, out, message):
    setup(project)
    result = run("docs/star-page.txt", "--out", out, "--force")
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"


def test_force_never_replaces_an_input_document(project):
    shutil.copy(project / "docs" / "star-page.txt", project / "docs" / "page.yaml")
    before = (project / "docs" / "page.yaml").read_bytes()
    result = run("docs/page.yaml", "--format", "star-page", "--out", "docs/page.yaml", "--force")
    assert result.exit_code == 1
    assert result.output == "Error: cannot write docs/page.yaml: it is one of the files this run reads\n"
    assert (project / "docs" / "page.yaml").read_bytes() == before


def assert_interrupted_without_files(project, taxonomy, raised: type[BaseException]) -> None:
    """Import two documents, stopped by ``raised`` somewhere while writing: no file of the run is left."""
    with pytest.raises(raised):
        import_files([project / "docs" / "star-page.txt", project / "docs" / "scenarios.md"], taxonomy,
                     source_dir=project / "source")
    assert files(project / "source") == []


def test_ctrl_c_while_staging_leaves_no_file_of_the_run(project, taxonomy, monkeypatch):
    from leaderdeck import atomic

    staged = []
    real = atomic.stage

    def interrupted(path, data, durable=True):
        if staged:
            raise KeyboardInterrupt
        staged.append(real(path, data, durable))
        return staged[-1]

    monkeypatch.setattr(atomic, "stage", interrupted)
    assert_interrupted_without_files(project, taxonomy, KeyboardInterrupt)


def test_a_signal_right_after_a_file_is_staged_leaves_no_file_of_the_run(project, taxonomy, monkeypatch):
    from leaderdeck import atomic

    real = atomic.stage

    def terminated(path, data, durable=True):
        real(path, data, durable)  # the temporary file exists; the signal lands before the run records it
        raise SystemExit(143)

    monkeypatch.setattr(atomic, "stage", terminated)
    assert_interrupted_without_files(project, taxonomy, SystemExit)


def test_a_signal_after_staging_before_the_renames_leaves_no_file_of_the_run(project, taxonomy, monkeypatch):
    from leaderdeck import atomic

    def terminated(staged):
        assert len(staged) == 2 and all(item.temporary.exists() for item in staged)
        raise SystemExit(143)

    monkeypatch.setattr(atomic, "commit", terminated)
    assert_interrupted_without_files(project, taxonomy, SystemExit)


def test_termination_mid_run_leaves_all_the_files_or_none(project):
    docs = project / "many"
    docs.mkdir()
    body = "\n".join(f"{n}. How would you handle case {n}?\nCarefully, case {n}." for n in range(1, 1501))
    for number in range(8):
        (docs / f"bank-{number}.txt").write_text(body, encoding="utf-8")
    command = [sys.executable, "-m", "leaderdeck", "import", *sorted(str(p) for p in docs.iterdir())]
    started = time.monotonic()
    subprocess.run(command, cwd=project, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
                   stdout=subprocess.DEVNULL)
    whole = time.monotonic() - started
    for delay in (whole * 0.6, whole * 0.9):
        shutil.rmtree(project / "source", ignore_errors=True)
        process = subprocess.Popen(command, cwd=project, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
        written = files(project / "source")
        assert written in ([], [f"bank-{n}.yaml" for n in range(8)]), written


def test_notes_over_the_loader_s_limits_are_split_into_files_that_load(project, taxonomy):
    answer = "A considered answer that names a practice and a number, " * 5
    text = "\n".join(f"{n}. How would you handle case {n}?\n{answer}{n}." for n in range(1, 10_001))
    (project / "docs" / "big.txt").write_text(text, encoding="utf-8")
    result = run("docs/big.txt")
    assert result.exit_code == 0, result.output
    parts = files(project / "source")
    assert parts[0] == "big-2.yaml" and "big.yaml" in parts and len(parts) > 2
    notes = load_sources(sorted((project / "source").glob("*.yaml")), taxonomy)
    assert len(notes) == 10_000
    assert next(n for n in notes if n.body.question == "How would you handle case 10000?").body.answer.endswith(
        "10000.")


def test_out_takes_one_document(project):
    result = run("docs/star-page.txt", "docs/scenarios.md", "--out", "x.yaml")
    assert result.exit_code == 1 and "--out names one file" in result.output


def test_unknown_topic_and_bad_columns_are_usage_errors(project):
    assert run("docs/star-page.txt", "--topic", "Gardening").exit_code == 2
    result = run("docs/stories.csv", "--columns", "colour=Owner notes")
    assert result.exit_code == 2 and "'colour=Owner notes' is not FIELD=HEADER" in result.output


def test_columns_option_maps_a_spreadsheet(project, taxonomy):
    result = run("docs/stories.csv", "--columns", "tips=Owner notes")
    assert result.exit_code == 0, result.output
    (split, _) = load_sources([project / "source" / "stories.yaml"], taxonomy)
    assert split.coach.tips == ("from the 2023 review",)


def test_format_choices_match_the_library():
    assert FORMATS == tuple(f.value for f in Format)


def test_two_documents_for_one_output_file_is_an_error(project):
    shutil.copy(project / "docs" / "star-page.txt", project / "docs" / "star-page.md")
    result = run("docs/star-page.txt", "docs/star-page.md")
    assert result.exit_code == 1
    assert result.output == ("Error: docs/star-page.txt and docs/star-page.md would be written to the same file, "
                             "source/star-page.yaml; import one of them with --out FILE\n")


def test_library_errors_are_the_projects_own(project, taxonomy):
    (project / "docs" / "plain.txt").write_text("Shipping notes\nWe moved the release to Thursday.\n", encoding="utf-8")
    with pytest.raises(LeaderdeckError):  # read as a spreadsheet, it has no question column
        import_files([project / "docs" / "plain.txt"], taxonomy, out=project / "a.yaml",
                     source_dir=project / "source", fmt=Format.CSV)


@pytest.mark.parametrize("name, says", [("prep.docx", "save or download it as Markdown"),
                                        ("prep.xlsx", "export the sheet as CSV"),
                                        ("prep.pdf", "copy its text into a .txt or .md file"),
                                        ("prep.rtf", "save or download it as Markdown")])
def test_documents_that_are_not_text_say_what_to_save_them_as(project, name, says):
    path = project / "docs" / name
    if name.endswith(("x",)):  # Office files are zip archives
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("content.xml", "<document>Tell me about a time you led.</document>")
    elif name.endswith(".pdf"):
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n")
    else:
        path.write_text("{\\rtf1\\ansi Tell me about a time you led.}", encoding="ascii")
    result = run(f"docs/{name}")
    assert result.exit_code == 1
    assert f"docs/{name}:1: " in result.output and says in result.output
    assert not (project / "source").exists()


def test_the_summary_gives_each_kind_its_own_drafts(tmp_path):
    from leaderdeck.importers.pipeline import import_text
    from leaderdeck.taxonomy import load_taxonomy

    text = ("## The late migration\n\n**Situation:** The billing move slipped a month.\n\n"
            "**Action:** I split it into weekly steps.\n\n"
            "## How do you plan a quarter?\n\nI start from the goals and cut what does not serve them.\n\n"
            "## How do you hire?\n\n")
    report = import_text(text, load_taxonomy(), display="mixed.md", source="mixed.md")
    assert report.summary() == "mixed.md (Markdown): 1 star note (1 draft), 2 qa notes (1 draft)"
