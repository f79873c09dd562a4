"""`leaderdeck new`: a draft note with every field, appended without touching the file's own text."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import import_package
from leaderdeck.cli import cli
from leaderdeck.loader import load_sources

STAR = ["new", "star", "Tell me about a reorg you led", "--level", "Director of Engineering"]


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_new_file_gets_a_notes_list_and_a_draft_that_validates(project, taxonomy):
    result = run(*STAR)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Added draft star note 'star-reorg-led' at source/notes.yaml:2",
        "  topic: Org Design & Scaling (from the question's keywords; change it if it is wrong)",
        "  Fill in each field, then delete its 'draft: true' line to put it in your decks.",
    ]
    text = (project / "source" / "notes.yaml").read_text(encoding="utf-8")
    assert text.startswith("notes:\n  - id: star-reorg-led\n    kind: star\n    draft: true")
    for part in ("situation", "task", "action", "result", "learning"):
        assert f"      # {part.capitalize()}: " in text and f"\n      {part}:\n" in text
    assert run("validate").output == "OK: 1 note in 1 file\n"
    assert run("list").output == ("star-reorg-led\tstar\tdirector\tOrg Design & Scaling\t"
                                  "Tell me about a reorg you led [draft]\n")
    [note] = load_sources([project / "source" / "notes.yaml"], taxonomy)
    assert note.draft and note.body.situation == "" and note.competencies == ()


@pytest.mark.parametrize("kind", ["star", "qa", "scenario"])
def test_every_kind_validates_and_lints_clean(project, kind):
    result = run("new", kind, "How do you handle a vendor outage?", "--level", "staff")
    assert result.exit_code == 0, result.output
    assert run("validate").exit_code == 0
    assert run("lint").output == "OK: 1 note, nothing to report\n"
    text = (project / "source" / "notes.yaml").read_text(encoding="utf-8")
    title = "title" if kind == "scenario" else "question"
    assert f"    {title}: How do you handle a vendor outage?\n" in text


EXISTING = (
    "\ufeff# my stories\r\n"
    "defaults:\r\n"
    "  level: manager   # odd   spacing kept\r\n"
    "  topic: Hiring\r\n"
    "notes:\r\n"
    "- id: qa-existing\r\n"
    "  kind: qa\r\n"
    "  question: Why?\r\n"
    "  answer: Because.\r\n"
    "# trailing comment, no newline at the end"
)


def test_appending_keeps_the_files_text_byte_for_byte(project):
    path = project / "source" / "mine.yaml"
    path.parent.mkdir()
    path.write_bytes(EXISTING.encode("utf-8"))
    result = run("new", "qa", "How do you run a hiring debrief?", "--file", "source/mine.yaml")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Added draft qa note 'qa-run-hiring-debrief' at source/mine.yaml:11"
    data = path.read_bytes()
    assert data.startswith(EXISTING.encode("utf-8") + b"\r\n- id: qa-run-hiring-debrief\r\n  kind: qa\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # the file's line endings throughout
    assert b"level:" not in data[len(EXISTING):] and b"topic:" not in data[len(EXISTING):]  # from defaults
    assert run("list", "source").output.splitlines() == [
        "qa-existing\tqa\tmanager\tHiring\tWhy?",
        "qa-run-hiring-debrief\tqa\tmanager\tHiring\tHow do you run a hiring debrief? [draft]",
    ]


def test_the_id_is_unique_across_the_sources(project):
    (project / "source").mkdir()
    (project / "source" / "other.yaml").write_text("id: star-reorg-led\nkind: star\n", encoding="utf-8")
    assert run(*STAR).output.startswith("Added draft star note 'star-reorg-led-2' at source/notes.yaml:2\n")
    assert run(*STAR).output.startswith("Added draft star note 'star-reorg-led-3' at source/notes.yaml:")


@pytest.mark.parametrize(("content", "args", "message", "code"), [
    ("", ["new", "star", "Tell me about a reorg you led"], "Error: source/notes.yaml sets no default level; "
     "give one with --level", 1),
    ("", ["new", "star", "What keeps you up at night?", "--level", "staff"],
     "Error: 'What keeps you up at night?' names no topic keyword; give one with --topic", 1),
    ("", ["new", "star", "   ", "--level", "staff"],
     "Error: the question is empty; write it in quotes: leaderdeck new star \"Tell me about ...\"", 1),
    ("", ["new", "star", "Q?", "--level", "astronaut"], "Error: Invalid value for --level: unknown level "
     "'astronaut' (a band: senior, staff, manager, director, executive, or a title of the taxonomy)", 2),
    ("", ["new", "star", "Q?", "--level", "staff", "--topic", "Reorgs"], "Error: Invalid value for --topic: "
     "unknown topic 'Reorgs' (did you mean 'Org Design & Scaling'?); allowed: ", 2),
    ("id: qa-one\nkind: qa\n", STAR, "Error: source/notes.yaml holds a single note, not a 'notes:' list; add to "
     "another file with --file", 1),
    ("notes: []\n", STAR, "Error: source/notes.yaml: 'notes' is written in flow style ([...]); write it as a "
     "list of '- ' items to add to it", 1),
    ("notes:\n  - id: qa-one\ndefaults:\n  level: staff\n", STAR, "Error: source/notes.yaml: 'notes:' must be the "
     "last key of the file to add a note after it", 1),
    ("notes:\n  - id: [\n", STAR, "source/notes.yaml:3: YAML syntax error: ", 1),
])
def test_refusals_change_nothing(project, content, args, message, code):
    path = project / "source" / "notes.yaml"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    result = run(*args)
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output
    assert path.read_text(encoding="utf-8") == content


def test_a_draft_skeleton_builds_into_anki_when_drafts_are_included(project, collection):
    run(*STAR)
    run("new", "qa", "What is an error budget for?", "--level", "staff", "--topic", "Quality & Reliability")
    result = run("build", "--source", "source", "--out", "prep.apkg", "--drafts")
    assert result.exit_code == 0, result.output
    log = import_package(collection, project / "prep.apkg")
    assert len(log.new) == 2
    questions = sorted(collection.get_note(n)["Question"] for n in collection.find_notes("tag:leaderdeck::draft"))
    assert questions == ["Tell me about a reorg you led", "What is an error budget for?"]


def test_a_linked_file_stays_a_link(project):
    (project / "source").mkdir()
    target = project / "source" / "real.yaml"
    target.write_text("notes:\n", encoding="utf-8")
    (project / "source" / "link.yaml").symlink_to(target)
    result = run(*STAR, "--file", "source/link.yaml")
    assert result.exit_code == 0, result.output
    assert (project / "source" / "link.yaml").is_symlink()
    assert "- id: star-reorg-led" in target.read_text(encoding="utf-8")


def test_a_folder_or_device_is_refused(project):
    (project / "source" / "notes.yaml").mkdir(parents=True)
    result = run(*STAR)
    assert result.exit_code == 2 and "is a directory" in result.output
    result = run(*STAR, "--file", "/dev/null")
    assert (result.exit_code, result.output) == (1, "Error: /dev/null is not a regular file\n")
