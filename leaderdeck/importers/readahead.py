"""Reading a large document while ``leaderdeck import`` is still starting.

Before it reads anything, ``leaderdeck import`` imports the importer's few hundred rule modules: about a tenth
of a second in which the second core has nothing to do. :func:`reading_ahead` forks a child first, which imports
only the reader, reads the first document as :func:`.reader.read_document_text` would and parses the larger part
of it into blocks (Markdown: the lines after a heading :func:`share` of the way in, or all of them; plain text:
all of it) while this process imports the rules. When the reader comes to that document it :func:`claim`\\ s the
reading, parses the lines before the cut itself and takes the child's blocks for the rest.

The result is always the one a single process gives: a reading is claimed only for exactly the text and file
name it was started on (the child sends their digest before it parses), the cut is one
:func:`.halves.read_large_markdown` may make, a child that fails leaves its part to this process, and a reading
nobody claims (an error first, a text that changed on disk) is stopped and its child reaped. Where there is no
safe ``fork`` (:func:`.forked.can_fork`), nothing is read ahead.

This module imports no rule, nor does importing :mod:`leaderdeck.importers` (its names load when first used):
the child starts parsing after importing only what reading needs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..lazyre import compile_pending
from .forked import can_fork, large_pipe, reaped, write_all

if TYPE_CHECKING:  # the reader imports rules: only named here, never imported before the child forks
    from .reader import Prepared

MIN_BYTES = 100_000  # below this, reading takes the child less than a hundredth of a second: not worth a fork
# The child starts parsing about 70 ms before this process has imported its rules (its own imports take about
# half of their time), and parses a megabyte in 0.27 s (the benchmark's story bank) to 0.4 s (a megabyte of real
# documents): from about this many characters on, this process parses a share of the lines too, the share that has
# both done at once (whatever the machine's speed: both times scale with it).
_HEAD_START_CHARS = 110_000
_LEAST_SHARE = 0.1  # a smaller share is not worth the second parse: the child reads the whole document
_SKIPPED_SUFFIXES = frozenset({".csv", ".tsv", ".html", ".htm", ".xhtml"})  # not read as Markdown or text
_LENGTH = 8  # bytes of the length sent before each message


@dataclass(frozen=True, slots=True)
class Claimed:
    """A reading started for the text being read: the child parses ``lines[at:]`` (Markdown), or all of it
    (``at`` 0; plain text always), of the text as it made it ready to read (``prepared``, as
    :func:`.reader.prepared` gives it: this process need not make it again)."""

    at: int
    plain: bool
    _reading: _Reading
    prepared: Prepared | None = None

    def rows(self) -> list[tuple] | None:
        """The field values of the child's blocks (at their lines in the whole document), once it has sent them
        all; ``None`` if it failed: its part is then this process's to read."""
        return self._reading.rows()


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


def share(chars: int) -> float:
    """The share of a Markdown document's lines (not blank) this process parses itself when the child started
    ahead: none below about a quarter of a megabyte (the child reads it all), 39% of a megabyte."""
    parts = 0.5 - _HEAD_START_CHARS / max(chars, 1)
    return parts if parts >= _LEAST_SHARE else 0.0


def claim(text: str, name: str) -> Claimed | None:
    """The reading started on exactly this text (by file name ``name``), once; ``None`` if there is none (a reading
    started on another text, or one that failed, is stopped). A reading claimed stays this module's to stop until
    its blocks are read: an exception before then leaves no child behind."""
    reading = _started
    if reading is None or reading.claimed:
        return None
    reading.claimed = True
    header = reading.header()
    if header is None or header[0] != _digest(text, name):
        reading.stop()
        return None
    _, plain, at, ready = header
    return Claimed(at, plain, reading, ready)


def stop() -> None:
    """Stop the reading started, if its blocks were not read (it was not claimed, or the import failed first):
    kill its child and reap it."""
    global _started
    reading, _started = _started, None
    if reading is not None:
        reading.stop()


