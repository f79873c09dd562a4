"""MkDocs / Python-Markdown admonitions (``!!! note "Sample answer"``, ``??? tip``, ``???+ warning``) read as
labelled boxes.

The ``!!!`` line becomes a bold label: its title when the title names a part of a note ("Sample answer", "Tip"),
else what the box's type means (a ``tip`` box tips, a ``warning`` box warns), else its title or its type. The body
indented under it is unindented in place, so its paragraphs are text under the label, never an indented code block;
a box nested in the body is read the same way when the lines under it are reached. A line that only looks like one
(``??? not sure yet``) has neither a quoted title nor a body indented under it, and is left as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..lazyre import lazy_re
from .labels import slot

# "!!! note", "??? tip \"Title\"", "???+ warning inline end \"Title\"": the opener, the type, classes, the title
_BOX = lazy_re(r"^(\s*)(?:!!!|\?\?\?\+?)[ \t]*([A-Za-z][\w-]*)((?:[ \t]+[\w-]+)*)[ \t]*(?:[\"'](.*)[\"'])?[ \t]*$")
_BODY_INDENT = 4


def box_label(lines: list[str], index: int, kinds: Mapping[str, str]) -> bool:
    """Read the admonition at ``index`` (if it is one) into a label line and unindent its body; ``kinds`` names
    what a box of a type is when its title names nothing. Whether it was one."""
    match = _BOX.match(lines[index])
    if match is None:
        return False
    indent = len(match.group(1).expandtabs(_BODY_INDENT))
    below = lines[index + 1].expandtabs(_BODY_INDENT) if index + 1 < len(lines) else ""
    if match.group(4) is None and len(below) - len(below.lstrip()) < indent + _BODY_INDENT:
        return False  # "??? maybe later" in prose: a box has a quoted title or a body indented under it
    kind, title = match.group(2).casefold(), (match.group(4) or "").strip()
    if title and slot(title) is not None:
        label = title
    else:
        label = kinds.get(kind) or title or kind.capitalize()
    lines[index] = " " * indent + f"**{label.rstrip(':')}:**"
    end = index
    for number in range(index + 1, len(lines)):
        line = lines[number].expandtabs(_BODY_INDENT)
        if line.strip() and len(line) - len(line.lstrip()) < indent + _BODY_INDENT:
            break
        if line.strip():
            end = number
    for number in range(index + 1, end + 1):
        line = lines[number].expandtabs(_BODY_INDENT)
        lines[number] = line[:indent] + line[indent + _BODY_INDENT:] if line.strip() else ""
    return True
