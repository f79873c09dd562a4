"""Characters that show nothing, taken out of a document's lines.

Text copied from a web page or a note app can carry format characters that show
nothing: a zero-width space (U+200B) opening an answer line, a word joiner
(U+2060), a byte-order mark (U+FEFF) inside a line, or zero-width joiners and
non-joiners (U+200C, U+200D) sprinkled between letters as a watermark. Left in, a
question would not read, search or compare like the text it shows. They go; a
joiner stays only where it joins something (an emoji sequence, the letters of a
script that joins them), that is, where neither side is a space, ASCII, another
invisible character or a CJK character (which never joins).

A Braille pattern blank (U+2800) shows as a blank and some editors type it as a
spacer that survives where spaces would be trimmed: opening a line (``⠀Part 2: ...``)
or standing alone on one. At a line's ends it is nothing, so the line reads as what
it shows; inside a line of other text it stays.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..lazyre import lazy_re

_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = lazy_re(f"[{_CHARS}]")
_ALWAYS = frozenset("\u200b\u2060\ufeff")
_SPACER = "\u2800"
_LEADING_SPACERS = lazy_re(r"^([ \t]*)[\u2800 \t]*\u2800")
_TRAILING_SPACERS = lazy_re(r"[ \t]*\u2800[\u2800 \t]*$")


def shows_all(text: str) -> bool:
    """Whether ``text`` holds no invisible format character: each of its lines is :func:`visible` already (asked
    of each character with ``in``, which answers at once for a text of narrower characters)."""
    return not any(char in text for char in _CHARS) and _SPACER not in text


def visible_lines(lines: Sequence[str]) -> list[str]:
    """``lines``, each :func:`visible`; a line of ASCII, which holds no invisible character, is not searched."""
    return [line if line.isascii() else visible(line) for line in lines]


def visible(line: str) -> str:
    """``line`` without its invisible format characters, and without spacers at its ends (see the module
    docstring)."""
    if _SPACER in line:
        line = _TRAILING_SPACERS.sub("", _LEADING_SPACERS.sub(r"\1", line))
    if not _INVISIBLE.search(line):
        return line
    kept = []
    for index, char in enumerate(line):
        if char in _ALWAYS:
            continue
        if char in "\u200c\u200d" and not (_joins(line[index - 1:index]) and _joins(line[index + 1:index + 2])):
            continue
        kept.append(char)
    return "".join(kept)


def _joins(char: str) -> bool:
    """Whether ``char`` (one character, or nothing at an end) can be joined to its neighbour."""
    if not char or char.isascii() or char.isspace() or char in _CHARS:
        return False
    return not (unicodedata.category(char) == "Lo" and unicodedata.east_asian_width(char) in "WF")
