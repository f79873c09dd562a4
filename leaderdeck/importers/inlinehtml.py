"""Inline HTML that only styles text, read for its text.

A paragraph, list item or heading may colour or mark its words with inline HTML
(``<span style="color:blue">How do you **grow your team**?</span>``,
``<font color=red>``, ``<mark>``): Markdown keeps the tags in the text, so the
question inside them would end in ``</span>`` and not ask. The tags that only
style go, their text stays; ``<b>``/``<strong>`` and ``<i>``/``<em>`` become
Markdown emphasis. Tags inside code spans are code and stay. HTML blocks (a
``<div>`` on its own lines) are another path: :mod:`mdreader` turns them into
Markdown with :mod:`leaderdeck.htmlmd`.

A line break written as HTML (``<br>``, ``<br/>``), as Google Docs and other exporters write a soft return inside
a list item or paragraph, is a line break: ``1. Why this team?<br>I like its problems.`` is a question over its
answer, as if typed on two lines. A ``<br>`` that ends the text (a spacer) goes.

Character references are read as their characters, as CommonMark reads them (HTML5's named references, the
same table markdown-it holds, and decimal or hexadecimal ones naming a valid code point): ``&#8220;Why?&#8221;``
is a quoted question, ``&#x20;`` (GitBook's trailing space) a space, ``&nbsp;`` a non-breaking space. What the
text keeps is Markdown, so three stay as written: ``&lt;``, ``&gt;`` and ``&amp;``, which would be markup written
bare; a reference to a character that shows nothing (``&#8203;``, a zero-width space; ``&shy;``) is nothing, a
line break or tab a space, and references in code spans are code.
"""

from __future__ import annotations

import re
import unicodedata
from html.entities import html5
from ..lazyre import lazy_re
from .codespans import outside_code

_STYLING = lazy_re(r"</?(?:span|font|mark|u|ins|small|big|abbr|cite)\b[^<>]*>", re.IGNORECASE)
_STRONG = lazy_re(r"</?(?:b|strong)\s*>", re.IGNORECASE)
_EMPHASIS = lazy_re(r"</?(?:i|em)\s*>", re.IGNORECASE)
# What a spacer paragraph holds: non-breaking spaces, line breaks, nothing to read
# A character reference: named, decimal or hexadecimal
_REFERENCE = lazy_re(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_KEPT_CHARACTERS = frozenset("<>&")
_JOINERS = frozenset("\u200c\u200d")  # they join what is either side of them (an emoji sequence): kept
_SPACER = lazy_re(r"^(?:\s|&nbsp;|&#160;|&#xa0;|\u00a0|</?br\s*/?>)*$", re.IGNORECASE)
# A tag that marks a place and shows nothing: a closing tag, or an opening one with an attribute set
# (``<a id="cache-rollout">``, ``<span name='top'/>``); ``<your answer>`` sets none and may be a blank to fill
_MARKER = lazy_re(r"</[A-Za-z][\w-]*\s*>|<[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'"
                  r"|[^\s\"'<>=]+))+\s*/?>")


def unstyled(text: str) -> str:
    """``text`` without the inline tags that only style it (checked cheaply: text without ``<`` is returned)."""
    if "<" not in text or not (_STYLING.search(text) or _STRONG.search(text) or _EMPHASIS.search(text)):
        return text
    return outside_code(text, _plain)  # a code span's tags are code


_BREAK = lazy_re(r"[ \t]*</?br\s*/?>[ \t]*", re.IGNORECASE)  # "</br>" too, as many write it


def unbroken(text: str) -> str:
    """``text`` with its ``<br>`` tags read as line breaks (see the module docstring; code spans keep theirs)."""
    if "<" not in text or not _BREAK.search(text):
        return text
    lines = outside_code(text, lambda words: _BREAK.sub("\n", words)).split("\n")
    return "\n".join(line for line in lines if line.strip()) if len(lines) > 1 else lines[0]


def decoded(text: str) -> str:
    """``text`` with its character references read as characters (see the module docstring)."""
    if "&" not in text or not _REFERENCE.search(text):
        return text
    lines = outside_code(text, lambda words: _REFERENCE.sub(_character, words)).split("\n")
    return "\n".join(line.rstrip(" ") for line in lines)  # "done.&#x20;": no space left


def _character(match: re.Match[str]) -> str:
    """What a reference names (see the module docstring); the reference as written when it names nothing or would
    be markup."""
    written = match.group(0)
    character = _named(written[1:-1])
    if character is None or character in _KEPT_CHARACTERS:
        return written
    if character not in _JOINERS and all(unicodedata.category(each) == "Cf" for each in character):
        return ""
    return " " if character in "\t\n\r\f" else character


def _named(name: str) -> str | None:
    """The character(s) of a reference's ``name`` (``rsquo``, ``#8217``, ``#x2019``) as CommonMark reads it: a
    named one of HTML5's table, or a number of a code point that is no surrogate, control or non-character."""
    if name[:1] != "#":
        return html5.get(f"{name};")
    code = int(name[2:], 16) if name[1:2] in "xX" else int(name[1:])
    if 0xD800 <= code <= 0xDFFF or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE or code > 0x10FFFF \
            or code <= 0x08 or code == 0x0B or 0x0E <= code <= 0x1F or 0x7F <= code <= 0x9F:
        return None
    return chr(code)


def is_spacer(text: str) -> bool:
    """A paragraph that only makes room (``&nbsp;``, ``<br/>``) or marks a place for a link to land on (an anchor
    above a heading, ``<a id="cache-rollout"></a>``): nothing to read, and no more of the text above it."""
    return not text.strip() or ("&" in text or "<" in text or "\u00a0" in text) \
        and bool(_SPACER.match(_MARKER.sub("", text)))


def _plain(text: str) -> str:
    return _STRONG.sub("**", _EMPHASIS.sub("*", _STYLING.sub("", text)))
