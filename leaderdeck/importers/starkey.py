"""A key to the STAR acronym typed as lines under a line naming it: ``STAR`` over ``Story: which project`` /
``Target: what it aimed at`` / ``Action: what I did`` / ``Result: what came of it``.

In Markdown such lines run into one paragraph with the line above them, so they are no list a framework is read
from. The lines decide: a line naming the method (``STAR``, ``Answer in the STAR style``), then three labelled lines
or more, on lines right under one another, whose labels start with the acronym's letters in order (``S``, ``T``,
``A``, ``R``: the labels may be the writer's own words, ``Story``, ``Target``) and whose texts only say what each
part holds (``what I did``, ``which project and its background``: a question word opens them, or they speak to
"you"). Such a key is a template, set aside with the line naming it; it is no story and no answer.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH
from .text import ends_asking, words
from .voice import to_you
from ..lazyre import lazy_re

_ACRONYM = "STAR"
_NAMING = lazy_re(r"\b(?:STAR|S\.T\.A\.R\.?)\b")  # the method named in capitals, not "a star performer"
_KEY_LINE = lazy_re(r"^\W{0,3}(?P<label>[A-Za-z][A-Za-z ]{0,20}?)\W{0,3}\s*[:：—–-]\s*(?P<text>\S.*)$")
_DESCRIBES = lazy_re(r"^(?:what|which|who|whom|how|why|when|where)\b", re.IGNORECASE)
_MAX_NAME_WORDS = 6
_MAX_TEXT_WORDS = 10
_MIN_PARTS = 3


def star_key_at(blocks: list[Block], index: int) -> tuple[str, int] | None:
    """``(the line naming the key, how many blocks after blocks[index] hold the rest of it)`` when a STAR key
    starts in ``blocks[index]`` (see the module); ``None`` otherwise."""
    block = blocks[index]
    if block.kind is not PARAGRAPH or block.quoted or not _names(block.first_line):
        return None  # its first line names no method: most paragraphs
    lines = block.text.split("\n")
    named = next((at for at, line in enumerate(lines) if not _names(line)), len(lines)) - 1
    if named < 0:  # the paragraph opens with the lines naming the method: the key's lines follow them
        return None
    keyed = lines[named + 1:]
    taken = 0
    line = block.line + len(lines)
    for below in blocks[index + 1:]:  # the key's lines Markdown split off at their labels ("Action:", "Result:")
        if below.kind is not PARAGRAPH or below.quoted or below.line != line or "\n" in below.text:
            break
        keyed.append(below.text)
        taken += 1
        line += 1
    if not _spells(keyed):
        return None
    return lines[named].strip(" *_:"), taken


def _names(line: str) -> bool:
    """A short line that names the method (``STAR``, ``Answer in the STAR style:``)."""
    short = 0 < len(line.split(None, _MAX_NAME_WORDS)) <= _MAX_NAME_WORDS  # a word more than allowed: split no further
    return short and bool(_NAMING.search(line)) and not _KEY_LINE.match(line.strip())


def _spells(lines: list[str]) -> bool:
    """Whether every one of ``lines`` is a key line, their labels' first letters run through the acronym in order
    (three or more), and each text only says what its part holds."""
    if len(lines) < _MIN_PARTS:
        return False
    start = None
    for offset, line in enumerate(lines):
        found = _KEY_LINE.match(line.strip())
        if found is None or words(found["text"]) > _MAX_TEXT_WORDS or not describes(found["text"]):
            return False
        letter = found["label"][0].upper()
        if start is None:
            start = _ACRONYM.find(letter)
            if start < 0:
                return False
        if start + offset >= len(_ACRONYM) or _ACRONYM[start + offset] != letter:
            return False
    return True


def describes(text: str) -> bool:
    """A part's text that says what the part holds rather than tells it: a question word opens it, it asks, or it
    speaks to "you"."""
    text = text.strip()
    return bool(_DESCRIBES.match(text) or ends_asking(text) or to_you(text))
