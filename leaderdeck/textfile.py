"""Reading a user's text file: size limit, binary data and encoding become ``path:line`` errors."""

from __future__ import annotations

from pathlib import Path

from .errors import Problem, SourceErrors


def read_text(path: Path, display: str, *, max_bytes: int, kind: str, size_advice: str, utf8_advice: str,
              utf16: bool = False) -> str:
    """The text of ``path``: UTF-8 (a BOM is fine), or UTF-16 with a BOM when ``utf16``.

    ``kind`` names what the file should be ("YAML text file"); the advice strings end the
    messages for an oversized file and for bytes that are not UTF-8.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            _fail(display, 1, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes{size_advice}")
        data = path.read_bytes()
    except OSError as exc:
        _fail(display, 1, f"cannot read file: {exc.strerror}")
    if utf16 and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            _fail(display, 1, "not valid UTF-16 despite its byte order mark")
    if b"\x00" in data:
        _fail(display, data[: data.index(b"\x00")].count(b"\n") + 1, f"binary data (NUL byte); not a {kind}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        _fail(display, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); {utf8_advice}")


def _fail(display: str, line: int, message: str) -> None:
    raise SourceErrors([Problem(display, line, message)]) from None
