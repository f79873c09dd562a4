"""Compiled patterns kept on disk (leaderdeck.patterncache): a pattern made from the kept code is the one
re.compile makes, a later run reads it back without compiling, and a file that is missing, damaged or refused
only costs the compiling."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pytest

from leaderdeck import lazyre, patterncache

needs_cpython_re = pytest.mark.skipif(patterncache._BUILD is None, reason="this Python's re keeps no code to reuse")


@pytest.fixture
def fresh(monkeypatch, tmp_path) -> Path:
    """An empty cache directory, and nothing read from it or compiled yet in this process."""
    monkeypatch.setenv("LEADERDECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterncache, "_entries", None)
    monkeypatch.setattr(patterncache, "_new", {})
    return tmp_path


def forget(monkeypatch) -> None:
    """As a new process: what was read and compiled is gone, the file stays."""
    monkeypatch.setattr(patterncache, "_entries", None)
    monkeypatch.setattr(patterncache, "_new", {})


def project_patterns() -> list[tuple[str, int]]:
    """Every module-level pattern of the importer and the rest of the package, by source and flags."""
    import leaderdeck.cli  # noqa: F401 - its commands' modules declare patterns
    import leaderdeck.importers.pipeline  # noqa: F401
    return sorted({(p._source, p._flags) for p in gc.get_objects() if isinstance(p, lazyre._Lazy)})


@needs_cpython_re
def test_every_project_pattern_kept_and_read_back_is_the_one_re_compiles(fresh, monkeypatch):
    patterns = project_patterns()
    assert len(patterns) > 300
    first = [patterncache.compiled(source, flags) for source, flags in patterns]
    patterncache.save()
    forget(monkeypatch)
    monkeypatch.setattr(patterncache._parser, "parse", lambda *args: pytest.fail("compiled again"))
    again = [patterncache.compiled(source, flags) for source, flags in patterns]
    monkeypatch.undo()
    for (source, flags), one, two in zip(patterns, first, again):
        expected = re.compile(source, flags)
        assert one == expected and two == expected, source  # equal patterns: the same flags and code
        assert (two.groups, dict(two.groupindex), two.pattern) == \
            (expected.groups, dict(expected.groupindex), expected.pattern)


@needs_cpython_re
def test_a_kept_pattern_finds_what_re_finds(fresh, monkeypatch):
    source, text = r"(?P<part>situation|task|action|result)\s*:\s*(?P<rest>.+)", "Result: we shipped in May"
    patterncache.compiled(source, re.IGNORECASE)
    patterncache.save()
    forget(monkeypatch)
    kept, fresh_one = patterncache.compiled(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert kept.match(text).groupdict() == fresh_one.match(text).groupdict() == {"part": "Result",
                                                                                  "rest": "we shipped in May"}


@needs_cpython_re
def test_only_new_patterns_are_written_and_the_file_keeps_what_another_run_added(fresh, monkeypatch):
    patterncache.compiled(r"first\d+", 0)
    patterncache.save()
    written = patterncache._path().stat().st_mtime_ns
    forget(monkeypatch)
    patterncache.compiled(r"first\d+", 0)
    patterncache.save()  # nothing new: the file is left alone
    assert patterncache._path().stat().st_mtime_ns == written
    forget(monkeypatch)
    patterncache.compiled(r"second\w*", re.IGNORECASE)
    patterncache.save()
    assert set(patterncache._read()) == {(r"first\d+", 0), (r"second\w*", re.IGNORECASE)}


@needs_cpython_re
@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xe9\x00\x01", b"N"],
                         ids=["empty", "text", "cut short", "not a dict"])
def test_a_damaged_file_is_compiled_past_and_replaced(fresh, content):
    path = patterncache._path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert patterncache.compiled(r"\bowner(ship)?\b", 0).search("the ownership of it").group() == "ownership"
    patterncache.save()
    assert list(patterncache._read()) == [(r"\bowner(ship)?\b", 0)]


@needs_cpython_re
def test_code_the_engine_refuses_is_compiled_afresh(fresh, monkeypatch):
    patterncache.compiled(r"a+b", 0)
    patterncache.save()
    forget(monkeypatch)
    entries = patterncache._loaded()
    flags, code, groups, names, numbered = patterncache.marshal.loads(entries[r"a+b", 0])
    entries[r"a+b", 0] = patterncache.marshal.dumps((flags, [9999, *code], groups, names, numbered))  # no such opcode
    assert patterncache.compiled(r"a+b", 0) == re.compile(r"a+b")
    entries[r"a+b", 0] = b"\xe9"  # an entry cut short
    assert patterncache.compiled(r"a+b", 0) == re.compile(r"a+b")


def test_a_bad_pattern_raises_re_error_and_nothing_is_kept(fresh):
    with pytest.raises(re.error):
        patterncache.compiled(r"(unclosed", 0)
    patterncache.save()
    assert not patterncache._path().exists()


def test_a_cache_that_cannot_be_written_only_costs_time(fresh, monkeypatch):
    blocker = fresh / "file"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    monkeypatch.setenv("LEADERDECK_CACHE_DIR", str(blocker))
    assert patterncache.compiled(r"x+", 0).fullmatch("xxx")
    patterncache.save()  # no error


def test_the_command_keeps_its_patterns_for_the_next_run(tmp_path):
    document = tmp_path / "bank.md"
    document.write_text("# Bank\n\n## Why do you want this role?\n\nBecause the team ships weekly.\n",
                        encoding="utf-8")
    env = {"LEADERDECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "leaderdeck", "import", str(document), "--dry-run"]
    first = subprocess.run(run, capture_output=True, text=True, env=env, check=True)
    kept = list((tmp_path / "cache").glob("patterns-*.marshal"))
    if patterncache._BUILD is None:
        assert kept == []
        return
    assert len(kept) == 1 and len(patterncache.marshal.loads(kept[0].read_bytes())) > 20
    second = subprocess.run(run, capture_output=True, text=True, env=env, check=True)
    assert second.stdout == first.stdout
