"""Two pieces of work at once: one in this process, the other in a forked child.

:func:`in_two` forks a child that runs the second piece and sends its result back through a pipe,
pickled by :func:`leaderdeck.pickling.dump` (records as their class and field values, quick to
load) as it is written, so that this process loads it while the child still pickles the rest; the child
then leaves with ``os._exit`` (no cleanup, no flushing of buffers it shares with this process).
Meanwhile this process runs the first piece, then reads and reaps the child. The result is always the
one a single process gives: where there is no safe ``fork`` (Windows, macOS, a process with other
threads), or the child fails (an exception, a result that does not pickle, a non-zero exit, nothing
sent), the second piece runs here afterwards, so an exception it raises surfaces here as it would in
one process. An exception from the first piece, or Ctrl-C while this process waits for the child, propagates once the child is killed and reaped: no
zombie, no hang.

:func:`map_in_two` shares a list's items the same way, a run at a time, and its child sends each run's
results as soon as they are made, so that little is left to send and read once both are done.

It pays only for work long enough to outweigh a ``fork`` and the pickling of one result (a few
hundredths of a second for a megabyte of blocks): callers decide when, :func:`map_in_two` by a
count of items.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, NoReturn, TypeVar, cast

try:
    import fcntl
except ImportError:  # Windows: no fcntl, and no fork either
    fcntl = None  # type: ignore[assignment]

from ..lazyre import compile_pending
from ..pickling import dump as dump_to, dumps
from .aheadwork import run_queued

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")
R = TypeVar("R")

_FAILED = object()  # what a child that sent no result gives
# Items from which :func:`map_in_two` forks by default: a note's reading, settling or writing out takes a few
# tenths of a millisecond, so below a few hundred notes a fork and the pickling of half the results save nothing.
LEAST = 400
RUN = 8  # items a process claims at a time: the two finish within a run of each other
MOST_RUNS = 1024  # runs at most, so their numbers (_WIDTH bytes each) fit a pipe's buffer before anyone reads it
_WIDTH = 4
_LENGTH = 8  # bytes of the length sent before each run's pickle
_PIPE_BUFFER = 1 << 20  # the most an unprivileged process may ask for, by default: a megabyte


def in_two(first: Callable[[], A], second: Callable[[], B], *, dump: Callable[[object, BinaryIO], None] = dump_to,
           load: Callable[[BinaryIO], object] = pickle.load) -> tuple[A, B]:
    """``(first(), second())``, ``second`` run in a forked child while this process runs ``first``; the child
    writes its result to the pipe as ``dump`` pickles it, and this process loads it with ``load`` as it comes (while
    the child is still pickling the rest)."""
    if not can_fork():
        return first(), second()
    reading, writing = large_pipe()
    try:
        pid = os.fork()
    except OSError:  # no process to spare: one process does both
        os.close(reading)
        os.close(writing)
        return first(), second()
    if pid == 0:
        _run_child(second, reading, writing, dump)
    os.close(writing)
    try:
        ours = first()
        _work_ahead(reading)  # until the child starts sending
        loaded = _loaded(reading, load)
    except BaseException:  # an exception of the first, or Ctrl-C while waiting for the child
        _stop(reading, pid)
        raise
    os.close(reading)
    theirs = _result(loaded, pid)
    return ours, (second() if theirs is _FAILED else cast(B, theirs))


def large_pipe() -> tuple[int, int]:
    """A pipe whose buffer holds a large result whole where the system allows it (Linux, :data:`_PIPE_BUFFER`):
    a child done before this process writes all of it and leaves, instead of waiting for this process to read."""
    reading, writing = os.pipe()
    if hasattr(fcntl, "F_SETPIPE_SZ"):
        with contextlib.suppress(OSError):  # over the system's limit: the usual buffer
            fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, _PIPE_BUFFER)
    return reading, writing


class _Unloaded:
    """What the child sent did not load: the error it raised."""

    def __init__(self, error: Exception) -> None:
        self.error = error


def _loaded(reading: int, load: Callable[[BinaryIO], object]) -> object:
    """What the child sends, loaded as it comes: :data:`_FAILED` if it sent nothing, an :class:`_Unloaded` if what
    it sent does not load (cut short, or not a result)."""
    with os.fdopen(reading, "rb", closefd=False) as source:  # closed by the caller, whatever happens here
        if not source.peek(1):
            return _FAILED
        try:
            return load(source)
        except Exception as error:
            return _Unloaded(error)


def _result(loaded: object, pid: int) -> object:
    """The child's result from what it sent, once it has left; :data:`_FAILED` unless it sent something that loads
    and exited with status 0."""
    done = reaped(pid)
    if isinstance(loaded, _Unloaded):
        if done:
            raise loaded.error  # all of it was sent and it does not load: this process's error, as in one process
        return _FAILED  # a child that failed while it was sending
    return loaded if done else _FAILED


def map_in_two(function: Callable[[T], R], items: Sequence[T], *, least: int | None = None) -> list[R]:
    """``[function(item) for item in items]``; with ``least`` items or more (default :data:`LEAST`), shared with
    a forked child. Each process claims the next run of items not yet claimed (:class:`Claims`) until none is
    left, so the two finish together whatever each item costs (a story bank, then a question list) and however
    busy the machine keeps either. The child sends each run's results as soon as they are made, and this process
    reads what has come between its own runs (:class:`_Runs`): at the end, only the run each process was making
    is left to send and read, not all the child made. A run the child claimed but did not send whole (it failed)
    is mapped here afterwards; where there is no safe ``fork``, this process maps them all."""
    if len(items) < max(LEAST if least is None else least, 2) or not can_fork():
        return [function(item) for item in items]
    size = max(RUN, -(-len(items) // MOST_RUNS))
    starts = range(0, len(items), size)

    def run(number: int) -> tuple[int, list[R]]:
        start = starts[number]
        return start, [function(item) for item in items[start:start + size]]

    with Claims(len(starts)) as claims:
        mapped = _shared(run, claims)
    for start in (start for start in starts if start not in mapped):  # claimed by a child that failed: mapped here
        mapped[start] = [function(item) for item in items[start:start + size]]
    return [result for start in starts for result in mapped[start]]


def _shared(run: Callable[[int], tuple[int, list[R]]], claims: Claims) -> dict[int, list[R]]:
    """The results of the runs this process and a forked child claim, by their first item's index: those it made
    and those the child sent whole; nothing from a child when there is no process to spare."""
    reading, writing = large_pipe()
    try:
        pid = os.fork()
    except OSError:  # no process to spare: the caller maps every run
        os.close(reading)
        os.close(writing)
        return {}
    if pid == 0:
        _send_runs(run, claims, reading, writing)
    os.close(writing)
    sent = _Runs(reading)
    mapped: dict[int, list[R]] = {}
    try:
        for number in claims:
            start, results = run(number)
            mapped[start] = results
            sent.take()
        sent.take_rest()
    except BaseException:  # an exception of this process's runs, or Ctrl-C while waiting for the child
        _stop(reading, pid)
        raise
    os.close(reading)
    reaped(pid)  # whatever its status, each run it sent whole is that run's results
    return {**sent.runs, **mapped}


def _send_runs(run: Callable[[int], tuple[int, list[R]]], claims: Claims, reading: int, writing: int) -> NoReturn:
    """The child: make the runs it claims, sending each as it is made (its length, then its pickle), and leave,
    exit status 0 only when all were sent."""
    status = 1
    try:
        os.close(reading)
        for number in claims:
            frame = dumps(run(number))
            write_all(writing, len(frame).to_bytes(_LENGTH, "little") + frame)
        status = 0
    finally:
        os._exit(status)  # whatever was raised: the parent maps the runs not sent and sees it


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class _Runs:
    """The runs a child sends, read as they come: :meth:`take` reads what the pipe holds without waiting,
    :meth:`take_rest` waits for the rest; :attr:`runs` holds each run read whole (one the child was still sending
    when it failed is not)."""

    def __init__(self, reading: int) -> None:
        self._reading = reading
        self._unread = bytearray()
        self.runs: dict[int, list] = {}
        os.set_blocking(reading, False)

    def take(self) -> bool:
        """Read and load what has come; whether the child has closed its end."""
        while True:
            try:
                chunk = os.read(self._reading, _PIPE_BUFFER)
            except BlockingIOError:  # nothing more yet
                return False
            if not chunk:
                return True
            self._unread += chunk
            self._load()

    def take_rest(self) -> None:
        """Wait for the rest (doing work ahead until the child sends: :func:`_work_ahead`)."""
        while not self.take():
            _work_ahead(self._reading)
            select.select([self._reading], [], [])

    def _load(self) -> None:
        at, unread = 0, self._unread
        while len(unread) - at >= _LENGTH:
            end = at + _LENGTH + int.from_bytes(unread[at:at + _LENGTH], "little")
            if len(unread) < end:
                break
            start, results = pickle.loads(unread[at + _LENGTH:end])
            self.runs[start] = results
            at = end
        del unread[:at]


class Claims:
    """Run numbers ``0 .. count-1``, each given to exactly one of the processes that iterate over this: a pipe
    holds them, written before the fork, and a read of a pipe takes its bytes whole, so two processes reading it
    at once never get the same number."""

    def __init__(self, count: int) -> None:
        if count > MOST_RUNS:
            raise ValueError(f"at most {MOST_RUNS} runs fit the pipe unread")
        self._reading, writing = os.pipe()
        try:
            os.write(writing, b"".join(number.to_bytes(_WIDTH, "little") for number in range(count)))
        finally:
            os.close(writing)  # once every number is read, a read finds the end of the pipe

    def __iter__(self) -> Iterator[int]:
        while self._reading >= 0 and len(claimed := os.read(self._reading, _WIDTH)) == _WIDTH:
            yield int.from_bytes(claimed, "little")

    def __enter__(self) -> Claims:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Close this process's end of the pipe (once only)."""
        if self._reading >= 0:
            os.close(self._reading)
            self._reading = -1


