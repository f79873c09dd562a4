"""Inline HTML that only styles text, read for its text.

A paragraph, list item or heading may colour or mark its words with inline HTML
(``<span style="color:blue">How do you **grow your team**?</span>``,
``<font color=red>``, ``<mark>``): Markdown keeps the tags in the text, so the
question inside them would end in ``</span>`` and not ask. The tags that only
style go, their text stays; ``<b>``/``<strong>`` and ``<i>``/``<em>`` become
Markdown emphasis. Tags inside code spans are code and stay. HTML blocks (a
``<div>`` on its own lines) are another path: :mod:`mdreader` turns them into
Markdown with :mod:`leaderdeck.htmlmd`.

Character references an exporter writes for typography (``&#8217;``, ``&#8220;``, ``&rsquo;``, ``&mdash;``)
are read as their characters, as a Markdown renderer shows them, so ``&#8220;Why?&#8221;`` is a quoted question.
Those naming markup (``&lt;``, ``&gt;``, ``&amp;``) or a space (``&nbsp;``) stay, and so does text in code spans.
"""

from __future__ import annotations

import html
import re
from ..lazyre import lazy_re

_STYLING = lazy_re(r"</?(?:span|font|mark|u|ins|small|big|abbr|cite)\b[^<>]*>", re.IGNORECASE)
_STRONG = lazy_re(r"</?(?:b|strong)\s*>", re.IGNORECASE)
_EMPHASIS = lazy_re(r"</?(?:i|em)\s*>", re.IGNORECASE)
_CODE_SPAN = lazy_re(r"(`+)[^`]*?\1")
# What a spacer paragraph holds: non-breaking spaces, line breaks, nothing to read
# A character reference: named, decimal or hexadecimal
_REFERENCE = lazy_re(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_KEPT_CHARACTERS = frozenset("<>&")
_SPACER = lazy_re(r"^(?:\s|&nbsp;|&#160;|&#xa0;|\u00a0|<br\s*/?>)*$", re.IGNORECASE)
# A tag that marks a place and shows nothing: a closing tag, or an opening one with an attribute set
# (``<a id="cache-rollout">``, ``<span name='top'/>``); ``<your answer>`` sets none and may be a blank to fill
_MARKER = lazy_re(r"</[A-Za-z][\w-]*\s*>|<[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'"
                  r"|[^\s\"'<>=]+))+\s*/?>")


def unstyled(text: str) -> str:
    """``text`` without the inline tags that only style it (checked cheaply: text without ``<`` is returned)."""
    if "<" not in text or not (_STYLING.search(text) or _STRONG.search(text) or _EMPHASIS.search(text)):
        return text
    pieces, start = [], 0
    for code in _CODE_SPAN.finditer(text):  # a code span's tags are code
        pieces.append(_plain(text[start:code.start()]) + code.group(0))
        start = code.end()
    pieces.append(_plain(text[start:]))
    return "".join(pieces)


def decoded(text: str) -> str:
    """``text`` with its typographic character references read as characters (see the module docstring)."""
    if "&" not in text or not _REFERENCE.search(text):
        return text
    pieces, start = [], 0
    for code in _CODE_SPAN.finditer(text):
        pieces.append(_REFERENCE.sub(_character, text[start:code.start()]) + code.group(0))
        start = code.end()
    pieces.append(_REFERENCE.sub(_character, text[start:]))
    return "".join(pieces)


def _character(match: re.Match[str]) -> str:
    """The character a reference names, unless it is markup, a space or a control (then the reference as written)."""
    character = html.unescape(match.group(0))
    if len(character) != 1 or character in _KEPT_CHARACTERS or character.isspace() or not character.isprintable():
        return match.group(0)
    return character


def is_spacer(text: str) -> bool:
    """A paragraph that only makes room (``&nbsp;``, ``<br/>``) or marks a place for a link to land on (an anchor
    above a heading, ``<a id="cache-rollout"></a>``): nothing to read, and no more of the text above it."""
    return ("&" in text or "<" in text or "\u00a0" in text) and bool(_SPACER.match(_MARKER.sub("", text)))


def _plain(text: str) -> str:
    return _STRONG.sub("**", _EMPHASIS.sub("*", _STYLING.sub("", text)))
