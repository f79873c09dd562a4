"""An output never overwrites an input, a file of another kind, or a device (issue 11, item 1)."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from leaderdeck.cli import cli

MANIFEST = "name: Mini\nsources: [../source/*.yaml]\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "source").mkdir()
    shutil.copy(FIXTURES / "mini" / "notes.yaml", tmp_path / "source" / "a.yaml")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "d.yaml").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("my own notes\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


def build(*args: str):
    return CliRunner().invoke(cli, ["build", *args])


@pytest.mark.parametrize(("out", "message"), [
    ("source/a.yaml", "source/a.yaml: the file to write must end in .apkg"),
    ("decks/d.yaml", "decks/d.yaml: the file to write must end in .apkg"),
    ("notes.txt", "notes.txt: the file to write must end in .apkg"),
    ("/dev/null", "/dev/null: the file to write must end in .apkg"),
])
def test_ad_hoc_out_must_be_a_package(project, out, message):
    before = snapshot(project)
    result = build("--source", "source", "--out", out)
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"
    assert snapshot(project) == before


def test_an_existing_file_that_is_not_a_package_is_not_replaced(project):
    (project / "mine.apkg").write_text("not a deck, but mine\n", encoding="utf-8")
    before = snapshot(project)
    result = build("--source", "source", "--out", "mine.apkg")
    assert result.exit_code == 1
    assert "mine.apkg exists and is not an Anki package; leaderdeck does not replace it" in result.output
    assert snapshot(project) == before


def test_a_fifo_or_device_named_apkg_is_refused(project):
    os.mkfifo(project / "pipe.apkg")
    os.symlink("/dev/null", project / "null.apkg")
    for name in ("pipe.apkg", "null.apkg"):
        result = build("--source", "source", "--out", name)
        assert result.exit_code == 1
        assert result.output == f"Error: cannot write {name}: it is not a regular file\n"
    assert (project / "null.apkg").is_symlink() and os.path.realpath(project / "null.apkg") == "/dev/null"


def test_a_manifest_named_like_its_own_output_is_refused(project):
    manifest = project / "decks" / "mine.apkg"
    manifest.write_text(MANIFEST, encoding="utf-8")
    before = snapshot(project)
    result = build(str(manifest))
    assert result.exit_code == 1
    assert "mine.apkg: it is one of the files this run reads" in result.output
    assert snapshot(project) == before


def test_a_source_pattern_that_matches_the_lock_path_keeps_the_lock(project):
    """--out source/x.apkg would write source/x.lock: refused when that file is a source."""
    (project / "source" / "x.lock").write_text("id: q\n", encoding="utf-8")
    before = snapshot(project)
    result = build("--source", "source", "--out", "source/x.apkg")
    assert result.exit_code == 1
    assert "source/x.lock exists and is not a leaderdeck lock file" in result.output
    assert snapshot(project) == before


def test_an_earlier_deck_is_replaced(project):
    assert build("--source", "source", "--out", "deck.apkg").exit_code == 0
    assert zipfile.is_zipfile(project / "deck.apkg")
    result = build("--source", "source", "--out", "deck.apkg")
    assert result.exit_code == 0, result.output


def test_schema_out_is_checked_too(project):
    result = CliRunner().invoke(cli, ["schema", "--out", "source/a.yaml"])
    assert result.exit_code == 1 and "source/a.yaml: the file to write must end in .json" in result.output
    result = CliRunner().invoke(cli, ["schema", "--out", "/proc/leaderdeck.json"])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot write /proc/leaderdeck.json")


INPUTS = ["source/a.yaml", "decks/d.yaml", "notes.txt", "decks/d.lock", "decks/d.apkg", "source", "decks"]
SUFFIXES = ["", ".apkg", ".lock", ".yaml", ".txt", ".APKG"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(INPUTS), suffix=st.sampled_from(SUFFIXES), how=st.sampled_from(["same", "link", "dotted"]))
def test_no_output_path_ever_clobbers_an_input(project, target, suffix, how):
    """Any --out derived from an input (itself, a link to it, with another suffix, through '.')
    either writes a new package or fails; no input changes."""
    assert build("decks/d.yaml").exit_code == 0  # d.apkg and d.lock exist and are inputs of later runs
    out = str(Path(target).with_suffix(suffix)) if suffix else target
    if how == "link":
        link = project / f"link{suffix or '.apkg'}"
        link.unlink(missing_ok=True)
        link.symlink_to(project / target)
        out = link.name
    elif how == "dotted":
        out = f"./{Path(out).parent}/./{Path(out).name}"
    before = snapshot(project)
    result = build("--source", "source", "--out", out)
    after = snapshot(project)
    changed = {name for name in before if after.get(name) != before[name]}
    rebuilds_the_deck = how != "link" and (project / out).resolve() == project / "decks" / "d.apkg"
    assert changed <= ({"decks/d.apkg", "decks/d.lock"} if rebuilds_the_deck else set()), (out, result.output)
    if result.exit_code == 0:
        assert zipfile.is_zipfile(project / out)
    assert "Traceback" not in result.output