class _Reading:
    """The parent's end of a child reading ahead: its pipe and process."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid, self._fd = pid, fd
        self._unread = bytearray()
        self._succeeded: bool | None = None  # once reaped: whether the child exited with status 0
        self._rows: list[tuple] | None = None
        self.claimed = False

    def header(self) -> tuple[str, bool, int, object] | None:
        """``(digest, plain, at, prepared)`` as the child sent it before parsing; ``None`` if it sent none."""
        message = self._message()
        try:
            return None if message is None else pickle.loads(message)
        except Exception:  # cut short: the child failed while sending it
            return None

    def rows(self) -> list[tuple] | None:
        """What :meth:`Claimed.rows` says; the child is reaped either way. Until the child's blocks start coming,
        this process compiles patterns no rule has used yet (:func:`~leaderdeck.lazyre.compile_pending`)."""
        if self._fd < 0:  # asked before: the child has been reaped
            return self._rows
        compile_pending(lambda: bool(self._unread) or bool(select.select([self._fd], [], [], 0)[0]))
        message = self._message()
        if message is not None:
            self._message()  # the end of the pipe, once the child has left: reaped, not killed
        self.stop()
        self._rows = pickle.loads(message) if message is not None and self._succeeded else None
        return self._rows

    def stop(self) -> None:
        """Close the pipe; kill the child if it is still running and reap it."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._succeeded is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)  # a child done and not reaped yet ignores it: it keeps status 0
            self._succeeded = reaped(self._pid)

    def _message(self) -> bytes | None:
        """The next message the child sent whole (its length, then its bytes), waiting for it; ``None`` if the
        child closed its end first (it is then reaped)."""
        while True:
            if len(self._unread) >= _LENGTH:
                end = _LENGTH + int.from_bytes(self._unread[:_LENGTH], "little")
                if len(self._unread) >= end:
                    message = bytes(self._unread[_LENGTH:end])
                    del self._unread[:end]
                    return message
            chunk = os.read(self._fd, 1 << 20)
            if not chunk:
                self._succeeded = reaped(self._pid)
                return None
            self._unread += chunk


_started: _Reading | None = None


def _start(path: Path) -> _Reading | None:
    try:
        if path.suffix.casefold() in _SKIPPED_SUFFIXES or path.stat().st_size < MIN_BYTES or not can_fork():
            return None
    except OSError:  # not there, or not readable: the import says so
        return None
    reading, writing = large_pipe()  # the child's blocks fit whole: it sends them and leaves without waiting
    try:
        pid = os.fork()
    except OSError:  # no process to spare: read as usual
        os.close(reading)
        os.close(writing)
        return None
    if pid == 0:
        _child(path, reading, writing)
    os.close(writing)
    return _Reading(pid, reading)


def _child(path: Path, reading: int, writing: int) -> None:
    """The child: read ``path`` as the reader would, send the digest of its text, whether it is plain text, the cut
    and the text made ready to read, then the field values of the blocks after the cut; exit status 0 only when all
    was sent."""
    status = 1
    try:
        os.close(reading)
        from .document import read_document
        from .halves import cut, block_rows
        from .mdreader import read_markdown
        from .reader import is_web_page, prepared
        from .textreader import read_text_lines

        text = read_document(path, str(path))
        if not is_web_page(text, path.name):
            ready = prepared(text, path.name)
            part = 0.0 if ready.plain else share(sum(map(len, ready.lines)))
            at = (cut(ready.lines, part) or 0) if part else 0
            _send(writing, pickle.dumps((_digest(text, path.name), ready.plain, at, ready)))
            if ready.plain:
                blocks = read_text_lines(ready.lines)
            else:
                blocks = read_markdown(ready.lines[at:])
            _send(writing, pickle.dumps(block_rows(blocks, at), protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
    finally:
        os._exit(status)  # whatever was raised (Ctrl-C too): the parent reads this part itself


def _send(fd: int, message: bytes) -> None:
    write_all(fd, len(message).to_bytes(_LENGTH, "little") + message)


def _digest(text: str, name: str) -> str:
    import hashlib

    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(b"\0" + name.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
