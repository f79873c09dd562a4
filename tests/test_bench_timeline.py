"""bench/import_timeline.py: the timeline of one import, process by process (a measuring tool, so only what it
shows is checked here, never a time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "bench" / "import_timeline.py"


def _timeline(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def _bank(tmp_path: Path, stories: int) -> Path:
    path = tmp_path / "bank.md"
    path.write_text("# Bank\n\n" + "".join(
        f"## Story {n}: The backlog cut {n}\n\n- **Situation:** Queue {n} grew for a month.\n"
        f"- **Task:** I owned queue {n}.\n- **Action:** I cut it by a third.\n- **Result:** Queue {n} cleared.\n\n"
        for n in range(stories)), encoding="utf-8")
    return path


def test_each_step_of_the_importer_shows_with_its_process(tmp_path):
    result = _timeline(str(_bank(tmp_path, 3)), "--min", "0", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    steps = {row[-1] for row in rows}
    assert {"pipeline.import_files", "reader.read_document_text", "settle.settle", "(done)"} <= steps
    assert all(row[0] == "P0" for row in rows)  # a small document: nothing forked
    assert not (tmp_path / "source").exists()  # the import writes into a folder of its own, then removes it


def test_a_large_document_shows_its_children_and_one_process_forks_none(tmp_path):
    document = _bank(tmp_path, 1500)  # over 100 KB: read ahead, and its notes shared with a second process
    forked = _timeline(str(document), cwd=tmp_path)
    alone = _timeline(str(document), "--one-process", cwd=tmp_path)
    assert forked.returncode == alone.returncode == 0, forked.stderr + alone.stderr
    assert "P1" in forked.stdout and "(forked)" in forked.stdout
    assert "(forked)" not in alone.stdout and "P1" not in alone.stdout


def test_a_missing_document_is_a_message(tmp_path):
    result = _timeline(str(tmp_path / "nothing.md"), cwd=tmp_path)
    assert result.returncode == 2
    assert "no such document" in result.stderr and "Traceback" not in result.stderr
