"""leaderdeck sync: straight into a desktop collection with Anki's own library (real Anki)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from conftest import import_package
from leaderdeck.ankilib import open_collection
from leaderdeck.cli import cli
from leaderdeck.ledger import read_ledger
from leaderdeck.sync import REMOVED_TAG
from test_rebuild import Project, by_id, history, review_every_card


@pytest.fixture
def project(tmp_path, taxonomy, monkeypatch):
    project = Project(tmp_path / "project", taxonomy)
    monkeypatch.chdir(project.root)
    return project


@pytest.fixture
def col_path(project):
    """An empty collection that says it was synced with AnkiWeb after its last schema change."""
    from anki.collection import Collection

    path = project.root / "Anki2" / "User 1" / "collection.anki2"
    path.parent.mkdir(parents=True)
    col = Collection(str(path))
    col.db.execute("update col set ls = scm + 1")
    col.close()
    return path


def sync(col_path, *args):
    result = CliRunner().invoke(cli, ["sync", "--collection", str(col_path), *args], catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def raw(col_path):
    """The anki Collection of an open leaderdeck collection, for the test's own checks."""
    return col_path._col


def test_first_sync_adds_every_note_after_a_backup(project, col_path):
    result = sync(col_path)
    assert result.exit_code == 0, result.output
    assert f"Synced decks/mini.yaml into {col_path}: 4 new, 0 updated, 0 moved, 0 suspended, 0 deleted" \
        in result.output
    backups = sorted((col_path.parent / "backups").glob("backup-*.colpkg"))
    assert len(backups) == 1 and f"Backup by Anki: {backups[0]}" in result.output
    with open_collection(col_path) as col:
        notes = by_id(raw(col))
        assert set(notes) == {"star-full", "star-lean", "scenario-vendor", "qa-error-budget"}
        assert raw(col).decks.name(notes["scenario-vendor"].cards()[0].did) == "Mini Prep::Vendors & Partners::Executive"
        assert not col.schema_changed()
    assert read_ledger(project.root / "decks" / "mini.lock").notes["star-full"].seen is not None


def test_second_sync_without_changes_writes_nothing(project, col_path):
    assert sync(col_path).exit_code == 0
    with open_collection(col_path) as col:
        mod = col.mod
    lock = (project.root / "decks" / "mini.lock").read_bytes()
    backups = sorted((col_path.parent / "backups").iterdir())
    result = sync(col_path)
    assert result.exit_code == 0, result.output
    assert result.output == f"decks/mini.yaml: nothing to sync; {col_path} was not touched\n"
    with open_collection(col_path) as col:
        assert col.mod == mod and not col.schema_changed()
    assert (project.root / "decks" / "mini.lock").read_bytes() == lock
    assert sorted((col_path.parent / "backups").iterdir()) == backups


def test_a_sync_that_writes_nothing_leaves_no_backup_behind(project, col_path):
    """The backup begins as the collection opens; a run with nothing to write removes it again."""
    assert sync(col_path).exit_code == 0
    backups = col_path.parent / "backups"
    for backup in backups.iterdir():
        backup.unlink()
    backups.rmdir()
    result = sync(col_path)
    assert result.exit_code == 0, result.output
    assert "nothing to sync" in result.output and "Backup by Anki" not in result.output
    assert not backups.exists()


def test_no_write_without_a_finished_backup(project, col_path):
    """Anki cannot write its backup (the backups folder is a file): the sync stops before writing."""
    (col_path.parent / "backups").write_text("not a folder")
    before = col_path.read_bytes()
    result = sync(col_path)
    assert result.exit_code == 1
    assert f"Error: Anki could not back up {col_path}:" in result.output
    assert "nothing was written" in result.output
    assert col_path.read_bytes() == before
    assert not (project.root / "decks" / "mini.lock").exists()
    assert (col_path.parent / "backups").read_text() == "not a folder"


