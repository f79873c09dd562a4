"""Edit, rebuild, re-import: exactly the edits land and review history stays (real Anki)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import FIXTURES, import_package
from leaderdeck.build import build_deck
from leaderdeck.cli import cli
from leaderdeck.ledger import read_ledger
from leaderdeck.manifest import load_manifest
from leaderdeck.notices import anki_search
from leaderdeck.stamps import MOVED_TAG, NoteTypeChanged


class Project:
    """A tmp project: source/notes.yaml (from the mini fixture) and decks/mini.yaml."""

    def __init__(self, root: Path, taxonomy) -> None:
        self.root = root
        self.taxonomy = taxonomy
        (root / "source").mkdir(parents=True)
        (root / "decks").mkdir()
        shutil.copy(FIXTURES / "mini" / "notes.yaml", root / "source" / "notes.yaml")
        self.manifest = root / "decks" / "mini.yaml"
        self.manifest.write_text("name: Mini Prep\nsources: [../source/*.yaml]\n", encoding="utf-8")

    @property
    def data(self) -> dict:
        return yaml.safe_load((self.root / "source" / "notes.yaml").read_text(encoding="utf-8"))

    def save(self, data: dict) -> None:
        (self.root / "source" / "notes.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    def note(self, data: dict, note_id: str) -> dict:
        return next(n for n in data["notes"] if n["id"] == note_id)

    def build(self, **options):
        return build_deck(load_manifest(self.manifest, self.taxonomy), self.taxonomy, **options)

    @property
    def apkg(self) -> Path:
        return self.root / "decks" / "mini.apkg"


@pytest.fixture
def project(tmp_path, taxonomy) -> Project:
    return Project(tmp_path / "project", taxonomy)


def review_every_card(col) -> None:
    from anki.scheduler_pb2 import CardAnswer

    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        card.start_timer()
        states = col._backend.get_scheduling_states(card_id)
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))


def history(col) -> dict:
    """Per note guid: note id and, per card, id, deck, due, interval, queue; plus the review log."""
    notes = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        notes[note.guid] = (note.id, sorted((c.id, c.did, c.due, c.ivl, c.queue) for c in note.cards()))
    return {"notes": notes, "revlog": col.db.all("select * from revlog order by id")}


def by_id(col) -> dict:
    return {n["Id"]: n for n in (col.get_note(i) for i in col.find_notes(""))}


def test_edit_two_add_one_keeps_history(project, collection):
    project.build()
    import_package(collection, project.apkg)
    review_every_card(collection)
    before = history(collection)
    assert len(before["revlog"]) == 4

    data = project.data
    project.note(data, "qa-error-budget")["answer"] = "It lets the team spend unreliability on purpose."
    project.note(data, "star-lean")["star"]["result"] = "Billing defects fell from 9 to 1 a quarter."
    data["notes"].append({"id": "qa-new-one", "kind": "qa", "level": "staff", "topic": "Hiring",
                          "question": "What makes a good work sample?", "answer": "One that mirrors the job."})
    project.save(data)
    result = project.build()
    assert result.changes.changed == ("qa-error-budget", "star-lean")
    assert result.changes.new == ("qa-new-one",)

    log = import_package(collection, project.apkg)
    assert (len(log.new), len(log.updated), len(log.duplicate), len(log.conflicting)) == (1, 2, 2, 0)
    notes = by_id(collection)
    assert "spend unreliability on purpose" in notes["qa-error-budget"]["Answer"]
    assert "fell from 9 to 1" in notes["star-lean"]["Result"]
    after = history(collection)
    assert after["revlog"] == before["revlog"]
    for guid, record in before["notes"].items():
        assert after["notes"][guid] == record
    assert collection.note_count() == 5


def test_rebuild_without_changes_updates_nothing(project, collection):
    project.build()
    import_package(collection, project.apkg)
    result = project.build()
    assert result.changes.unchanged and not result.changes.changed and not result.changes.new
    log = import_package(collection, project.apkg)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 0, 4)


def test_edit_made_on_the_phone_survives_an_unrelated_rebuild(project, collection, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    project.build()
    import_package(collection, project.apkg)
    phone = by_id(collection)["qa-error-budget"]
    phone["Answer"] = "My own wording, typed on the train."
    collection.update_note(phone)

    data = project.data
    project.note(data, "star-lean")["question"] = "Tell me how you paid down debt."
    project.save(data)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000500")
    project.build()
    log = import_package(collection, project.apkg)
    assert len(log.updated) == 1
    assert by_id(collection)["qa-error-budget"]["Answer"] == "My own wording, typed on the train."
    assert by_id(collection)["star-lean"]["Question"] == "Tell me how you paid down debt."


def rows(apkg: Path, table: str) -> set[tuple]:
    with zipfile.ZipFile(apkg) as archive:
        data = archive.read("collection.anki2")
    scratch = apkg.with_suffix(".anki2")
    scratch.write_bytes(data)
    connection = sqlite3.connect(scratch)
    try:
        return set(connection.execute(f"select * from {table}"))
    finally:
        connection.close()
        scratch.unlink()


def test_builds_are_byte_identical_and_one_edit_changes_one_row(project, tmp_path):
    project.build()
    first = project.apkg.read_bytes()
    project.build()
    assert project.apkg.read_bytes() == first
    with zipfile.ZipFile(project.apkg) as archive:
        assert [i.filename for i in archive.infolist()] == ["collection.anki2", "media"]
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in archive.infolist())
    old = tmp_path / "old.apkg"
    old.write_bytes(first)

    data = project.data
    project.note(data, "scenario-vendor")["title"] = "The payments provider failed again"
    project.save(data)
    project.build()
    old_notes, new_notes = rows(old, "notes"), rows(project.apkg, "notes")
    assert len(old_notes - new_notes) == 1 and len(new_notes - old_notes) == 1
    (changed,) = new_notes - old_notes
    assert "The payments provider failed again" in changed[6]
    assert len(rows(old, "cards") ^ rows(project.apkg, "cards")) == 2  # that note's one card, old and new
    assert sorted(p.name for p in project.apkg.parent.iterdir()) == ["mini.apkg", "mini.lock", "mini.yaml"]


def test_lock_file_is_sorted_and_readable(project):
    project.build()
    text = (project.root / "decks" / "mini.lock").read_text(encoding="utf-8")
    note_lines = [line for line in text.splitlines() if line.startswith("note\t")]
    assert [line.split("\t")[1] for line in note_lines] == sorted(["star-full", "star-lean", "scenario-vendor",
                                                                   "qa-error-budget"])
    ledger = read_ledger(project.root / "decks" / "mini.lock")
    assert set(ledger.notes) == {"star-full", "star-lean", "scenario-vendor", "qa-error-budget"}
    assert {t.name for t in ledger.types.values()} == {"leaderdeck STAR", "leaderdeck Scenario", "leaderdeck Q&A"}


def test_note_type_change_is_refused_with_advice(project, monkeypatch):
    project.build()
    lock = project.root / "decks" / "mini.lock"
    lock.write_text(lock.read_text(encoding="utf-8").replace("templates=Full answer", "templates=Full answer|Drill"),
                    encoding="utf-8")
    before = project.apkg.read_bytes()
    with pytest.raises(NoteTypeChanged) as caught:
        project.build()
    message = str(caught.value)
    assert "note type 'leaderdeck STAR' changed since the last build:" in message
    assert "card templates removed: Drill" in message
    assert "--allow-schema-change" in message and "'Merge note types'" in message
    assert project.apkg.read_bytes() == before

    monkeypatch.chdir(project.root)
    refused = CliRunner().invoke(cli, ["build", "decks/mini.yaml"])
    assert refused.exit_code == 1 and "card templates removed: Drill" in refused.output
    allowed = CliRunner().invoke(cli, ["build", "decks/mini.yaml", "--allow-schema-change"])
    assert allowed.exit_code == 0, allowed.output
    assert "'Update notes' set to 'Always'" in allowed.output
    assert "\ttemplates=Full answer\t" in lock.read_text(encoding="utf-8")


def test_removed_and_moved_notes_are_reported_and_findable(project, collection, monkeypatch):
    project.build()
    import_package(collection, project.apkg)
    data = project.data
    data["notes"] = [n for n in data["notes"] if n["id"] != "star-lean"]
    project.note(data, "qa-error-budget")["topic"] = "Delivery & Prioritization"
    project.save(data)
    monkeypatch.chdir(project.root)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert '1 note left the deck' in result.output
    assert 'search  "Id:star-lean"  then Notes > Delete' in result.output
    assert f"tagged {MOVED_TAG}" in result.output
    assert 'Change Deck to "Mini Prep::Delivery & Prioritization::Staff"' in result.output

    import_package(collection, project.apkg)
    assert collection.find_notes(anki_search(["star-lean"])) == [by_id(collection)["star-lean"].id]
    moved = by_id(collection)["qa-error-budget"]
    assert collection.find_notes(f"tag:{MOVED_TAG}") == [moved.id]
    assert "leaderdeck::topic::delivery" in moved.tags
    card = moved.cards()[0]
    assert collection.decks.name(card.did) == "Mini Prep::Quality & Reliability::Staff"

    target = collection.decks.id("Mini Prep::Delivery & Prioritization::Staff")
    collection.set_deck([card.id], target)
    again = CliRunner().invoke(cli, ["build"])
    assert f"tagged {MOVED_TAG}" in again.output  # still waiting for --accept-moves
    accepted = CliRunner().invoke(cli, ["build", "--accept-moves"])
    assert "changed topic or level" not in accepted.output
    import_package(collection, project.apkg)
    assert collection.find_notes(f"tag:{MOVED_TAG}") == []
    assert read_ledger(project.root / "decks" / "mini.lock").notes["qa-error-budget"].home == ""


def test_check_command_reports_what_anki_does(project, monkeypatch):
    project.build()
    old = project.root / "old.apkg"
    shutil.copy(project.apkg, old)
    data = project.data
    project.note(data, "star-full")["question"] = "Walk me through an outage you commanded."
    project.save(data)
    project.build()
    monkeypatch.chdir(project.root)
    first = CliRunner().invoke(cli, ["check", "decks/mini.apkg"])
    assert first.exit_code == 0, first.output
    assert "4 new, 0 updated, 0 unchanged, 0 skipped as conflicting" in first.output
    second = CliRunner().invoke(cli, ["check", "decks/mini.apkg", "--on-top-of", "old.apkg"])
    assert "0 new, 1 updated, 3 unchanged, 0 skipped as conflicting" in second.output


def test_check_flags_conflicting_note_types(project, tmp_path, monkeypatch):
    project.build()
    old = tmp_path / "old.apkg"
    shutil.copy(project.apkg, old)
    from leaderdeck import notetypes

    original = notetypes.note_type

    def renamed_field(kind):
        real = original(kind)
        return dataclasses.replace(real, fields=(*real.fields[:-1], "Note Id"))

    monkeypatch.setattr("leaderdeck.cards.note_type", renamed_field)
    monkeypatch.setattr("leaderdeck.cardfields.note_type", renamed_field)
    project.build(allow_schema_change=True)
    result = CliRunner().invoke(cli, ["check", str(project.apkg), "--on-top-of", str(old)])
    assert result.exit_code == 1
    assert "4 skipped as conflicting" in result.output


def test_check_reports_template_errors_but_not_braces_in_text(project, tmp_path, monkeypatch):
    data = project.data
    project.note(data, "qa-error-budget")["question"] = "What is an error budget for {{your team}}?"
    project.save(data)
    project.build()
    monkeypatch.chdir(project.root)
    clean = CliRunner().invoke(cli, ["check", "decks/mini.apkg"])
    assert clean.exit_code == 0, clean.output

    broken = tmp_path / "broken.apkg"
    with zipfile.ZipFile(project.apkg) as archive:
        database = tmp_path / "collection.anki2"
        database.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(database)
    models = json.loads(connection.execute("select models from col").fetchone()[0])
    qa = next(m for m in models.values() if m["name"] == "leaderdeck Q&A")
    qa["tmpls"][0]["qfmt"] += "{{Nope}}"
    connection.execute("update col set models = ?", (json.dumps(models),))
    connection.commit()
    connection.close()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.write(database, "collection.anki2")
        archive.writestr("media", "{}")
    result = CliRunner().invoke(cli, ["check", str(broken)])
    assert result.exit_code == 1
    assert ("render error: qa-error-budget card 1: Front template has a problem: "
            "Found '{{Nope}}', but there is no field called 'Nope'") in result.output
    assert "Traceback" not in result.output
