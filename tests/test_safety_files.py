"""Hostile file-system objects and odd inputs: a message and an exit code, never a hang or a
traceback (issue 11, items 2, 8, 9, 12 and 14)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT
from leaderdeck.cache import Cache
from leaderdeck.cli import cli
from leaderdeck.sources import read_source_files

QA = "id: q-one\nkind: qa\nlevel: staff\ntopic: Hiring\nquestion: {question}\nanswer: {answer}\n"


def leaderdeck(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real command in a subprocess, so that a hang fails the test instead of stalling it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "leaderdeck", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("args", [
    ("validate", "{fifo}"),
    ("--taxonomy", "{fifo}", "validate", "{mini}"),
    ("import", "{fifo}", "--dry-run"),
    ("validate", "/dev/zero"),
    ("import", "/dev/urandom", "--dry-run"),
    ("lint", "{fifo}"),
])
def test_fifos_and_devices_are_refused_at_once(tmp_path, fifo, args):
    args = [a.format(fifo=fifo, mini=FIXTURES / "mini") for a in args]
    result = leaderdeck(*args, cwd=tmp_path, timeout=30)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "not a regular file but a " in result.stderr


def test_a_fifo_as_lock_file_is_refused(tmp_path):
    (tmp_path / "source").mkdir()
    shutil.copy(FIXTURES / "mini" / "notes.yaml", tmp_path / "source")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "d.yaml").write_text("name: D\nsources: [../source/*.yaml]\n", encoding="utf-8")
    os.mkfifo(tmp_path / "decks" / "d.lock")
    result = leaderdeck("build", cwd=tmp_path, timeout=30)
    assert result.returncode == 1
    assert "decks/d.lock: it is not a regular file" in result.stderr
    assert not (tmp_path / "decks" / "d.apkg").exists()


def test_a_symlink_loop_in_a_source_folder_is_not_followed(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(FIXTURES / "mini" / "notes.yaml", source)
    (source / "loop").symlink_to(".", target_is_directory=True)
    (source / "deeper").mkdir()
    (source / "deeper" / "back").symlink_to("..", target_is_directory=True)
    for args in (("validate", "source"), ("build", "--source", "source", "--out", "x.apkg")):
        result = leaderdeck(*args, cwd=tmp_path, timeout=60)
        assert result.returncode == 0, result.stderr
    assert "OK: 5 notes in 1 file" in leaderdeck("validate", "source", cwd=tmp_path).stdout


def test_a_manifest_glob_over_the_whole_disk_stops_with_a_message(tmp_path):
    (tmp_path / "d.yaml").write_text("name: D\nsources: ['/**/*.yaml']\n", encoding="utf-8")
    result = leaderdeck("build", "d.yaml", cwd=tmp_path, timeout=120)
    assert result.returncode == 1
    assert "d.yaml:2: source pattern '/**/*.yaml' searches more than 20,000 folders; make it narrower" \
        in result.stderr


def test_the_cache_never_stores_one_content_under_another_contents_key(tmp_path, taxonomy, monkeypatch):
    """A save between hashing a file and parsing it must not poison the cache."""
    path = tmp_path / "a.yaml"
    old = QA.format(question="Old question?", answer="Old answer.")
    new = QA.format(question="New question?", answer="New answer.")
    path.write_text(old, encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    real_key = Cache.key

    def key_then_save(self, *parts):  # the user saves right after leaderdeck read the file
        path.write_text(new, encoding="utf-8")
        return real_key(self, *parts)

    monkeypatch.setattr(Cache, "key", key_then_save)
    first = next(read_source_files([path], taxonomy, cache))
    monkeypatch.setattr(Cache, "key", real_key)
    assert first.notes[0].prompt == "Old question?"
    path.write_text(old, encoding="utf-8")
    again = next(read_source_files([path], taxonomy, cache))
    assert again.notes[0].prompt == "Old question?"
    path.write_text(new, encoding="utf-8")
    assert next(read_source_files([path], taxonomy, cache)).notes[0].prompt == "New question?"


@pytest.mark.parametrize(("text", "expected"), [
    ("answer: =\n", "a.yaml:6: YAML reads = as a special value; put it in quotes: \"=\""),
    ('"": orphan value\n', "a.yaml:6: empty key: write the key's name before the ':'"),
])
def test_messages_say_what_to_do(tmp_path, text, expected):
    body = QA.format(question="Why?", answer="Because.").replace("answer: Because.\n", "")
    (tmp_path / "a.yaml").write_text(body + text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "a.yaml")])
    assert result.exit_code == 1
    assert expected in [line.split("/")[-1] for line in result.output.splitlines()]


def test_utf16_yaml_is_read(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(QA.format(question="Why?", answer="Because.").encode("utf-16"))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0, result.output


def test_utf16_without_bom_is_named(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(QA.format(question="Why?", answer="Because.").encode("utf-16-le"))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "a.yaml:1: the file looks like UTF-16 without a byte order mark; save it as UTF-8" in result.output


def test_empty_sources_list_says_so(tmp_path):
    (tmp_path / "d.yaml").write_text("name: D\nsources: []\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "d.yaml")])
    assert result.exit_code == 1
    assert "d.yaml:1: 'sources' is empty: list the source files to read, such as ../source/*.yaml" in result.output


@pytest.mark.parametrize(("name", "make", "message"), [
    ("null", lambda p: Path("/dev/null"), "/dev/null is not a regular file; give a deck (.apkg)"),
    ("text", lambda p: (p / "t.apkg", (p / "t.apkg").write_text("hi", encoding="utf-8"))[0],
     "t.apkg is not an Anki package (a .apkg holding a collection)"),
])
def test_check_names_what_is_wrong_with_the_file(tmp_path, name, make, message):
    path = make(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output


def test_check_keeps_a_broken_packages_error_short(tmp_path):
    broken = tmp_path / "broken.apkg"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("collection.anki2", b"SQLite format 3\x00" + b"\x00" * 4000)
    result = CliRunner().invoke(cli, ["check", str(broken)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: Anki cannot import")
    assert len(result.output) < 400 and "CREATE TABLE" not in result.output


def test_a_deleted_working_folder_and_a_full_stdout_get_messages(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = f"import os; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r}); " \
             "import sys; sys.argv = ['leaderdeck', 'validate']; from leaderdeck.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == "Error: the current folder no longer exists; change to a folder that does and run again\n"
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "leaderdeck", "list", str(FIXTURES / "mini")], env=env,
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write output: No space left on device\n"


def test_deeply_nested_markdown_list_is_refused_by_validate_and_build(tmp_path):
    nested = "".join("    " * i + "- level\n" for i in range(40))
    path = tmp_path / "a.yaml"
    path.write_text(QA.format(question="Why?", answer="|\n" + "".join(f"  {line}\n" for line in nested.splitlines())),
                    encoding="utf-8")
    for args in (("validate", str(path)), ("build", "--source", str(tmp_path), "--out", str(tmp_path / "x.apkg"))):
        result = CliRunner().invoke(cli, list(args))
        assert result.exit_code == 1, result.output
        assert "a.yaml:6: 'answer' nests lists or quotes 39 levels deep; at most 32 are rendered" in result.output


STARTS = """
import os, sys
from leaderdeck.__main__ import run
os.write(2, b"started\\n")
sys.argv = ["leaderdeck", "validate"]
run()
"""


def test_ctrl_c_at_any_moment_gives_no_traceback(tmp_path):
    """Interrupts from the start of the command (what the installed `leaderdeck` script runs:
    it imports leaderdeck.__main__, which takes over Ctrl-C at once) through importing the
    command line to mid-run and shut-down. Before that - the interpreter starting, then
    finding the package (about 2 ms) - an interrupt is Python's own to report, so the
    interrupts start once leaderdeck.__main__ is imported: on a busy machine too."""
    (tmp_path / "source").mkdir()
    shutil.copy(FIXTURES / "mini" / "notes.yaml", tmp_path / "source")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = set()
    for delay in (0, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.3, 0.5):
        process = subprocess.Popen([sys.executable, "-c", STARTS], cwd=tmp_path, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert process.stderr.readline() == "started\n"
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=60)
        assert "Traceback" not in errors and "Exception ignored" not in errors, (delay, errors)
        assert process.returncode in (0, 130), (delay, process.returncode, errors)
        outcomes.add(process.returncode)
    assert 130 in outcomes


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KB file system, to fill up; skipped where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_gives_a_message_and_keeps_the_previous_deck(tmp_path, tiny_disk):
    (tiny_disk / "decks").mkdir()
    (tiny_disk / "decks" / "d.yaml").write_text(f"name: D\nstarter: true\nsources: ['{FIXTURES}/mini/*.yaml']\n"
                                                .replace("starter: true\n", ""), encoding="utf-8")
    first = leaderdeck("build", "decks/d.yaml", cwd=tiny_disk)
    assert first.returncode == 0, first.stderr
    before = (tiny_disk / "decks" / "d.apkg").read_bytes()
    stats = os.statvfs(tiny_disk)
    (tiny_disk / "filler").write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - 8 * 1024))  # 8 KB left
    manifest = tiny_disk / "decks" / "d.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("name: D", "name: Bigger") + "star_cards: both\n",
                        encoding="utf-8")
    result = leaderdeck("build", "decks/d.yaml", cwd=tiny_disk)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "No space left on device" in result.stderr or "database or disk is full" in result.stderr, result.stderr
    assert (tiny_disk / "decks" / "d.apkg").read_bytes() == before
    assert sorted(p.name for p in (tiny_disk / "decks").iterdir()) == ["d.apkg", "d.lock", "d.yaml"]


def test_check_with_a_full_temporary_folder_gives_a_message(tmp_path, tiny_disk):
    stats = os.statvfs(tiny_disk)
    (tiny_disk / "filler").write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - 4 * 1024))
    (tmp_path / "source").mkdir()
    shutil.copy(FIXTURES / "mini" / "notes.yaml", tmp_path / "source")
    assert leaderdeck("build", "--source", "source", "--out", "d.apkg", cwd=tmp_path).returncode == 0
    env_tmp = {**os.environ, "TMPDIR": str(tiny_disk), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "leaderdeck", "check", "d.apkg"], cwd=tmp_path, env=env_tmp,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: "), result.stderr


def test_check_reports_a_note_anki_cannot_load_instead_of_crashing(tmp_path):
    """A package from an older build with note id 0 (SOURCE_DATE_EPOCH=0) imports, but Anki
    cannot load that note afterwards."""
    (tmp_path / "source").mkdir()
    shutil.copy(FIXTURES / "mini" / "notes.yaml", tmp_path / "source")
    assert leaderdeck("build", "--source", "source", "--out", "d.apkg", cwd=tmp_path).returncode == 0
    with zipfile.ZipFile(tmp_path / "d.apkg") as archive:
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(tmp_path / "c.anki2")
    with connection:
        first = connection.execute("select id from notes order by id limit 1").fetchone()[0]
        connection.execute("update notes set id = 0 where id = ?", (first,))
        connection.execute("update cards set nid = 0 where nid = ?", (first,))
    connection.close()
    with zipfile.ZipFile(tmp_path / "zero.apkg", "w") as archive:
        archive.write(tmp_path / "c.anki2", "collection.anki2")
        archive.writestr("media", "{}")
    result = leaderdeck("check", "zero.apkg", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "render error: note id 0: Anki cannot load it" in result.stderr


INTERRUPTED_IN_A_CLASS = """
import os, signal, sys
import leaderdeck.cli as command


class Named:
    def __set_name__(self, owner, name):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while a class is made: Python 3.11 raises a RuntimeError


def run(*args, **kwargs):
    class Made:
        field = Named()


command.cli.main = run
sys.argv = ["leaderdeck", "validate"]
command.main()
"""


def test_ctrl_c_while_a_class_is_made_is_still_an_interrupt(tmp_path):
    """An interrupt raised inside ``__set_name__`` (a dataclass's fields, as a module is imported) reaches the
    command wrapped in a RuntimeError on Python 3.11: it is still Ctrl-C, a message and exit 130."""
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_IN_A_CLASS], cwd=tmp_path, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert (done.returncode, done.stderr) == (130, "Aborted!\n")


def test_an_error_without_ctrl_c_is_not_taken_for_one(tmp_path):
    """Only an interrupt is reported as one: another error keeps its traceback (a bug to report)."""
    script = INTERRUPTED_IN_A_CLASS.replace("os.kill(os.getpid(), signal.SIGINT)", "raise ValueError('bug')")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 1 and "ValueError: bug" in done.stderr
