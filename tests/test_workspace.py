"""A workspace of one's own: `leaderdeck init`, and note identities that never collide with
another workspace's while the starter corpus and notes built earlier keep theirs (issue 14,
items 1 and 2)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, import_package
from leaderdeck.build import build_deck
from leaderdeck.cli import cli
from leaderdeck.loader import load_sources
from leaderdeck.manifest import load_manifest
from leaderdeck.package import note_guid
from leaderdeck.workspace import WORKSPACE_FILE, Identity, read_identity, starter_files

STORY = """\
notes:
  - id: star-reorg-platform-teams
    kind: star
    level: director
    topic: Org Design & Scaling
    question: Tell me about a reorganisation you led.
    star:
      situation: {text}
      task: I owned the new structure.
      action: I talked to every team lead first.
      result: Two teams became three within a quarter.
"""


def invoke(*args: str, cwd: Path):
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, list(args))
    finally:
        os.chdir(previous)


def test_init_makes_a_workspace_that_builds_and_imports_at_once(tmp_path, collection):
    result = invoke("init", "prep", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    prep = tmp_path / "prep"
    assert sorted(str(p.relative_to(prep)) for p in prep.rglob("*") if p.is_file()) == [
        ".gitignore", "README.md", "decks/prep.yaml", WORKSPACE_FILE, "schema/source.schema.json",
        "source/answers.yaml", "source/scenarios.yaml", "source/stories.yaml"]
    assert invoke("validate", cwd=prep).exit_code == 0
    assert invoke("lint", cwd=prep).exit_code == 0
    built = invoke("build", cwd=prep)
    assert built.exit_code == 0, built.output
    log = import_package(collection, prep / "decks" / "prep.apkg")
    ids = {collection.get_note(n)["Id"] for n in collection.find_notes("")}
    assert ids == {"star-example-flaky-release-train", "scenario-example-two-teams-one-platform",
                   "qa-example-first-ninety-days"}
    assert len(log.new) == 4  # the story has a full-answer note and a drill note
    key = read_identity(prep).key
    assert len(key) == 16
    assert collection.get_note(collection.find_notes('"Id:qa-example-first-ninety-days"')[0]).guid == \
        note_guid("qa-example-first-ninety-days", key)


def test_init_with_the_starter_includes_it_with_its_original_guids(tmp_path, collection, taxonomy):
    assert invoke("init", "prep", "--starter", cwd=tmp_path).exit_code == 0
    assert invoke("build", cwd=tmp_path / "prep").exit_code == 0
    import_package(collection, tmp_path / "prep" / "decks" / "prep.apkg")
    guids = {collection.get_note(n)["Id"]: collection.get_note(n).guid for n in collection.find_notes("-note:*drill")}
    assert len(guids) > 100
    starter = "star-pricing-engine-debt-paydown"
    assert guids[starter] == note_guid(starter)  # as every earlier release of leaderdeck made it
    assert guids["qa-example-first-ninety-days"] != note_guid("qa-example-first-ninety-days")


def test_init_never_replaces_anything(tmp_path):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "stories.yaml").write_text("# mine\n", encoding="utf-8")
    result = invoke("init", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == ("Error: . already holds source/stories.yaml; nothing was written (choose a new "
                             "folder, or move those files away)\n")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["source", "stories.yaml"]


def test_two_workspaces_with_the_same_id_make_two_notes_in_one_collection(tmp_path, collection):
    for name, text in (("alice", "Alice's platform group had grown to forty people."),
                       ("bob", "Bob's mobile teams shared one release manager.")):
        assert invoke("init", name, cwd=tmp_path).exit_code == 0
        (tmp_path / name / "source" / "reorg.yaml").write_text(STORY.format(text=text), encoding="utf-8")
        assert invoke("build", cwd=tmp_path / name).exit_code == 0
    first = import_package(collection, tmp_path / "alice" / "decks" / "prep.apkg")
    second = import_package(collection, tmp_path / "bob" / "decks" / "prep.apkg")
    assert len(second.new) == len(first.new) and not second.duplicate and not second.updated
    notes = [collection.get_note(n) for n in collection.find_notes('"Id:star-reorg-platform-teams" -note:*drill')]
    assert sorted(n["Situation"] for n in notes) == [
        "<p>Alice's platform group had grown to forty people.</p>", "<p>Bob's mobile teams shared one release manager.</p>"]
    assert all(len(n.cards()) >= 1 for n in notes) and notes[0].cards()[0].id != notes[1].cards()[0].id


def test_a_workspace_built_before_keys_keeps_every_note_identity(tmp_path, taxonomy, collection):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "reorg.yaml").write_text(STORY.format(text="An early story."), encoding="utf-8")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "mine.yaml").write_text("name: Mine\nsources: [../source/*.yaml]\n", encoding="utf-8")
    old = load_manifest(tmp_path / "decks" / "mine.yaml", taxonomy)
    assert old.identity is None
    build_deck(dataclasses.replace(old, identity=Identity()), taxonomy)  # as a release before keys built it
    import_package(collection, old.output)
    assert not (tmp_path / WORKSPACE_FILE).exists()
    result = invoke("build", cwd=tmp_path)
    assert result.exit_code == 0 and "0 new, 0 changed, 1 unchanged" in result.output, result.output
    assert read_identity(tmp_path).legacy == {"star-reorg-platform-teams"}
    (tmp_path / "source" / "later.yaml").write_text(STORY.format(text="A later story.").replace(
        "star-reorg-platform-teams", "star-later"), encoding="utf-8")
    assert invoke("build", cwd=tmp_path).exit_code == 0
    log = import_package(collection, old.output)
    assert len(log.new) == 1 and collection.note_count() == 2
    key = read_identity(tmp_path).key
    guids = {collection.get_note(n)["Id"]: collection.get_note(n).guid for n in collection.find_notes("-note:*drill")}
    assert guids == {"star-reorg-platform-teams": note_guid("star-reorg-platform-teams"),
                     "star-later": note_guid("star-later", key)}


def test_first_builds_at_once_agree_on_one_key(tmp_path):
    script = ("import sys; from pathlib import Path; from leaderdeck.workspace import ensure_identity; "
              "print(ensure_identity(Path(sys.argv[1]), []).key)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], env=env, stdout=subprocess.PIPE,
                                  text=True) for _ in range(6)]
    keys = {process.communicate(timeout=120)[0].strip() for process in processes}
    assert len(keys) == 1 and len(keys.pop()) == 16


def test_a_broken_workspace_file_is_named(tmp_path):
    assert invoke("init", cwd=tmp_path).exit_code == 0
    (tmp_path / WORKSPACE_FILE).write_text("[workspace]\nkey = 12\n", encoding="utf-8")
    result = invoke("build", cwd=tmp_path)
    assert result.exit_code == 1
    assert "leaderdeck.toml:1: [workspace] needs key = \"...\" and legacy = [\"note-id\", ...]" in result.output


@pytest.mark.parametrize("manifest", ["name: S\nstarter: true\n", "name: S\nstarter: true\nsources: [../source/*.yaml]\n"])
def test_a_manifest_may_build_the_starter_alone_or_with_an_empty_notes_folder(tmp_path, taxonomy, manifest):
    (tmp_path / "source").mkdir()
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "s.yaml").write_text(manifest, encoding="utf-8")
    result = invoke("build", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    starter = load_sources(starter_files(), taxonomy)
    assert f"Built decks/s.apkg: {sum(not n.draft for n in starter)} notes" in result.output
