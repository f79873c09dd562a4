"""STAR parts keyed by their letter glued to the text with a dash: ``S-The export stalled.`` then ``A-I ...``.

A note taker in a hurry writes ``S-``, ``T-``, ``A-``, ``R-`` and ``L-`` (learning) straight before the part's
text, with no space and no colon. One such line alone may be a word of its own (``A-list``, ``T-shirt``,
``R-squared``), so the form is read only in a paragraph (lines with no blank line between them) where two or more
lines open so with different STAR letters, in the method's order (Situation, Task, Action, Result, Learning),
none of them twice, each followed by a few words of text. Those lines are rewritten ``S: text``, the form every
reader already knows; lines between them (a part carried on over several lines) stay as they are.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_ORDER = "STARL"
# "S-The export stalled", "- A-I moved it" (a list item too): the letter, a dash, then text (not another dash)
_GLUED = lazy_re(r"^(?P<pad>\s*(?:[-*+]\s+)?)(?P<letter>[STARL])-(?P<rest>[^\s\-].*)$")
_MIN_WORDS = 3
_FENCE = ("```", "~~~")


def glued_star_labels(lines: list[str]) -> list[str]:
    """``lines`` with each paragraph's glued STAR keys (see the module) written as ``Letter: text``."""
    out = list(lines)
    start, fence = 0, ""
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        if stripped.startswith(_FENCE):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
        if fence or not stripped:
            _rewrite(out, start, index)
            start = index + 1
    return out


def _rewrite(lines: list[str], start: int, end: int) -> None:
    """Rewrite the glued keys of the paragraph ``lines[start:end]`` when they read as one story's parts."""
    found = {index: match for index in range(start, end) if (match := _GLUED.match(lines[index]))
             and len(match.group("rest").split()) >= _MIN_WORDS}
    letters = [_ORDER.index(match.group("letter")) for match in found.values()]
    if len(letters) < 2 or letters != sorted(set(letters)):
        return
    for index, match in found.items():
        lines[index] = f"{match.group('pad')}{match.group('letter')}: {match.group('rest')}"
