"""Messages down a pipe between a forked child and this process: each its length (:data:`LENGTH` bytes), then its
bytes, so that the reader can tell where one ends however the pipe cuts what it reads."""

from __future__ import annotations

from .forked import write_all

LENGTH = 8  # bytes of the length sent before each message


def send(fd: int, message: bytes) -> None:
    """Write ``message`` to ``fd`` whole, after its length."""
    write_all(fd, len(message).to_bytes(LENGTH, "little") + message)


def take_whole(unread: bytearray) -> list[bytes]:
    """The messages ``unread`` opens with that are whole, taken off it (what is left opens the next message)."""
    whole, at = [], 0
    while len(unread) - at >= LENGTH:
        end = at + LENGTH + int.from_bytes(unread[at:at + LENGTH], "little")
        if len(unread) < end:
            break
        whole.append(bytes(unread[at + LENGTH:end]))
        at = end
    del unread[:at]
    return whole
