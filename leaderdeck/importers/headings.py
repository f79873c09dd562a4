"""ATX heading lines written without the space CommonMark asks for (``###Leadership``), as personal notes often
are: the space put back, so that markdown-it reads them as headings.

Only a line that starts with one to six ``#`` followed by a letter is one, outside fenced code. A line of
several ``#word`` tokens is a line of tags, not a heading, and so is one ``#word`` alone (one mark and one
word is how a hashtag is written); ``##Word`` (two marks or more) is a heading.

A heading's attribute list, as Pandoc, kramdown, Hugo and exporters to them write it after its text
(``## Recruiting {.wp-block-heading}``, ``{#hiring}``, ``{: .note}``, ``{-}``), is markup: :func:`heading_text`
is the heading without it.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_GLUED = lazy_re(r"^(#{1,6})([^\W\d_].*)$")
_FENCE = lazy_re(r"^ {0,3}(`{3,}|~{3,})")
_NOTABLE = ("#", " ", "`", "~")  # what a line either of them matches starts with
# "{.class #id key=value}" or "{-}" closing a heading: its first token an id, a class or Pandoc's "-"
_ATTRIBUTES = lazy_re(r"\s+\{:?[ \t]*(?:#[^\s{}]+|\.[\w:-]+|-)"
                      r"(?:[ \t]+(?:#[^\s{}]+|\.[\w:-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s}]+)))*[ \t]*\}\s*$")


def spaced_headings(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with each glued heading line given its space; every other line as it was."""
    out = list(lines)
    fence = ""
    for index, line in enumerate(lines):
        if line[:1] not in _NOTABLE:  # most lines: neither a heading nor a fence
            continue
        if opened := _FENCE.match(line):
            mark = opened.group(1)
            if not fence:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence) and not line.strip().strip(mark[0]):
                fence = ""
            continue
        if not fence and (glued := _GLUED.match(line)) and _heading(glued.group(1), glued.group(2)):
            out[index] = f"{glued.group(1)} {glued.group(2)}"
    return tuple(out)


def _heading(marks: str, rest: str) -> bool:
    tokens = rest.split()
    if any(token.startswith("#") for token in tokens[1:]):
        return False  # "#leadership #hiring": tags
    return len(marks) > 1 or len(tokens) > 1


def heading_text(text: str) -> str:
    """A heading's ``text`` without the attribute list that closes it (see the module docstring)."""
    if "{" not in text:
        return text
    bare = _ATTRIBUTES.sub("", text)
    return bare if bare.strip() else text