def can_fork() -> bool:
    # macOS's system libraries are not safe to use in a forked child; nor is a process with other threads
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


def _run_child(second: Callable[[], B], reading: int, writing: int,
               dump: Callable[[object, BinaryIO], None]) -> NoReturn:
    """The child: send ``second()`` and leave, exit status 0 only when all of it was sent."""
    status = 1
    try:
        os.close(reading)
        with os.fdopen(writing, "wb") as out:
            dump(second(), out)
        status = 0
    finally:
        os._exit(status)  # whatever was raised: the parent runs ``second`` again and sees it


def _work_ahead(reading: int) -> None:
    """Until something can be read from ``reading``: the work queued for a wait (:mod:`.aheadwork`), then the
    patterns no rule has used yet (:func:`~leaderdeck.lazyre.compile_pending`): time this process would spend
    waiting, taken off what comes after."""
    def sent() -> bool:
        return bool(select.select([reading], [], [], 0)[0])

    run_queued(sent)
    compile_pending(sent)


def _stop(reading: int, pid: int) -> None:
    """Close the pipe, kill the child and reap it: this process is leaving with an exception."""
    os.close(reading)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # already reaped (SIGCHLD ignored)
        return
    reaped(pid)


def reaped(pid: int) -> bool:
    """Wait for the child; whether it exited with status 0."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # reaped by someone else (SIGCHLD ignored): its status is unknown
        return False
    return status == 0
