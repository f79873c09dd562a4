"""Work shared with a forked child gives what one process gives, and leaves no child behind.

Each test checks the result against the one-process result, and that a fork did (or did not)
happen; a child that fails in any way leaves its work to this process; an exception in this
process's own work propagates at once, the child killed and reaped.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
import time
from pathlib import Path

import pytest

from leaderdeck.importers import forked

needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="no safe fork here: one process does both")


@pytest.fixture
def forks(monkeypatch) -> list[int]:
    """The ids of the children forked during the test (0 for a fork that failed)."""
    children: list[int] = []
    fork = os.fork

    def counted() -> int:
        pid = fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted)
    return children


def in_child(parent: int) -> bool:
    return os.getpid() != parent


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else -1


def assert_reaped(children: list[int]) -> None:
    for pid in children:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_in_two_gives_both_results_the_second_from_a_child(forks):
    parent = os.getpid()
    before = open_fds()
    first, second = forked.in_two(lambda: ("here", os.getpid()), lambda: {"there": in_child(parent), "n": [1.5, None]})
    assert first == ("here", parent)
    assert second == {"there": True, "n": [1.5, None]}  # computed in the child, and only there
    assert len(forks) == 1
    assert_reaped(forks)
    assert open_fds() == before  # both ends of the pipe closed


@needs_fork
def test_while_the_child_works_this_process_compiles_patterns_and_stops_once_the_child_sends(monkeypatch, forks):
    go, release = os.pipe()  # the child waits for a byte on it before it returns
    asked: list[bool] = []

    def compile_pending(done):
        asked.append(done())  # the child is still waiting: nothing to read yet
        os.write(release, b"x")
        for _ in range(500):  # then the child sends its result, and ``done`` says so
            if done():
                asked.append(True)
                break
            time.sleep(0.01)

    monkeypatch.setattr(forked, "compile_pending", compile_pending)
    first, second = forked.in_two(lambda: "here", lambda: os.read(go, 1) + b" sent")
    os.close(go)
    os.close(release)
    assert (first, second) == ("here", b"x sent")
    assert asked == [False, True]
    assert_reaped(forks)


@needs_fork
@pytest.mark.parametrize("failure", ["raises", "exits 1", "exits 0 sending nothing", "result does not pickle",
                                     "result does not pickle, after some was sent"])
def test_a_failed_child_leaves_the_second_to_this_process(forks, failure):
    parent = os.getpid()

    def second():
        if in_child(parent):
            if failure == "raises":
                raise ValueError("only in the child")
            if failure.startswith("exits"):
                os._exit(int(failure.split()[1]))
            if failure.endswith("sent"):
                return [bytes(200_000), lambda: "a function does not pickle"]
            return lambda: "a function does not pickle"
        return "read here"

    assert forked.in_two(lambda: 1, second) == (1, "read here")
    assert len(forks) == 1
    assert_reaped(forks)


@needs_fork
def test_what_the_second_raises_surfaces_here_as_in_one_process(forks):
    def second():
        raise KeyError("bad input")

    with pytest.raises(KeyError, match="bad input"):
        forked.in_two(lambda: 1, second)
    assert len(forks) == 1
    assert_reaped(forks)


@needs_fork
def test_an_exception_in_the_first_propagates_at_once_and_leaves_no_child(forks):
    before = open_fds()

    def first():
        raise RuntimeError("first failed")

    started = time.monotonic()
    with pytest.raises(RuntimeError, match="first failed"):
        forked.in_two(first, lambda: time.sleep(60) or "late")
    assert time.monotonic() - started < 30  # the child is killed, not waited for
    assert len(forks) == 1
    assert_reaped(forks)
    assert open_fds() == before


def _state(pid: int) -> str:
    """The state letter of process ``pid`` ("Z" once it has exited and waits to be reaped)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


@needs_fork
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see a process's state")
def test_a_child_done_first_sends_a_large_result_whole_and_leaves_without_waiting(forks):
    large = "x" * 500_000  # several times a pipe's usual 64 KB buffer
    left: list[bool] = []

    def first() -> str:  # this process reads nothing until the child has left, or ten seconds have passed
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _state(forks[0]) != "Z":
            time.sleep(0.01)
        left.append(_state(forks[0]) == "Z")
        return "here"

    assert forked.in_two(first, lambda: large) == ("here", large)
    assert left == [True]
    assert_reaped(forks)


