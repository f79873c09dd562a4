"""Reading a large document while ``leaderdeck import`` is still starting.

Before it reads anything, ``leaderdeck import`` imports the importer's few hundred rule modules: about a tenth of a
second in which the second core has nothing to do. :func:`reading_ahead` forks a child first, which imports only what
reading that document needs, reads the first document as :func:`.reader.read_document_text` would and parses it into
blocks while this process imports the rules. A Markdown document is parsed in pieces cut at top-level headings
(:func:`.halves.piece_starts`, about one for each :data:`PIECE_CHARS` characters; plain text in one piece), each
claimed by one process from a pipe written before the fork (:class:`.forked.Claims`): the child claims pieces from
the start, and when the reader comes to that document it :func:`claim`\\ s the reading and parses the pieces nobody
has claimed yet, taking the child's blocks for the others as they come. So the two finish together however long this
process took to start, and however busy the machine keeps either. The child also writes the text it read and the
text it made ready (:func:`.prepare.prepared`) to memory shared with this process (:mod:`.handover`), and the reader
takes the latter instead of making it ready again.

The result is always the one a single process gives: a reading is claimed only for exactly the text and file name it
was started on (the child sends the name before it parses; the texts are compared byte for byte), each piece is read
as :func:`.halves.read_large_markdown` reads a half, a piece the child claimed and did not send whole (it failed) is
read here, and a reading nobody claims (an error first, a text that changed on disk) is stopped and its child reaped.
Where there is no safe ``fork`` (:func:`.forked.can_fork`), nothing is read ahead.

This module imports no rule, nor does importing :mod:`leaderdeck.importers` (its names load when first used): the
child starts parsing after importing only what reading needs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..lazyre import compile_pending
from .aheadwork import run_queued
from .forked import Claims, can_fork, large_pipe, reaped
from .handover import digest, read_ready, same_reading, shared_memory, write_ready, write_text
from .messages import send, take_whole

if TYPE_CHECKING:  # imported by the child itself, while this process imports the rest
    from mmap import mmap

    from .prepare import Prepared

MIN_BYTES = 100_000  # below this, reading takes the child less than a hundredth of a second: not worth a fork
# Characters of a piece: a few hundredths of a second to parse, so that neither process waits long for the other's
# last piece, and the pickling and sending of each costs little beside it.
PIECE_CHARS = 50_000
_MOST_PIECES = 256  # the pieces the claims pipe numbers (a larger document's pieces are larger)
_SKIPPED_SUFFIXES = frozenset({".csv", ".tsv", ".html", ".htm", ".xhtml"})  # not read as Markdown or text
# Bytes of memory shared with the child per byte of the document: the text it read takes about as many, and its
# text made ready, pickled, about as many again (the lines read and the cleaned ones share most strings).
_READY_ROOM = 4


@dataclass(frozen=True, slots=True)
class Claimed:
    """A reading started for the text being read: the child parses the pieces of the text, as it made it ready to
    read (:func:`.prepare.prepared`), that start at ``starts`` (plain text: one piece, all of it)."""

    plain: bool
    starts: tuple[int, ...]
    order: tuple[int, ...]
    _reading: _Reading
    ready: Prepared | None = None  # the text as the child made it ready (what :func:`.prepare.prepared` gives)

    def rows(self, parse: Callable[[int], list[tuple]],
             made: Callable[[list[tuple]], list] = lambda rows: rows) -> list:
        """The field values of the blocks of every piece, in order, at their lines in the whole document: those
        the child sent, and ``parse(number)`` of each piece this process claims, or that the child claimed and
        did not send whole (it failed). The child is reaped either way. ``made`` is given each piece's rows as
        soon as they are parsed or come (the blocks they make, for one: made while the child still reads)."""
        return self._reading.rows(parse, self.order, made)


def reading_ahead(path: Path | None) -> contextlib.AbstractContextManager[None]:
    """Read ``path`` ahead in a child while the ``with`` body imports the rules and runs the import; a reading
    not claimed by then is stopped. ``None``, a small file, one that is not Markdown or text by its name, or no
    safe ``fork``: nothing is read ahead."""
    return _ahead(path)


@contextlib.contextmanager
def _ahead(path: Path | None) -> Iterator[None]:
    global _started
    _started = _start(path) if path is not None else None
    try:
        yield
    finally:
        stop()


def claim(text: str, name: str) -> Claimed | None:
    """The reading started on exactly this text (by file name ``name``), once; ``None`` if there is none (a reading
    started on another text, or one that failed, is stopped). A reading claimed stays this module's to stop until
    its blocks are read: an exception before then leaves no child behind."""
    reading = _started
    if reading is None or reading.claimed:
        return None
    reading.claimed = True
    header = reading.header()
    if header is None or not reading.reads(header[:3], text, name):
        reading.stop()
        return None
    _, at, _, plain, starts, order, ready = header
    return Claimed(plain, starts, order, reading, reading.ready(at or 0, ready))


def stop() -> None:
    """Stop the reading started, if its blocks were not read (it was not claimed, or the import failed first):
    kill its child and reap it."""
    global _started
    reading, _started = _started, None
    if reading is not None:
        reading.stop()


class _Reading:
    """The parent's end of a child reading ahead: its pipe, its process and the pieces not claimed yet."""

    def __init__(self, pid: int, fd: int, claims: Claims, shared: mmap | None) -> None:
        self._pid, self._fd, self._claims, self._shared = pid, fd, claims, shared
        self._unread = bytearray()
        self._received: list[bytes] = []  # messages read whole and not yet taken
        self.claimed = False

    def header(self) -> tuple[str, int | None, str | None, bool, tuple[int, ...], tuple[int, ...], int] | None:
        """``(name, text, digest, plain, starts, order, ready)`` as the child sent it before parsing: the file's name,
        the bytes of the text it wrote to the shared memory (``None``: it did not fit, and ``digest`` is that of the
        text and name), and the bytes of the text made ready written after them (0 for none); ``None`` if it sent
        none."""
        self._receive(wait=True)
        try:
            return pickle.loads(self._received.pop(0)) if self._received else None
        except Exception:  # cut short: the child failed while sending it
            return None

    def rows(self, parse: Callable[[int], list[tuple]], order: tuple[int, ...],
             made: Callable[[list[tuple]], list]) -> list:
        """What :meth:`Claimed.rows` says; the pieces are claimed in ``order``."""
        count = len(order)
        pieces: dict[int, list] = {}
        try:
            for claimed in self._claims:  # each piece nobody has claimed yet, read here
                if claimed < count:
                    pieces[order[claimed]] = made(parse(order[claimed]))
                self._take(pieces, made, wait=False)
            self._take(pieces, made, wait=False)  # those sent before the claim, when this process claimed none
            # until the child's blocks come, this process does work ahead, then compiles patterns no rule has used
            while len(pieces) < count and self._fd >= 0:
                run_queued(self._sent)
                compile_pending(self._sent)
                self._take(pieces, made, wait=True)
        finally:
            self.stop()
        for number in range(count):
            if number not in pieces:  # claimed by the child, which failed before sending it whole
                pieces[number] = made(parse(number))
        return [row for number in range(count) for row in pieces[number]]

    def _sent(self) -> bool:
        """Whether the child has sent something not read yet, or left."""
        return bool(select.select([self._fd], [], [], 0)[0])

    def reads(self, sent: tuple[str, int | None, str | None], text: str, name: str) -> bool:
        """Whether the child reads exactly ``text`` by file name ``name``, by what it ``sent`` (the first three
        items of :meth:`header`: :func:`.handover.same_reading`)."""
        return same_reading(self._shared, sent, text, name)

    def ready(self, at: int, size: int) -> Prepared | None:
        """The text made ready that the child wrote to the shared memory (``size`` bytes from ``at``), once;
        ``None`` if it wrote none, or what it wrote does not load."""
        shared, self._shared = self._shared, None
        if shared is None:
            return None
        with shared:
            return read_ready(shared, at, size)

    def stop(self) -> None:
        """Close the pipes and the shared memory; kill the child if it is still running and reap it."""
        self._claims.close()
        if self._shared is not None:
            self._shared.close()
            self._shared = None
        if self._fd >= 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)  # a child done and not reaped yet ignores it
            self._left()

    def _left(self) -> None:
        """Close the pipe the child sends on and reap the child, which has left or been killed."""
        os.close(self._fd)
        self._fd = -1
        reaped(self._pid)

    def _take(self, pieces: dict[int, list], made: Callable[[list[tuple]], list], wait: bool) -> None:
        """Load each piece the child has sent whole into ``pieces``, as ``made`` makes its rows; ``wait``: wait for
        one at least, or for the child to close its end of the pipe."""
        self._receive(wait)
        for message in self._received:
            number, rows = pickle.loads(message)
            pieces[number] = made(rows)
        self._received.clear()

    def _receive(self, wait: bool) -> None:
        """Add to :attr:`_received` each message the child has sent whole since (its length, then its bytes): what
        has come (``wait``: waiting for one at least, unless one is there already). Once the child closes its end
        of the pipe, it is reaped."""
        messages = self._received
        wait = wait and not messages
        while self._fd >= 0:
            if not wait and not select.select([self._fd], [], [], 0)[0]:
                break
            chunk = os.read(self._fd, 1 << 20)
            if not chunk:  # the child has left
                self._left()
                break
            self._unread += chunk
            messages.extend(take_whole(self._unread))
            if messages and wait:
                wait = False  # then only what has come besides


