"""leaderdeck pull: edits made in Anki come back into YAML, and only they (real Anki)."""

from __future__ import annotations

import difflib
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import import_package
from leaderdeck.ankilib import open_collection
from leaderdeck.cli import cli
from leaderdeck.ledger import read_ledger
from test_rebuild import by_id, history, review_every_card

COMMENTED = """\
# My prep notes: comments, quoting and key order must survive a pull.
defaults:
  competencies: [Ownership]   # pushed into every note
  tags: [fixture]
notes:
  - id: star-lean   # the debt story
    kind: star
    level: senior
    topic: Technical Debt
    question: "Tell me about paying down debt in a system you owned."
    star:
      situation: A billing module had no tests and changed weekly.
      task: 'I owned its reliability.'
      action: |
        - I added characterisation tests first.
        - Then I split the module in three.
      # the number matters here
      result: Defects in billing fell from 9 to 2 a quarter.
  - id: qa-error-budget
    kind: qa
    level: staff
    topic: Quality & Reliability
    question: What is an error budget for?
    answer: |
      It turns a reliability target into a **shared allowance** for risk.

      Spend it on purpose.
"""


@pytest.fixture
def project(tmp_path, taxonomy):
    from test_rebuild import Project

    project = Project(tmp_path / "project", taxonomy)
    project.source.write_text(COMMENTED, encoding="utf-8")
    return project


@pytest.fixture
def col_path(project):
    """A collection file (closed) that holds the built deck, every card reviewed once."""
    from anki.collection import Collection

    path = project.root / "Anki2" / "User 1" / "collection.anki2"
    path.parent.mkdir(parents=True)
    col = Collection(str(path))
    project.build()
    import_package(col, project.apkg)
    review_every_card(col)
    col.close()
    return path


def edit_in_anki(path, note_id: str, **fields) -> None:
    with open_collection(path) as col:
        raw = col._col
        note = raw.get_note(raw.find_notes(f'"Id:{note_id}"')[0])
        for name, value in fields.items():
            if name == "tags":
                note.tags = value
            else:
                note[name.replace("_", " ")] = value
        raw.update_note(note)


