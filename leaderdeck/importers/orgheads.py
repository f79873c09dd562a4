"""Headings of an Emacs Org outline saved as Markdown: ``* Questions`` over ``** Tell me about a time ...``.

Org marks a heading with stars at the start of its line, one per level, then a space. A writer who keeps notes in
Org and saves them as ``.md`` gets a page that Markdown reads wrongly: ``* Questions`` is a one-item list and every
``** Describe a time ...`` line under it is plain text (two stars and a space open no list and no emphasis), so the
whole run becomes one paragraph and its questions are lost. Three lines or more opening that way (two stars or
more, a space, then text; never in a fence) mark the page as an Org outline: each line opening with one to six
stars and a space is then the heading of that depth (``**`` a ``##``). A page with fewer such lines (a stray
``** note``) keeps its lines, and a rule of stars (``* * *``) or a line of stars alone is never a heading.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_DEEP = lazy_re(r"^\*{2,6}[ \t]+[^\s*]")
_HEAD = lazy_re(r"^(\*{1,6})[ \t]+(?=[^\s*])")
_FENCE = lazy_re(r"^[ ]{0,3}(```|~~~)")
_LEAST = 3


def org_heads(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with an Org outline's star headings written as Markdown headings (one look spares a text with no
    line opening on two stars)."""
    if not any(line.startswith("**") for line in lines):
        return lines
    deep, fenced = 0, False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and _DEEP.match(line):
            deep += 1
            if deep >= _LEAST:
                break
    if deep < _LEAST:
        return lines
    out, fenced = [], False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        out.append(line if fenced or not line.startswith("*") else _HEAD.sub(_marks, line, count=1))
    return tuple(out)


def _marks(match) -> str:
    return "#" * len(match.group(1)) + " "