@needs_fork
def test_ctrl_c_while_waiting_for_the_child_leaves_no_child(forks):
    before = open_fds()

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    def first():  # done at once; Ctrl-C arrives while this process waits for the child
        signal.signal(signal.SIGALRM, interrupt)
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        return "here"

    previous = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            forked.in_two(first, lambda: time.sleep(60) or "late")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < 30  # the child is killed, not waited for
    assert len(forks) == 1
    assert_reaped(forks)  # and reaped: no zombie left behind
    assert open_fds() == before


def test_without_a_safe_fork_one_process_does_both(monkeypatch, forks):
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    assert forked.in_two(lambda: "a", lambda: os.getpid()) == ("a", os.getpid())
    assert forked.map_in_two(str, range(10), least=2) == [str(n) for n in range(10)]
    assert forks == []


def test_a_fork_that_fails_leaves_both_to_this_process(monkeypatch):
    def fork():
        raise OSError("no more processes")

    before = open_fds()
    monkeypatch.setattr(os, "fork", fork)
    assert forked.in_two(lambda: "a", lambda: os.getpid()) == ("a", os.getpid())
    assert open_fds() == before


def test_no_safe_fork_with_another_thread():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not forked.can_fork()
    finally:
        stop.set()
        thread.join()


@needs_fork
@pytest.mark.parametrize("count", [2, 3, 10, 101])
def test_map_in_two_keeps_the_order_of_one_process(forks, count):
    parent = os.getpid()
    items = [f"item {n}" for n in range(count)]
    mapped = forked.map_in_two(lambda item: (item.upper(), in_child(parent)), items, least=2)
    assert [upper for upper, _ in mapped] == [item.upper() for item in items]
    runs = [[child for _, child in mapped[start:start + forked.RUN]] for start in range(0, count, forked.RUN)]
    assert all(len(set(run)) == 1 for run in runs)  # a run of items is mapped by one process
    assert len(forks) == 1
    assert_reaped(forks)


@needs_fork
def test_map_in_two_shares_the_items_as_the_processes_get_through_them(forks):
    done, signal_done = os.pipe()  # the child writes a byte for each item it maps
    started, signal_started = os.pipe()  # this process writes a byte once it maps its first item
    parent = os.getpid()
    count = 10 * forked.RUN
    progress = {"child": 0, "here": 0}

    def mapped(n: int) -> bool:
        if in_child(parent):
            if progress["child"] == 0:  # the child starts once this process has claimed a run
                os.read(started, 1)
            progress["child"] += 1
            os.write(signal_done, b"x")
        elif progress["here"] == 0:  # this process's first item waits until the child has mapped every other run
            os.write(signal_started, b"x")
            waited = 0
            while waited < count - forked.RUN:
                waited += len(os.read(done, count))
        progress["here"] += not in_child(parent)
        return in_child(parent)

    by_child = forked.map_in_two(mapped, range(count), least=2)
    for end in (done, signal_done, started, signal_started):
        os.close(end)
    assert by_child.count(False) == forked.RUN  # this process was slow: the child took all the other runs
    assert by_child.count(True) == count - forked.RUN
    assert_reaped(forks)


@needs_fork
def test_runs_the_child_claimed_but_did_not_send_are_mapped_here(forks):
    parent = os.getpid()

    def mapped(n: int) -> int:
        if in_child(parent) and n % forked.RUN == 0:
            os._exit(3)  # the child dies in the first run it claims
        return n * n

    assert forked.map_in_two(mapped, range(50), least=2) == [n * n for n in range(50)]
    assert_reaped(forks)


