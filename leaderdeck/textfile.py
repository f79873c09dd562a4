"""Reading a user's file: regular files only, a size limit applied while reading, and binary
data or a wrong encoding reported as ``path:line`` errors.

Every file leaderdeck reads on a user's behalf (sources, manifests, the taxonomy, lock
files, documents to import) comes through :func:`read_bytes`, so a FIFO, a device such as
``/dev/zero`` or a file that grows while it is read gives a message instead of a hang.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import Problem, SourceErrors

_CHUNK = 1 << 20
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def read_bytes(path: Path, display: str, *, max_bytes: int, size_advice: str = "") -> bytes:
    """The bytes of the regular file at ``path``, refused past ``max_bytes``.

    The file is checked before it is opened (opening a FIFO or some devices blocks or has
    effects) and again once open, in case it was replaced in between; the limit holds
    while reading, whatever the file claimed its size to be.
    """
    try:
        _check(os.stat(path), display, max_bytes, size_advice)
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        _fail(display, 1, f"cannot read file: {_reason(exc)}")
    try:
        _check(os.fstat(fd), display, max_bytes, size_advice)
        chunks, total = [], 0
        while chunk := os.read(fd, _CHUNK):
            total += len(chunk)
            if total > max_bytes:
                _fail(display, 1, f"file grew past the limit of {max_bytes:,} bytes while being read{size_advice}")
            chunks.append(chunk)
    except OSError as exc:
        _fail(display, 1, f"cannot read file: {_reason(exc)}")
    finally:
        os.close(fd)
    return b"".join(chunks)


def decode(data: bytes, display: str, *, kind: str, utf8_advice: str, utf16: bool = False) -> str:
    """``data`` as text: UTF-8 (a BOM is fine), or UTF-16 with a BOM when ``utf16``.

    ``kind`` names what the file should be ("YAML text file"); ``utf8_advice`` ends the
    message for bytes that are not UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if not utf16:
            _fail(display, 1, "the file is UTF-16; save it as UTF-8")
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            _fail(display, 1, "not valid UTF-16 despite its byte order mark")
    if b"\x00" in data:
        if _looks_utf16(data):
            _fail(display, 1, "the file looks like UTF-16 without a byte order mark; save it as UTF-8")
        _fail(display, data[: data.index(b"\x00")].count(b"\n") + 1, f"binary data (NUL byte); not a {kind}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        _fail(display, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); {utf8_advice}")


def read_text(path: Path, display: str, *, max_bytes: int, kind: str, size_advice: str, utf8_advice: str,
              utf16: bool = False) -> str:
    """:func:`read_bytes`, then :func:`decode`."""
    data = read_bytes(path, display, max_bytes=max_bytes, size_advice=size_advice)
    return decode(data, display, kind=kind, utf8_advice=utf8_advice, utf16=utf16)


def _check(info: os.stat_result, display: str, max_bytes: int, size_advice: str) -> None:
    if not stat.S_ISREG(info.st_mode):
        _fail(display, 1, f"not a regular file but {_file_kind(info.st_mode)}; give a file")
    if info.st_size > max_bytes:
        _fail(display, 1, f"file is {info.st_size:,} bytes, over the limit of {max_bytes:,} bytes{size_advice}")


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def _looks_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a BOM: NUL in every other byte of the first characters."""
    sample = data[:200]
    return len(sample) >= 4 and (sample[1::2].count(0) > 0.9 * (len(sample) // 2)
                                 or sample[0::2].count(0) > 0.9 * (len(sample) // 2))


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _fail(display: str, line: int, message: str) -> None:
    raise SourceErrors([Problem(display, line, message)]) from None