def test_new_changed_moved_and_removed_notes(project, col_path):
    assert sync(col_path).exit_code == 0
    with open_collection(col_path) as col:
        review_every_card(raw(col))
        before = history(raw(col))
    data = project.data
    data["notes"] = [n for n in data["notes"] if n["id"] != "star-lean"]
    project.note(data, "qa-error-budget")["answer"] = "It makes risk a shared, spendable allowance."
    project.note(data, "scenario-vendor")["topic"] = "Hiring"
    data["notes"].append({"id": "qa-new", "kind": "qa", "level": "staff", "topic": "Hiring",
                          "question": "What makes a good work sample?", "answer": "One that mirrors the job."})
    project.save(data)

    dry = sync(col_path, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "Would sync decks/mini.yaml" in dry.output and "1 new, 2 updated, 1 moved, 1 suspended" in dry.output
    assert "  move: scenario-vendor: Mini Prep::Vendors & Partners::Executive -> Mini Prep::Hiring::Executive" \
        in dry.output
    with open_collection(col_path) as col:
        assert history(raw(col)) == before

    result = sync(col_path)
    assert result.exit_code == 0, result.output
    assert "1 new, 2 updated, 1 moved, 1 suspended, 0 deleted" in result.output
    assert f"  suspend and tag {REMOVED_TAG}: star-lean" in result.output
    with open_collection(col_path) as col:
        after = history(raw(col))
        notes = by_id(raw(col))
        assert notes["qa-error-budget"]["Answer"] == "<p>It makes risk a shared, spendable allowance.</p>"
        moved = notes["scenario-vendor"].cards()[0]
        assert raw(col).decks.name(moved.did) == "Mini Prep::Hiring::Executive"
        assert "leaderdeck::topic::hiring" in notes["scenario-vendor"].tags
        removed = notes["star-lean"]
        assert REMOVED_TAG in removed.tags and all(c.queue == -1 for c in removed.cards())
        assert "qa-new" in notes
        assert not col.schema_changed()
    assert after["revlog"] == before["revlog"]
    for guid, (nid, cards) in before["notes"].items():
        assert after["notes"][guid][0] == nid
        for (cid, did, due, ivl, queue), (cid2, did2, due2, ivl2, queue2) in zip(cards, after["notes"][guid][1]):
            assert (cid, due, ivl) == (cid2, due2, ivl2)  # history and due dates kept, whatever the deck

    pruned = sync(col_path, "--prune")
    assert pruned.exit_code == 0, pruned.output
    assert "  delete: star-lean" in pruned.output
    with open_collection(col_path) as col:
        assert "star-lean" not in by_id(raw(col))
    assert "star-lean" not in read_ledger(project.root / "decks" / "mini.lock").notes


def test_sync_and_build_plus_import_can_be_mixed(project, col_path):
    assert sync(col_path).exit_code == 0
    built = project.build()
    assert built.changes.unchanged and not built.changes.changed and not built.changes.new
    with open_collection(col_path) as col:
        mod = col.mod
        log = import_package(raw(col), project.apkg)
        assert (len(log.new), len(log.updated)) == (0, 0)
    data = project.data
    project.note(data, "star-full")["question"] = "Walk me through an outage you commanded."
    project.save(data)
    assert project.build().changes.changed == ("star-full",)
    with open_collection(col_path) as col:
        import_package(raw(col), project.apkg)
        assert col.mod > mod
    again = sync(col_path)
    assert again.output.startswith("decks/mini.yaml: nothing to sync")


def next_second() -> None:
    """Anki's note times are seconds: a person's edit comes at least a second after a sync."""
    time.sleep(1 - time.time() % 1 + 0.01)


def test_an_edit_made_in_anki_is_pulled_not_overwritten(project, col_path):
    assert sync(col_path).exit_code == 0
    next_second()
    with open_collection(col_path) as col:
        note = by_id(raw(col))["star-lean"]
        note["Result"] = "Defects fell from 9 to 1 a quarter."
        raw(col).update_note(note)
    data = project.data
    project.note(data, "star-lean")["question"] = "How did you pay down debt?"
    project.save(data)
    result = sync(col_path)
    assert result.exit_code == 0, result.output
    assert "  pull: star-lean: Result" in result.output
    assert project.note(project.data, "star-lean")["star"]["result"] == "Defects fell from 9 to 1 a quarter."
    with open_collection(col_path) as col:
        note = by_id(raw(col))["star-lean"]
        assert note["Question"] == "How did you pay down debt?"
        assert "from 9 to 1" in note["Result"]


def test_a_note_deleted_in_anki_is_not_added_again(project, col_path):
    assert sync(col_path).exit_code == 0
    with open_collection(col_path) as col:
        raw(col).remove_notes([by_id(raw(col))["qa-error-budget"].id])
    result = sync(col_path)
    assert result.exit_code == 0, result.output
    assert "not added again, deleted in Anki: qa-error-budget" in result.output
    with open_collection(col_path) as col:
        assert "qa-error-budget" not in by_id(raw(col))
    back = sync(col_path, "--prefer", "yaml")
    assert "  add: qa-error-budget" in back.output


def test_a_locked_collection_is_refused_and_untouched(project, col_path):
    before = col_path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom anki.collection import Collection\n"
         f"c = Collection({str(col_path)!r})\nprint('open', flush=True)\nsys.stdin.readline()\nc.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = sync(col_path)
    finally:
        holder.communicate("\n", timeout=60)
    assert result.exit_code == 1
    assert result.output == (f"Error: {col_path} is open in Anki (or being synced): close Anki first, then run "
                             "leaderdeck again; nothing was written\n")
    assert not (project.root / "decks" / "mini.lock").exists()
    assert not (col_path.parent / "backups").exists()
    assert col_path.read_bytes() == before


def test_a_note_type_change_needs_allow_full_sync(project, col_path):
    assert sync(col_path).exit_code == 0
    with open_collection(col_path) as col:
        models = raw(col).models
        model = models.get(1708123403)
        models.add_field(model, models.new_field("Extra"))
        models.update_dict(model)
        raw(col).db.execute("update col set ls = scm + 1")
        mod = col.mod
    data = project.data
    project.note(data, "qa-error-budget")["answer"] = "Changed."
    project.save(data)
    refused = sync(col_path)
    assert refused.exit_code == 1
    assert "note type 'leaderdeck Q&A' differ from the collection's" in refused.output
    assert "--allow-full-sync" in refused.output
    with open_collection(col_path) as col:
        assert col.mod == mod and not col.schema_changed()
    allowed = sync(col_path, "--allow-full-sync")
    assert allowed.exit_code == 0, allowed.output
    with open_collection(col_path) as col:
        assert col.note_type(1708123403).fields[-1] == "Id" and col.schema_changed()
        assert by_id(raw(col))["qa-error-budget"]["Answer"] == "<p>Changed.</p>"


def test_sync_needs_a_target_and_names_profiles(project, monkeypatch, tmp_path):
    monkeypatch.setenv("ANKI_BASE", str(tmp_path / "Anki2"))
    (tmp_path / "Anki2" / "Me").mkdir(parents=True)
    (tmp_path / "Anki2" / "Me" / "collection.anki2").write_bytes(b"")
    missing = CliRunner().invoke(cli, ["sync"])
    assert missing.exit_code == 2 and "--profile NAME or --collection PATH" in missing.output
    wrong = CliRunner().invoke(cli, ["sync", "--profile", "You"])
    assert wrong.exit_code == 1
    assert f"no Anki profile 'You' in {tmp_path / 'Anki2'} (profiles there: Me)" in wrong.output
    listed = CliRunner().invoke(cli, ["profiles"])
    assert listed.output == f"Anki's folder: {tmp_path / 'Anki2'}\n  Me\n"


@pytest.mark.parametrize("kind", ["source", "empty", "fifo", "folder"])
def test_what_is_not_a_collection_is_refused_and_untouched(project, tmp_path, kind):
    import os

    target = {"source": project.source, "empty": tmp_path / "empty.anki2", "fifo": tmp_path / "pipe.anki2",
              "folder": tmp_path / "folder.anki2"}[kind]
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    before = target.read_bytes() if target.is_file() else None
    result = CliRunner().invoke(cli, ["sync", "--collection", str(target)])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert "Error:" in result.output
    if before is not None:
        assert target.read_bytes() == before
    assert not (target.parent / "backups").exists()
