"""Scratch folders in the temporary folder: a killed run's are removed by the next run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leaderdeck.scratch import scratch_folder, sweep_dead
from test_rebuild import Project

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process ids are asked about on POSIX only")


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_folders_of_ended_runs_go_and_the_rest_stay(tmp_path):
    dead = tmp_path / f"leaderdeck-pull-{_dead_pid()}-x1y2"
    (dead / "collection.media").mkdir(parents=True)
    (dead / "collection.anki2").write_bytes(b"scratch")
    live = tmp_path / f"leaderdeck-check-{os.getppid()}-abcd"
    mine = tmp_path / f"leaderdeck-sync-{os.getpid()}-abcd"
    other = tmp_path / "leaderdeck-notes"         # not a scratch folder's name
    unrelated = tmp_path / f"someone-else-{_dead_pid()}-abcd"
    for folder in (live, mine, other, unrelated):
        folder.mkdir()
    as_file = tmp_path / f"leaderdeck-new-{_dead_pid()}-file"
    as_file.write_text("not a folder")

    assert sweep_dead(tmp_path) == [dead]

    assert not dead.exists()
    assert all(p.exists() for p in (live, mine, other, unrelated, as_file))


def test_a_scratch_folder_is_named_for_its_run_and_removed_after(monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    with scratch_folder("pull") as folder:
        assert folder.parent == tmp_path and folder.name.startswith(f"leaderdeck-pull-{os.getpid()}-")
        (folder / "collection.anki2").write_bytes(b"x")
    assert not folder.exists()


def test_a_pull_killed_outright_leaves_nothing_after_the_next_run(tmp_path, taxonomy):
    """SIGKILL while `pull` reads a package in its scratch collection: the next run sweeps it."""
    project = Project(tmp_path / "project", taxonomy)
    project.build()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "TMPDIR": str(temporary)}
    command = [sys.executable, "-m", "leaderdeck", "pull", str(project.apkg)]
    process = subprocess.Popen(command, cwd=project.root, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(temporary.glob("leaderdeck-pull-*")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    if process.poll() is not None:
        pytest.fail("pull ended before its scratch folder could be seen")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    left = list(temporary.glob("leaderdeck-pull-*"))
    assert left, "a SIGKILL cannot be cleaned up after by the run itself"

    again = subprocess.run(command, cwd=project.root, env=env, capture_output=True, text=True, timeout=120)

    assert again.returncode == 0, again.stdout + again.stderr
    assert list(temporary.iterdir()) == []
