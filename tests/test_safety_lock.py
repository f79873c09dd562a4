"""The lock file and the package: valid ids whatever the clock says, a lock that round-trips
any name, package and lock changed together, and concurrent builds that all succeed
(issue 11, items 3, 4, 5 and 7)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, import_package
from leaderdeck.cli import cli
from leaderdeck.errors import LeaderdeckError, SourceErrors
from leaderdeck.ledger import MAX_TIME, Ledger, NoteRecord, TypeRecord, format_ledger, read_ledger
from leaderdeck.package import note_guid
from leaderdeck.workspace import read_identity


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "notes.yaml").write_bytes((FIXTURES / "mini" / "notes.yaml").read_bytes())
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "mini.yaml").write_text("name: Mini\nsources: [../source/*.yaml]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def build(*args: str):
    return CliRunner().invoke(cli, ["build", *args])


@pytest.mark.parametrize("epoch", ["0", "-5", "abc", "99999999999999999999", str(MAX_TIME + 1)])
def test_a_source_date_epoch_anki_cannot_store_is_an_error(project, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = build()
    assert result.exit_code == 1
    assert result.output == (f"Error: SOURCE_DATE_EPOCH={epoch!r} is not a time leaderdeck can stamp notes with: "
                             f"give seconds since 1970 from 1 to {MAX_TIME}, or unset it\n")
    assert not (project / "decks" / "mini.apkg").exists()


@pytest.mark.parametrize("clock", [0.0, -3600.0, 1e13])
def test_a_wrong_clock_still_gives_notes_anki_can_load(project, monkeypatch, collection, clock):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setattr("leaderdeck.build.time.time", lambda: clock)
    assert build().exit_code == 0
    records = read_ledger(project / "decks" / "mini.lock").notes.values()
    assert all(0 < r.nid < 2 ** 53 and 0 < r.mod <= MAX_TIME for r in records)
    log = import_package(collection, project / "decks" / "mini.apkg")
    assert len(log.new) == 4  # the fixture's fifth note is a draft
    for note_id in collection.find_notes(""):
        assert collection.get_note(note_id)["Id"]
    result = CliRunner().invoke(cli, ["check", "decks/mini.apkg"])
    assert result.exit_code == 0, result.output


names = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(note_deck=names, home=names | st.just(""), type_name=names, field=names, template=names)
def test_any_name_round_trips_through_the_lock(tmp_path_factory, note_deck, home, type_name, field, template):
    ledger = Ledger(
        {"qa-one": NoteRecord("qa-one", 1_700_000_000_000, 1_700_000_000, "0123456789abcdef", note_deck, home)},
        {1708123403: TypeRecord(1708123403, type_name, 1_700_000_000, "fedcba9876543210", (field, "Id"),
                                (template,))},
    )
    path = tmp_path_factory.mktemp("lock") / "d.lock"
    path.write_text(format_ledger(ledger), encoding="utf-8", newline="")
    assert read_ledger(path) == ledger


@pytest.mark.parametrize("name", ["Tab\there", "New\nline", "Carriage\rreturn", "Next\x85line", "Line\u2028sep"])
def test_a_deck_with_a_line_breaking_name_builds_again_and_again(project, name):
    (project / "decks" / "mini.yaml").write_text(f"name: {name!r}\nsources: [../source/*.yaml]\n".replace(
        "'", '"'), encoding="utf-8")
    for _ in range(3):
        result = build()
        assert result.exit_code == 0, result.output
    assert "0 new, 0 changed, 4 unchanged" in result.output


def lock_lines(project: Path) -> list[str]:
    return (project / "decks" / "mini.lock").read_text(encoding="utf-8").splitlines(keepends=True)


def test_a_lock_cut_short_is_named_and_never_reported_as_moved(project):
    assert build().exit_code == 0
    lines = lock_lines(project)
    cut = "".join(lines[:-1]) + lines[-1][: lines[-1].index("\thash=") - 3]
    (project / "decks" / "mini.lock").write_text(cut, encoding="utf-8")
    result = build()
    assert result.exit_code == 1
    number = len(lines)
    assert f"decks/mini.lock:{number}: unreadable lock entry (missing hash; the line may be cut short); " \
           "restore the file from git (git checkout -- decks/mini.lock) or correct that line" in result.output
    assert "moved" not in result.output and "delete" not in result.output


def test_a_lock_merged_with_both_sides_kept_names_both_lines(project):
    assert build().exit_code == 0
    lines = lock_lines(project)
    duplicated = lines[-1].replace("\tmod=", "\tmod=1")
    (project / "decks" / "mini.lock").write_text("".join(lines) + duplicated, encoding="utf-8")
    result = build()
    assert result.exit_code == 1
    assert f"decks/mini.lock:{len(lines) + 1}: note '{lines[-1].split(chr(9))[1]}' is listed twice (also at line " \
           f"{len(lines)})" in result.output


def test_two_branches_that_each_added_a_note_merge_into_a_lock_that_builds(project, collection):
    """Both branches gave their new note the same note id; the merged lock still builds and
    imports, every note with its own id."""
    assert build().exit_code == 0
    lines = lock_lines(project)
    notes = [line for line in lines if line.startswith("note\t")]
    nid = notes[0].split("\tnid=")[1].split("\t")[0]
    clashing = notes[1].split("\tnid=")[0] + f"\tnid={nid}\t" + notes[1].split("\tnid=")[1].split("\t", 1)[1]
    (project / "decks" / "mini.lock").write_text("".join(lines).replace(notes[1], clashing), encoding="utf-8")
    result = build()
    assert result.exit_code == 0, result.output
    log = import_package(collection, project / "decks" / "mini.apkg")
    assert len(log.new) == 4 and not log.conflicting
    assert len({r.nid for r in read_ledger(project / "decks" / "mini.lock").notes.values()}) == 4


def test_old_lock_files_are_still_read(project):
    """Locks written before values were escaped put the hash before the deck."""
    assert build().exit_code == 0
    rewritten = []
    for line in lock_lines(project):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "note":
            digest = next(p for p in parts if p.startswith("hash="))
            parts = [p for p in parts if p != digest]
            parts.insert(4, digest)
        rewritten.append("\t".join(parts) + "\n")
    (project / "decks" / "mini.lock").write_text("".join(rewritten), encoding="utf-8")
    result = build()
    assert result.exit_code == 0 and "0 new, 0 changed, 4 unchanged" in result.output, result.output


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def edit(project: Path) -> None:
    notes = project / "source" / "notes.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace("error budget", "error allowance"), encoding="utf-8")


def test_a_lock_that_cannot_be_written_leaves_the_old_package(project, monkeypatch):
    assert build().exit_code == 0
    before = snapshot(project / "decks")
    edit(project)

    def full_disk(target, data, durable=True):
        raise LeaderdeckError(f"cannot write {target}: No space left on device")

    monkeypatch.setattr("leaderdeck.atomic.stage", full_disk)
    result = build()
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert snapshot(project / "decks") == before


def test_ctrl_c_right_after_the_package_is_staged_leaves_the_old_one_and_no_temporary_file(project, monkeypatch):
    from leaderdeck.package import PackageWriter

    assert build().exit_code == 0
    before = snapshot(project / "decks")
    edit(project)
    real_finish = PackageWriter.finish

    def interrupted(self, type_mods):
        real_finish(self, type_mods)  # the new package exists; the interrupt lands before the build records it
        raise KeyboardInterrupt

    monkeypatch.setattr(PackageWriter, "finish", interrupted)
    result = build()
    assert result.exit_code != 0
    assert snapshot(project / "decks") == before
    assert sorted(p.name for p in (project / "decks").iterdir()) == sorted(before)


def test_a_failed_rename_of_the_lock_puts_the_old_package_back(project, monkeypatch):
    assert build().exit_code == 0
    before = snapshot(project / "decks")
    edit(project)
    real_replace = os.replace

    def refuse_lock(source, target):
        if str(target).endswith(".lock"):
            raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", refuse_lock)
    result = build()
    assert result.exit_code == 1
    assert result.output == "Error: cannot write decks/mini.lock: No space left on device\n"
    assert snapshot(project / "decks") == before


CONCURRENT = """
import sys
from pathlib import Path
from leaderdeck.build import build_deck
from leaderdeck.manifest import load_manifest
from leaderdeck.taxonomy import load_taxonomy
taxonomy = load_taxonomy()
build_deck(load_manifest(Path(sys.argv[1]), taxonomy), taxonomy, on_wait=lambda m: print(m, file=sys.stderr))
"""


def test_concurrent_builds_of_one_deck_all_succeed(project, collection, taxonomy):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    manifest = project / "decks" / "mini.yaml"
    waited = 0
    for round_number in range(4):
        if round_number == 2:
            edit(project)
        processes = [subprocess.Popen([sys.executable, "-c", CONCURRENT, str(manifest)], env=env,
                                      stderr=subprocess.PIPE, text=True) for _ in range(6)]
        for process in processes:
            _, errors = process.communicate(timeout=300)
            assert process.returncode == 0, errors
            waited += "waiting for another leaderdeck run" in errors
    assert waited > 0  # somebody had to wait, and was told
    assert sorted(p.name for p in (project / "decks").iterdir()) == ["mini.apkg", "mini.lock", "mini.yaml"]
    log = import_package(collection, project / "decks" / "mini.apkg")
    assert len(log.new) == 4 and not log.conflicting
    ledger = read_ledger(project / "decks" / "mini.lock")
    with zipfile.ZipFile(project / "decks" / "mini.apkg") as archive:
        assert archive.testzip() is None
    identity = read_identity(project)
    assert {collection.get_note(n).guid for n in collection.find_notes("")} == \
        {note_guid(i, identity.namespace(i, starter=False)) for i in ledger.notes}


def test_a_killed_build_leaves_no_scratch_in_the_temporary_folder(project, tmp_path_factory):
    scratch_tmp = tmp_path_factory.mktemp("tmpdir")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch_tmp)}
    script = CONCURRENT.replace("build_deck(", "import os, signal\nfrom leaderdeck import package\n"
                                "original = package.PackageWriter.add\n"
                                "def add(self, note):\n    original(self, note)\n"
                                "    os.kill(os.getpid(), signal.SIGKILL)\n"
                                "package.PackageWriter.add = add\nbuild_deck(")
    process = subprocess.run([sys.executable, "-c", script, str(project / "decks" / "mini.yaml")], env=env,
                             timeout=120)
    assert process.returncode == -9
    assert list(scratch_tmp.iterdir()) == []
    leftovers = [p.name for p in (project / "decks").iterdir() if p.name.startswith(".")]
    assert leftovers  # the killed build's scratch database, next to the deck
    assert build().exit_code == 0
    assert sorted(p.name for p in (project / "decks").iterdir()) == ["mini.apkg", "mini.lock", "mini.yaml"]


def test_reading_a_hand_edited_lock_with_an_impossible_id(project):
    assert build().exit_code == 0
    lines = lock_lines(project)
    lines[-1] = re.sub(r"\tnid=\d+", "\tnid=0", lines[-1])
    (project / "decks" / "mini.lock").write_text("".join(lines), encoding="utf-8")
    with pytest.raises(SourceErrors) as caught:
        read_ledger(project / "decks" / "mini.lock")
    assert "nid '0" in str(caught.value.problems[0]) and "is not a number from 1 to" in str(caught.value.problems[0])