@needs_fork
def test_runs_a_child_sent_whole_before_it_failed_are_kept(forks):
    parent = os.getpid()
    started, signal_started = os.pipe()  # the child writes a byte once it maps its first item
    sent: list[int] = []

    def mapped(n: int) -> tuple[int, bool]:
        if in_child(parent) and sent and n % forked.RUN == 0 and n != sent[0]:
            os._exit(3)  # the child dies in the second run it claims, after sending its first
        if in_child(parent) and not sent:
            sent.append(n)
            os.write(signal_started, b"x")
        elif not in_child(parent) and n == 0:  # this process waits until the child has claimed a run
            os.read(started, 1)
        return n * n, in_child(parent)

    count = 6 * forked.RUN
    results = forked.map_in_two(mapped, range(count), least=2)
    os.close(started)
    os.close(signal_started)
    assert [square for square, _ in results] == [n * n for n in range(count)]
    by_child = [n for n, (_, child) in enumerate(results) if child]
    assert len(by_child) == forked.RUN  # its first run, made there and sent whole; the rest made here
    assert_reaped(forks)


def _frame(start: int, results: list) -> bytes:
    data = pickle.dumps((start, results))
    return len(data).to_bytes(forked._LENGTH, "little") + data


def test_runs_are_read_as_they_come_and_only_whole():
    reading, writing = os.pipe()
    runs = forked._Runs(reading)
    try:
        assert runs.take() is False and runs.runs == {}  # nothing sent yet: no waiting
        first, second = _frame(0, ["a", "b"]), _frame(2, ["c"])
        os.write(writing, first + second[:5])
        assert runs.take() is False
        assert runs.runs == {0: ["a", "b"]}  # the second is not whole yet
        os.write(writing, second[5:] + _frame(3, ["d"])[:-1])  # the third never ends
        os.close(writing)
        writing = -1
        runs.take_rest()
        assert runs.runs == {0: ["a", "b"], 2: ["c"]}
    finally:
        os.close(reading)
        if writing != -1:
            os.close(writing)


def test_claims_give_each_number_once_and_refuse_more_than_a_pipe_holds():
    with forked.Claims(5) as claims:
        assert list(claims) == [0, 1, 2, 3, 4]
        assert list(claims) == []
    with pytest.raises(ValueError):
        forked.Claims(forked.MOST_RUNS + 1)


@needs_fork
def test_a_long_list_is_cut_into_at_most_the_runs_a_pipe_holds(forks):
    count = forked.RUN * forked.MOST_RUNS * 2 + 3
    assert forked.map_in_two(lambda n: n + 1, range(count), least=2) == [n + 1 for n in range(count)]
    assert_reaped(forks)


@needs_fork
def test_map_in_two_forks_from_least_items_on(forks):
    assert forked.map_in_two(lambda n: n * n, range(5), least=6) == [0, 1, 4, 9, 16]
    assert forked.map_in_two(lambda n: n * n, [], least=0) == []
    assert forked.map_in_two(lambda n: n * n, [3], least=0) == [9]
    assert forks == []
    assert forked.map_in_two(lambda n: n * n, range(6), least=6) == [0, 1, 4, 9, 16, 25]
    assert len(forks) == 1


@needs_fork
def test_map_in_two_results_that_do_not_pickle_are_made_here(forks):
    made = forked.map_in_two(lambda n: lambda: n, range(8), least=2)  # functions: they do not pickle
    assert [make() for make in made] == list(range(8))
    assert len(forks) == 1
    assert_reaped(forks)


SHARED = Path(__file__).resolve().parents[2] / "shared"
IMPORTED = sorted([*(Path(__file__).parent / "fixtures" / "import").glob("*.md"), *(SHARED / "seeds").glob("*.txt"),
                   *(p for p in (SHARED / "samples").glob("*") if p.name != "INDEX.md")])


@needs_fork
@pytest.mark.parametrize("path", IMPORTED, ids=[p.name[:40] for p in IMPORTED])
def test_a_document_imports_alike_with_its_notes_made_decided_and_written_in_two_processes(
        monkeypatch, forks, taxonomy, tmp_path, path):
    from leaderdeck.importers import halves, import_files

    alone = import_files([path], taxonomy, source_dir=tmp_path, dry_run=True)
    assert forks == []
    monkeypatch.setattr(forked, "LEAST", 2)
    monkeypatch.setattr(halves, "MIN_CHARS", 0)
    shared = import_files([path], taxonomy, source_dir=tmp_path, dry_run=True)
    assert shared == alone
    notes = len(alone[0].notes)
    assert len(forks) >= (2 * (notes >= 2))  # at least settling and writing out each forked
    assert_reaped(forks)
