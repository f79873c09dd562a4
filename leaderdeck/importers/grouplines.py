"""A bare group line typed right over a heading (``Conflict`` then ``## Story1 SCHEMA``), read as the heading of
the group it opens.

A note taker sorts stories by what they show with a word on a line of its own, after a blank line and straight
over the first story's heading: a paragraph of a few words, no sentence, no label, no list or quote mark. Left as
it is, Markdown makes it the last line of the story before it. It is the group's name: written one level above the
heading under it (``# Conflict`` over ``## Story1 SCHEMA``), it closes the story above and names the group, as a
group heading does (:mod:`.grouphead`). A heading of the top level under it has no level above it: left alone.
"""

from __future__ import annotations

from .barestory import OPENING
from .labels import slot
from .outline import Node
from .parts import label_of
from ..lazyre import lazy_re

_HEADING = lazy_re(r"^ {0,3}(#{2,6})\s+\S")
# a few words of a name: letters (any script), digits, spaces, & / ' and - inside; no sentence's or label's mark
_NAME = lazy_re(r"^[^\W_][\w&/' -]*$")
_MAX_WORDS = 4


def group_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with each bare group line over a heading written as a heading one level above it (see the
    module)."""
    out = list(lines)
    fence = ""
    for index in _near_headings(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
            continue
        heading = _HEADING.match(lines[index + 1])
        if fence or heading is None or (index and lines[index - 1].strip()) or line != stripped:
            continue
        if _NAME.match(stripped) and len(stripped.split()) <= _MAX_WORDS:
            out[index] = f"{heading.group(1)[1:]} {stripped}"
    return tuple(out)


def _near_headings(lines: tuple[str, ...]) -> list[int]:
    """The indexes of the lines (all but the last) that may open or close a fence or stand right over a heading
    of the second level or below: they hold a backtick or a tilde (one character is found faster than three), or
    the line under them ``##`` among its first five characters. Every other line is none of these."""
    return [index for index, (line, below) in enumerate(zip(lines, lines[1:]))
            if "`" in line or "~" in line or "##" in below[:5]]


def groups_stories(node: Node) -> bool:
    """Whether ``node``'s heading stands over stories rather than labels a part: it has no text of its own and
    every sub-section under it is titled by a heading that labels nothing and opens a story of its own (a
    Situation labelled in it: ``# Growth`` over ``## Story1`` with its ``Situation:`` line); a step of
    an Action with its own ``Result:`` line is no story. Such a heading names a group even when its word
    is also a part's label ("Growth", "Results")."""
    if node.body or not node.children:
        return False
    return all(child.head is not None and slot(child.head.text) is None
               and any((found := label_of(block)) is not None and found[0] in OPENING for block in child.body)
               for child in node.children)
