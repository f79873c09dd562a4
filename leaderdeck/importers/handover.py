"""What a child reading a document ahead (:mod:`.readahead`) hands the importer through memory they share.

A pipe's buffer is too small to hold a megabyte's text until the importer reads it, so the child writes to memory
mapped before the fork (:func:`shared_memory`) the text it read, then the text it made ready
(:func:`.prepare.prepared`), pickled. The importer claims the reading only for exactly the text it read itself:
:func:`same_text` compares the two byte for byte, each encoded as UTF-8 with lone surrogates passed through (an
encoding that gives equal bytes for equal texts only). That costs the importer one encoding and a comparison of
bytes; a digest of the text costs each process a second pass over it, and is left (:func:`digest`) for a text the
memory cannot hold.
"""

from __future__ import annotations

import mmap
import pickle
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the child itself, while this process imports the rest
    from .prepare import Prepared


def shared_memory(room: int) -> mmap.mmap | None:
    """``room`` bytes of memory a child forked after this call shares with this process (only reserved: the pages
    written are all that is used); ``None`` where there is none to have."""
    try:
        return mmap.mmap(-1, room)
    except (OSError, ValueError, OverflowError):
        return None


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def write_text(shared: mmap.mmap | None, text: str) -> int | None:
    """The bytes of ``text`` written at the start of the ``shared`` memory; ``None``, writing nothing, when there
    is none or the text does not fit."""
    data = _encoded(text)
    if shared is None or len(data) > len(shared):
        return None
    shared[:len(data)] = data
    return len(data)


def same_text(shared: mmap.mmap | None, size: int, text: str) -> bool:
    """Whether the text :func:`write_text` wrote (``size`` bytes) is exactly ``text``."""
    return shared is not None and size <= len(shared) and shared[:size] == _encoded(text)


def same_reading(shared: mmap.mmap | None, sent: tuple[str, int | None, str | None], text: str, name: str) -> bool:
    """Whether a child that ``sent`` ``(name, size, digest)`` read exactly ``text`` by file name ``name``: ``size``
    bytes of its text written to the ``shared`` memory (:func:`write_text`), else (``None``) its :func:`digest`."""
    sent_name, size, digested = sent
    if sent_name != name:
        return False
    return same_text(shared, size, text) if size is not None else digested == digest(text, name)


def write_ready(shared: mmap.mmap | None, at: int, ready: Prepared) -> int:
    """The bytes of ``ready`` pickled into the ``shared`` memory from ``at`` (0: none, or it does not fit)."""
    data = pickle.dumps(ready)
    if shared is None or at + len(data) > len(shared):
        return 0
    shared[at:at + len(data)] = data
    return len(data)


def read_ready(shared: mmap.mmap, at: int, size: int) -> Prepared | None:
    """What :func:`write_ready` wrote (``size`` bytes from ``at``); ``None`` if it wrote none, or what it wrote does
    not load."""
    try:
        return pickle.loads(shared[at:at + size]) if size else None
    except Exception:
        return None


def digest(text: str, name: str) -> str:
    """A digest of ``text`` and the file name ``name``, for a text the shared memory cannot hold."""
    import hashlib

    hashed = hashlib.blake2b(_encoded(text), digest_size=16)
    hashed.update(b"\0" + name.encode("utf-8", "surrogatepass"))
    return hashed.hexdigest()
