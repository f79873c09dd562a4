"""STAR parts keyed by their letter glued to the text with a dash: ``S-The export stalled.`` then ``A-I ...``.

A note taker in a hurry writes ``S-``, ``T-``, ``A-``, ``R-`` and ``L-`` (learning) straight before the part's
text, with no space and no colon. One such line alone may be a word of its own (``A-list``, ``T-shirt``,
``R-squared``), so the form is read only in a paragraph (lines with no blank line between them) where two or more
lines open so with different STAR letters, in the method's order (Situation, Task, Action, Result, Learning),
none of them twice, each followed by a few words of text. Those lines are rewritten ``S: text``, the form every
reader already knows; lines between them (a part carried on over several lines) stay as they are.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

_ORDER = "STARL"
# "S-The export stalled", "- A-I moved it" (a list item too): the letter, a dash, then text (not another dash)
_GLUED = lazy_re(r"^(?P<pad>\s*(?:[-*+]\s+)?)(?P<letter>[STARL])-(?P<rest>[^\s\-].*)$")
_MIN_WORDS = 3
_FENCE = ("```", "~~~")


def glued_star_labels(lines: list[str]) -> list[str]:
    """``lines`` with each paragraph's glued STAR keys (see the module) written as ``Letter: text``: the keys found
    first (only a line with a dash may hold one), the paragraphs read only when there are two, and one weighed only
    when it holds two of them."""
    keys = {index: match for index, line in enumerate(lines) if "-" in line and (match := _glued(line))}
    out = list(lines)
    if len(keys) < 2:
        return out
    found: dict[int, re.Match[str]] = {}  # the glued keys of the paragraph read so far, by line
    fence = ""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(_FENCE):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
        if fence or not stripped:  # a paragraph ends
            if len(found) > 1:
                _rewrite(out, found)
            found = {}
        elif index in keys:
            found[index] = keys[index]
    if len(found) > 1:
        _rewrite(out, found)
    return out


def _glued(line: str) -> re.Match[str] | None:
    """The glued key opening ``line`` with a few words after it, if it has one."""
    match = _GLUED.match(line)
    return match if match and len(match.group("rest").split()) >= _MIN_WORDS else None


def _rewrite(lines: list[str], found: dict[int, re.Match[str]]) -> None:
    """Rewrite the glued keys ``found`` in one paragraph of ``lines`` when they read as one story's parts."""
    letters = [_ORDER.index(match.group("letter")) for match in found.values()]
    if letters != sorted(set(letters)):
        return
    for index, match in found.items():
        lines[index] = f"{match.group('pad')}{match.group('letter')}: {match.group('rest')}"
