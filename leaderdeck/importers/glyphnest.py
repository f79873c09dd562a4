"""Bullets nested by their glyph alone, as Apple Notes, Bear or Word copy them as text.

A note app's list shows its depth by the bullet's glyph (``•`` at the top, ``◦`` under it, ``▪`` under that) and
copies every line to the margin: ``• What is your biggest weakness?`` then ``◦ I say yes too often.``. Read flat,
the answer would be a question's sibling. A ``◦`` line is nested under the ``•`` line above it (and a ``▪`` line
under a ``◦`` one) when it is not indented past it already: it gets the indent of that line plus two spaces, as
Markdown nests a list item. A line of text at the margin that is no bullet ends the list.
"""

from __future__ import annotations

_DEPTHS = {"•": 0, "◦": 1, "▪": 2}


def glyph_nested(lines: list[str]) -> list[str]:
    """``lines`` with their ``◦``/``▪`` bullets indented under the bullet of the depth above (see the module
    docstring); only a document holding a glyph of depth one or more is read at all."""
    indents: list[int] = []  # the indent given to the last bullet of each depth, depth by depth
    out = []
    for line in lines:
        stripped = line.lstrip()
        depth = _DEPTHS.get(stripped[:1]) if stripped[1:2].isspace() else None
        if depth is None:
            if stripped and not line[:1].isspace():
                indents = []  # text at the margin: the list ended
            out.append(line)
            continue
        indent = len(line) - len(stripped)
        del indents[depth:]
        if depth and len(indents) == depth and indent <= indents[-1]:
            indent = indents[-1] + 2
            line = " " * indent + stripped
        indents.append(indent)
        out.append(line)
    return out


def has_nested_glyphs(text: str) -> bool:
    """Whether ``text`` holds a bullet glyph of depth one or more (a quick look before :func:`glyph_nested`)."""
    return "◦" in text or "▪" in text