def diff(before: str, after: str) -> list[str]:
    """The changed lines, as git diff shows them (without context)."""
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def run(project, *args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_pull_from_the_collection_writes_exactly_the_edit(project, col_path, monkeypatch):
    edit_in_anki(col_path, "star-lean", Result="Defects in billing fell from 9 to <b>1</b> a quarter.")
    before = project.source.read_text(encoding="utf-8")
    monkeypatch.chdir(project.root)
    result = run(project, "pull", str(col_path))
    assert result.exit_code == 0, result.output
    assert "decks/mini.yaml: pulled 1 field of 1 note from Anki into source/notes.yaml" in result.output
    assert "  star-lean: Result" in result.output
    assert diff(before, project.source.read_text(encoding="utf-8")) == [
        "-      result: Defects in billing fell from 9 to 2 a quarter.",
        "+      result: Defects in billing fell from 9 to **1** a quarter.",
    ]
    again = run(project, "pull", str(col_path))
    assert "no edits in Anki to pull (2 notes compared)" in again.output
    build = project.build()
    assert build.changes.changed == ("star-lean",)  # <b> in a paragraph: Anki gets our normal form once


@pytest.mark.parametrize("kind", ["apkg", "colpkg"])
def test_pull_from_an_export_made_by_anki(project, col_path, tmp_path, monkeypatch, kind):
    edit_in_anki(col_path, "qa-error-budget", Cheat_Code="Spend it <i>on purpose</i>", tags=["fixture", "phone"])
    export = tmp_path / f"phone.{kind}"
    with open_collection(col_path) as col:
        col.export_package(export) if kind == "apkg" else col.export_collection(export)
    before = project.source.read_text(encoding="utf-8")
    monkeypatch.chdir(project.root)
    result = run(project, "pull", str(export))
    assert result.exit_code == 0, result.output
    assert "  qa-error-budget: Cheat Code, tags" in result.output
    assert diff(before, project.source.read_text(encoding="utf-8")) == [
        "+    coach:",
        "+      cheat_code: Spend it *on purpose*",
        "+    tags: [phone]",
    ]
    assert project.data["notes"][1]["coach"] == {"cheat_code": "Spend it *on purpose*"}


def test_history_and_schedule_untouched_by_pull_and_the_rebuild_after_it(project, col_path, monkeypatch):
    edit_in_anki(col_path, "star-lean", Task="I owned its reliability, alone.")
    with open_collection(col_path) as col:
        before = history(col._col)
    monkeypatch.chdir(project.root)
    assert run(project, "pull", str(col_path)).exit_code == 0
    project.build()
    with open_collection(col_path) as col:
        import_package(col._col, project.apkg)
        after = history(col._col)
        assert by_id(col._col)["star-lean"]["Task"] == "<p>I owned its reliability, alone.</p>"
    assert after["revlog"] == before["revlog"]
    assert {g: n[0] for g, n in after["notes"].items()} == {g: n[0] for g, n in before["notes"].items()}


def test_same_field_edited_on_both_sides_is_a_conflict_and_neither_side_is_overwritten(
        project, col_path, monkeypatch):
    edit_in_anki(col_path, "star-lean", Result="Anki: defects fell to 1.")
    project.source.write_text(COMMENTED.replace("from 9 to 2 a quarter", "from 9 to 3 a quarter"), encoding="utf-8")
    monkeypatch.chdir(project.root)
    yaml_before = project.source.read_text(encoding="utf-8")
    result = run(project, "pull", str(col_path))
    assert result.exit_code == 1
    assert "conflict: star-lean (source/notes.yaml:18), Result:" in result.output
    assert "  YAML: Defects in billing fell from 9 to 3 a quarter." in result.output
    assert "  Anki: Anki: defects fell to 1." in result.output
    assert "1 conflict left: neither side was changed" in result.output
    assert project.source.read_text(encoding="utf-8") == yaml_before

    built = run(project, "build")
    assert built.exit_code == 0, built.output
    assert "1 note changed in YAML and in Anki" in built.output and "  star-lean: Result" in built.output
    with open_collection(col_path) as col:
        import_package(col._col, project.apkg)
        assert by_id(col._col)["star-lean"]["Result"] == "Anki: defects fell to 1."

    synced = run(project, "sync", "--collection", str(col_path))
    assert synced.exit_code == 1 and "conflict: star-lean" in synced.output
    with open_collection(col_path) as col:
        assert by_id(col._col)["star-lean"]["Result"] == "Anki: defects fell to 1."
    assert project.source.read_text(encoding="utf-8") == yaml_before


@pytest.mark.parametrize("prefer", ["anki", "yaml"])
def test_prefer_resolves_a_conflict(project, col_path, monkeypatch, prefer):
    edit_in_anki(col_path, "star-lean", Result="Anki: defects fell to 1.")
    project.source.write_text(COMMENTED.replace("from 9 to 2 a quarter", "from 9 to 3 a quarter"), encoding="utf-8")
    monkeypatch.chdir(project.root)
    result = run(project, "pull", str(col_path), "--prefer", prefer)
    assert result.exit_code == 0, result.output
    expected = "Anki: defects fell to 1." if prefer == "anki" else "Defects in billing fell from 9 to 3 a quarter."
    assert project.data["notes"][0]["star"]["result"] == expected
    built = project.build()
    assert not built.changes.held
    with open_collection(col_path) as col:
        import_package(col._col, project.apkg)
        assert by_id(col._col)["star-lean"]["Result"] in (expected, f"<p>{expected}</p>")


def test_a_build_not_yet_imported_is_not_mistaken_for_an_edit_in_anki(project, col_path, monkeypatch):
    """Anki holds an older version leaderdeck wrote: nothing to pull, and no YAML edit undone."""
    edit_in_anki(col_path, "qa-error-budget", Question="What is an error budget, really?")
    project.source.write_text(COMMENTED.replace("I owned its reliability.", "I alone owned its reliability."),
                              encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "2000000000")
    project.build()  # never imported
    monkeypatch.chdir(project.root)
    result = run(project, "pull", str(col_path))
    assert result.exit_code == 0, result.output
    data = project.data
    assert data["notes"][0]["star"]["task"] == "I alone owned its reliability."
    assert data["notes"][1]["question"] == "What is an error budget, really?"
    assert "  qa-error-budget: Question" in result.output and "star-lean" not in result.output


def test_a_lock_without_field_history_reports_instead_of_guessing(project, col_path, monkeypatch):
    lock = project.root / "decks" / "mini.lock"
    lines = [line for line in lock.read_text(encoding="utf-8").splitlines(keepends=True)]
    old = "".join(_without_history(line) for line in lines)
    lock.write_text(old, encoding="utf-8")
    assert not read_ledger(lock).notes["star-lean"].fields
    edit_in_anki(col_path, "star-lean", Result="Anki: defects fell to 1.")
    before = project.source.read_text(encoding="utf-8")
    monkeypatch.chdir(project.root)
    result = run(project, "pull", str(col_path))
    assert result.exit_code == 1
    assert "the lock file has no history of this note" in result.output
    assert project.source.read_text(encoding="utf-8") == before


def _without_history(line: str) -> str:
    return "\t".join(p for p in line.rstrip("\n").split("\t") if not p.startswith(("fields=", "seen="))) + "\n" \
        if line.startswith("note\t") else line


def test_derived_fields_and_broken_lists_are_reported_not_pulled(project, col_path, monkeypatch):
    edit_in_anki(col_path, "star-lean", Level="Staff", Situation="A billing module with <i>no</i> tests.")
    before = project.source.read_text(encoding="utf-8")
    monkeypatch.chdir(project.root)
    result = run(project, "pull", str(col_path))
    assert result.exit_code == 1
    assert "conflict: star-lean (source/notes.yaml:8), Level:" in result.output
    assert "(Level is made from other keys of the note; change those in the YAML)" in result.output
    assert diff(before, project.source.read_text(encoding="utf-8")) == [
        "-      situation: A billing module had no tests and changed weekly.",
        "+      situation: A billing module with *no* tests.",
    ]


def test_pull_of_an_open_collection_is_refused(project, col_path, monkeypatch):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom anki.collection import Collection\n"
         f"c = Collection({str(col_path)!r})\nprint('open', flush=True)\nsys.stdin.readline()\nc.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        monkeypatch.chdir(project.root)
        result = run(project, "pull", str(col_path))
    finally:
        holder.communicate("\n", timeout=60)
    assert result.exit_code == 1
    assert "is open in Anki (or being synced): close Anki first" in result.output
    assert "Traceback" not in result.output


def test_pull_of_something_that_is_not_anki(project, monkeypatch, tmp_path):
    monkeypatch.chdir(project.root)
    project.build()
    junk = tmp_path / "junk.apkg"
    junk.write_bytes(b"not a zip")
    assert run(project, "pull", str(junk)).output.endswith("is not an Anki package (a .apkg holding a collection)\n")
    text = tmp_path / "notes.anki2"
    text.write_text("hello", encoding="utf-8")
    result = run(project, "pull", str(text))
    assert result.exit_code == 1 and "is not an Anki collection Anki can open" in result.output


@pytest.mark.parametrize("hostile", ["<div>" * 3000 + "deep", "[" * 30000, "<script>alert(1)</script>"])
def test_hostile_text_from_anki_is_reported_or_made_safe_never_a_traceback(project, col_path, monkeypatch, hostile):
    edit_in_anki(col_path, "qa-error-budget", Answer=hostile)
    before = project.source.read_text(encoding="utf-8")
    monkeypatch.chdir(project.root)
    result = CliRunner().invoke(cli, ["pull", str(col_path)])
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    after = project.source.read_text(encoding="utf-8")
    if result.exit_code == 1:
        assert "conflict: qa-error-budget" in result.output and after == before
    else:
        assert "<script>" not in after and diff(before, after)[0].startswith("-    answer:")
