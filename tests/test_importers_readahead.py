"""A document read ahead by a child forked before the rules were imported gives the blocks, and the notes, of one
reading; a reading that fails, does not match or is never claimed leaves no child behind.

Every fixture, shared sample and seed (../shared, when present) is read ahead with the size threshold lowered, in
one piece, in many pieces, and in many pieces with a child so slow that this process reads most of them, and
compared with one reading; then the command line imports a large document with a read-ahead and writes what the
library writes without one.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from leaderdeck.cli import cli
from leaderdeck.importers import forked, halves, import_files, readahead, reader
from leaderdeck.importers.document import read_document

SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCUMENTS = sorted([*(FIXTURES / "import").glob("*.md"), *(FIXTURES / "import").glob("*.txt"),
                    *(SHARED / "seeds").glob("*.txt"),
                    *(p for p in (SHARED / "samples").glob("*.md") if p.name != "INDEX.md")])
needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="no safe fork here: nothing is read ahead")


@pytest.fixture
def children(monkeypatch) -> list[int]:
    """The ids of the children forked during the test; every document is large enough to read ahead."""
    forked_ids: list[int] = []
    fork = os.fork

    def counted() -> int:
        pid = fork()
        if pid:
            forked_ids.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted)
    monkeypatch.setattr(readahead, "MIN_BYTES", 0)
    return forked_ids


@pytest.fixture
def claims(monkeypatch) -> list[readahead.Claimed | None]:
    """What each reading of a document claimed."""
    seen: list[readahead.Claimed | None] = []
    claim = readahead.claim

    def recorded(*args):
        seen.append(claim(*args))
        return seen[-1]

    monkeypatch.setattr(reader, "claim", recorded)
    return seen


def assert_reaped(pids: list[int]) -> None:
    assert pids
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def one_reading(path: Path):
    return reader.read_document_text(read_document(path, path.name), path.name)


@needs_fork
@pytest.mark.parametrize("piece_chars,slow_child", [(10**9, False), (300, False), (300, True)],
                         ids=["one piece", "pieces", "pieces, a slow child"])
def test_every_document_read_ahead_gives_the_blocks_of_one_reading(monkeypatch, children, claims, piece_chars,
                                                                   slow_child):
    assert len(DOCUMENTS) >= 12
    monkeypatch.setattr(readahead, "PIECE_CHARS", piece_chars)
    parent, piece_rows = os.getpid(), halves.piece_rows
    if slow_child:  # this process claims most pieces: it reads them, and the child's few come in between
        monkeypatch.setattr(halves, "piece_rows",
                            lambda *args: (os.getpid() != parent and time.sleep(0.01)) or piece_rows(*args))
    pieces = 0
    for path in DOCUMENTS:
        alone = one_reading(path)
        with readahead.reading_ahead(path):
            ahead = one_reading(path)
        assert ahead == alone, path.name
        assert claims[-1] is not None, path.name  # the child's reading was used
        pieces += len(claims[-1].starts) > 1
    assert (pieces >= 5) if piece_chars < 10**9 else pieces == 0
    assert_reaped(children)


@needs_fork
def test_every_piece_the_child_sent_before_the_claim_is_used(monkeypatch, children, claims):
    monkeypatch.setattr(readahead, "PIECE_CHARS", 300)
    path = max((p for p in DOCUMENTS if p.suffix == ".md"), key=lambda p: p.stat().st_size)
    alone = one_reading(path)
    parsed, piece_rows = [], halves.piece_rows
    monkeypatch.setattr(halves, "piece_rows", lambda *args: parsed.append(args[2]) or piece_rows(*args))
    with readahead.reading_ahead(path):
        time.sleep(1)  # the child has read every piece, sent them all and left
        assert one_reading(path) == alone
    assert len(claims[-1].starts) > 5
    assert parsed == []  # none was read again here
    assert_reaped(children)


@needs_fork
def test_no_more_pieces_than_the_claims_pipe_numbers(monkeypatch, children, claims):
    monkeypatch.setattr(readahead, "PIECE_CHARS", 1)
    monkeypatch.setattr(readahead, "_MOST_PIECES", 3)
    path = max((p for p in DOCUMENTS if p.suffix == ".md"), key=lambda p: p.stat().st_size)
    alone = one_reading(path)
    with readahead.reading_ahead(path):
        assert one_reading(path) == alone
    assert len(claims[-1].starts) == 3
    assert_reaped(children)


@needs_fork
def test_a_child_that_fails_leaves_its_part_to_this_process(monkeypatch, children, claims):
    path = next(p for p in DOCUMENTS if p.suffix == ".md")
    alone = one_reading(path)
    parent, rows = os.getpid(), readahead.pickle.dumps
    # the child sends the digest, then fails before sending its blocks; this process reads them itself
    monkeypatch.setattr(readahead.pickle, "dumps",
                        lambda value, **kw: rows(value, **kw) if os.getpid() == parent or not kw else 1 / 0)
    with readahead.reading_ahead(path):
        assert one_reading(path) == alone
    assert claims[-1] is not None  # its header came: the digest, and where the pieces start
    assert_reaped(children)


@needs_fork
def test_a_text_that_is_not_the_one_read_ahead_is_read_here(tmp_path, children, claims):
    path = tmp_path / "bank.md"
    path.write_text("# Bank\n\n## Why this team?\n\nBecause it ships.\n", encoding="utf-8")
    edited = "# Bank\n\n## Why this company?\n\nBecause of its users.\n"  # what the file holds once saved again
    with readahead.reading_ahead(path):
        read = reader.read_document_text(edited, path.name)
    assert claims == [None]
    assert read == reader.read_document_text(edited, path.name)
    assert read.blocks[1].text == "Why this company?"
    assert_reaped(children)


@needs_fork
def test_a_reading_nobody_claims_is_stopped(children):
    path = next(p for p in DOCUMENTS if p.suffix == ".md")
    with pytest.raises(RuntimeError):
        with readahead.reading_ahead(path):
            raise RuntimeError("a bad option, reported before any document is read")
    assert_reaped(children)
    assert readahead._started is None


@needs_fork
def test_small_files_spreadsheets_and_web_pages_are_not_read_ahead(monkeypatch, tmp_path):
    forks: list[int] = []
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or 1 / 0)
    small = tmp_path / "bank.md"
    small.write_text("# Bank\n\n## Why?\n\nBecause.\n", encoding="utf-8")
    for path in (small, tmp_path / "sheet.csv", tmp_path / "page.html", tmp_path / "missing.md", None):
        if path is not None and path.suffix != ".md":
            path.write_text("x" * (readahead.MIN_BYTES + 1), encoding="utf-8")
        with readahead.reading_ahead(path):
            assert readahead._started is None
    assert forks == []


def story(n: int) -> str:
    return (f"## {n}. The backlog we halved, round {n}\n\n"
            f"- **Situation:** Our support backlog had grown to {n + 40} tickets a week and morale was low.\n"
            f"- **Task:** I owned bringing round {n} of the backlog under control within a quarter.\n"
            "- **Action:** I sorted the tickets by cause, fixed the three biggest causes first and rotated the "
            "on-call load so nobody carried it alone.\n"
            f"- **Result:** The backlog fell by half in {n % 5 + 6} weeks and stayed there.\n"
            "- **Learning:** Fixing causes beats working faster through symptoms.\n\n")


@needs_fork
def test_the_command_reads_a_large_document_ahead_and_writes_what_the_library_writes(tmp_path, monkeypatch,
                                                                                        claims, taxonomy):
    path = tmp_path / "large-bank.md"
    path.write_text("# Stories\n\n" + "".join(story(n) for n in range(1, 900)), encoding="utf-8")
    assert path.stat().st_size > readahead.MIN_BYTES
    result = CliRunner().invoke(cli, ["import", str(path), "--source", str(tmp_path / "ahead")])
    assert result.exit_code == 0, result.output
    assert len(claims) == 1 and claims[0] is not None  # the command's reading came from the child
    monkeypatch.setattr(readahead, "MIN_BYTES", 10**12)
    import_files([path], taxonomy, source_dir=tmp_path / "alone")
    written = (tmp_path / "ahead" / "large-bank.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "alone" / "large-bank.yaml").read_text(encoding="utf-8")
    assert written.count("situation:") == 899
