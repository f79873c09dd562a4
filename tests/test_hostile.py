"""Whatever bytes arrive, only leaderdeck's own error comes out; killed builds leave usable files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, STARTER
from leaderdeck.errors import SourceErrors
from leaderdeck.ledger import read_ledger
from leaderdeck.loader import load_sources
from leaderdeck.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
FRAGMENTS = [
    "id: x\n", "kind: qa\n", "kind: star\n", "question: q\n", "answer: no\n", "level: staff\n",
    "topic: Hiring\n", "notes:\n", "  - ", "defaults:\n", "  level: vp\n", "star:\n", "  situation: |\n",
    "    text\n", "&a [1, 2]\n", "*a\n", "!!python/object:os.system\n", "<<: *a\n", "{", "}", "[", "]", ": ",
    "- ", "\t", "\"", "'", "%YAML 1.1\n", "---\n", "...\n", "? ", "\ufeff", "\x85", "12:30\n", "~\n",
    "2024-13-45\n", "!!binary aGk=\n", "discussion:\n", "  - heading: h\n", "    questions: [a]\n",
]
yamlish = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=40).map("".join)


def _load(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    try:
        load_sources([path], TAXONOMY)
    except SourceErrors as exc:
        assert exc.problems and all(p.line >= 1 for p in exc.problems)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=yamlish | st.text())
def test_any_text_gives_notes_or_source_errors(tmp_path, text):
    _load(tmp_path, text.encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200))
def test_any_bytes_give_notes_or_source_errors(tmp_path, data):
    _load(tmp_path, data)


BUILD = """
import sys
from pathlib import Path
from leaderdeck.build import build_deck
from leaderdeck.manifest import load_manifest
from leaderdeck.taxonomy import load_taxonomy
taxonomy = load_taxonomy()
for _ in range(1000):
    build_deck(load_manifest(Path(sys.argv[1]), taxonomy), taxonomy)
"""


def _usable(apkg: Path, lock: Path) -> None:
    """Whatever exists is whole: the lock parses, the package is a valid zip holding notes."""
    if lock.exists():
        assert read_ledger(lock).notes
    if not apkg.exists():
        return
    with zipfile.ZipFile(apkg) as archive:
        assert archive.testzip() is None
        data = archive.read("collection.anki2")
    scratch = apkg.parent / "check.anki2"
    scratch.write_bytes(data)
    connection = sqlite3.connect(scratch)
    try:
        assert connection.execute("select count(*) from notes").fetchone()[0] > 0
    finally:
        connection.close()
        scratch.unlink()


def test_builds_killed_midway_leave_the_previous_deck_and_lock_usable(tmp_path):
    decks = tmp_path / "decks"
    decks.mkdir()
    manifest = decks / "deck.yaml"
    manifest.write_text(f"name: Killed\nsources: ['{STARTER}/*.yaml', '{FIXTURES}/mini/*.yaml']\n"
                        .replace("mini/*.yaml", "mini/notes.yaml"), encoding="utf-8")
    (tmp_path / "empty").mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    apkg, lock = decks / "deck.apkg", decks / "deck.lock"
    for delay in (0.4, 0.55, 0.7, 0.85, 1.0, 1.2, 1.5, 1.8):
        process = subprocess.Popen([sys.executable, "-c", BUILD, str(manifest)], env=env)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        _usable(apkg, lock)
    subprocess.run([sys.executable, "-c", BUILD.replace("range(1000)", "range(1)"), str(manifest)], env=env,
                   check=True)
    _usable(apkg, lock)
    assert sorted(p.name for p in decks.iterdir()) == ["deck.apkg", "deck.lock", "deck.yaml"]