_started: _Reading | None = None


def _start(path: Path) -> _Reading | None:
    try:
        size = path.stat().st_size
        if path.suffix.casefold() in _SKIPPED_SUFFIXES or size < MIN_BYTES or not can_fork():
            return None
    except OSError:  # not there, or not readable: the import says so
        return None
    reading, writing = large_pipe()  # most documents' blocks fit whole: the child sends them and leaves
    claims = Claims(_MOST_PIECES)
    shared = shared_memory(_READY_ROOM * size)
    try:
        pid = os.fork()
    except OSError:  # no process to spare: read as usual
        os.close(reading)
        os.close(writing)
        claims.close()
        if shared is not None:
            shared.close()
        return None
    if pid == 0:
        _child(path, claims, reading, writing, shared)
    os.close(writing)
    return _Reading(pid, reading, claims, shared)


def _child(path: Path, claims: Claims, reading: int, writing: int, shared: mmap | None) -> None:
    """The child: read ``path`` as the reader would, write its text and the text it made ready to the ``shared``
    memory, send what :meth:`_Reading.header` reads (the file's name, what it wrote, whether it is plain text, where
    its pieces start), then the field values of the blocks of each piece it claims, piece by piece; exit status 0
    only when all was sent."""
    status = 1
    try:
        os.close(reading)
        from .document import read_document
        from .prepare import is_web_page, prepared

        text = read_document(path, str(path))
        if not is_web_page(text, path.name):
            ready = prepared(text, path.name)
            starts, order, rows = _plan(ready)
            at = write_text(shared, text)  # or, where it does not fit, its digest is sent
            kept = write_ready(shared, at or 0, ready)
            send(writing, pickle.dumps((path.name, at, None if at is not None else digest(text, path.name),
                                         ready.plain, starts, order, kept)))
            for claimed in claims:
                if claimed < len(order):
                    number = order[claimed]
                    send(writing, pickle.dumps((number, rows(number)), protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
    finally:
        os._exit(status)  # whatever was raised (Ctrl-C too): the parent reads this part itself


def _plan(ready: Prepared) -> tuple[tuple[int, ...], tuple[int, ...], Callable[[int], list[tuple]]]:
    """Where the pieces of a text made ready start, the order they are claimed in, and what gives a piece's rows
    (importing the reader of the text's own kind only: plain text needs no Markdown parser)."""
    if ready.plain:
        from .blocks import block_rows
        from .textreader import read_text_lines

        return (0,), (0,), lambda _: block_rows(read_text_lines(ready.lines))
    from .halves import piece_order, piece_rows, piece_starts

    pieces = min(sum(map(len, ready.lines)) // PIECE_CHARS, _MOST_PIECES)
    starts = piece_starts(ready.lines, pieces) if pieces > 1 else (0,)
    return starts, piece_order(ready.lines, starts), partial(piece_rows, ready.lines, starts)
