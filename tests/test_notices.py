"""Notices that persist: removed notes are reported by every build until handled."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from leaderdeck.cli import cli
from leaderdeck.ledger import read_ledger
from leaderdeck.profiles import anki_base, collection_target, profile_names
from test_rebuild import Project

REMOVED = "1 note left the deck (removed from the sources or filtered out). An .apkg cannot delete notes, " \
          "so Anki keeps them:\n  star-lean\n"


@pytest.fixture
def project(tmp_path, taxonomy, monkeypatch):
    project = Project(tmp_path / "project", taxonomy)
    monkeypatch.chdir(project.root)
    return project


def build(*args):
    result = CliRunner().invoke(cli, ["build", *args])
    assert result.exit_code == 0, result.output
    return result.output


def drop_star_lean(project) -> None:
    data = project.data
    data["notes"] = [n for n in data["notes"] if n["id"] != "star-lean"]
    project.save(data)


def test_removed_notes_are_reported_by_every_build_until_accepted(project):
    build()
    drop_star_lean(project)
    for _ in range(3):
        assert REMOVED in build()
    assert read_ledger(project.root / "decks" / "mini.lock").notes["star-lean"].state == "removed"
    accepted = build("--accept-removals")
    assert "left the deck" not in accepted
    assert "star-lean" not in read_ledger(project.root / "decks" / "mini.lock").notes
    assert "left the deck" not in build()


def test_a_removed_note_that_comes_back_is_the_same_note(project):
    build()
    nid = read_ledger(project.root / "decks" / "mini.lock").notes["star-lean"].nid
    original = project.data
    drop_star_lean(project)
    build()
    project.save(original)
    output = build()
    assert "left the deck" not in output and "0 new" in output
    record = read_ledger(project.root / "decks" / "mini.lock").notes["star-lean"]
    assert (record.nid, record.state) == (nid, "")


def test_a_sync_handles_removed_notes_and_builds_stop_reporting_them(project):
    from anki.collection import Collection

    col = project.root / "collection.anki2"
    Collection(str(col)).close()
    CliRunner().invoke(cli, ["sync", "--collection", str(col)], catch_exceptions=False)
    drop_star_lean(project)
    assert REMOVED in build()
    synced = CliRunner().invoke(cli, ["sync", "--collection", str(col)], catch_exceptions=False)
    assert "suspend and tag leaderdeck::removed: star-lean" in synced.output
    assert "left the deck" not in build()
    assert read_ledger(project.root / "decks" / "mini.lock").notes["star-lean"].state == "retired"


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({"ANKI_BASE": "/data/anki"}, "linux", "/data/anki"),
    ({"XDG_DATA_HOME": "/x"}, "linux", "/x/Anki2"),
    ({}, "linux", "~/.local/share/Anki2"),
    ({}, "darwin", "~/Library/Application Support/Anki2"),
    ({"APPDATA": "C:/Users/me/AppData/Roaming"}, "win32", "C:/Users/me/AppData/Roaming/Anki2"),
    ({"ANKI_BASE": "D:/Anki"}, "win32", "D:/Anki"),
])
def test_anki_base_is_found_as_anki_finds_it(environ, platform, expected):
    from pathlib import Path

    assert anki_base(environ, platform) == Path(expected).expanduser()


def test_profiles_are_the_folders_with_a_collection(tmp_path):
    for name in ("User 1", "Work", "addons21"):
        (tmp_path / name).mkdir()
    for name in ("User 1", "Work"):
        (tmp_path / name / "collection.anki2").write_bytes(b"")
    assert profile_names(tmp_path) == ["User 1", "Work"]
    target = collection_target(tmp_path / "Work" / "collection.anki2")
    assert target.backups == tmp_path / "Work" / "backups"
