"""MkDocs / Python-Markdown admonitions (``!!! note "Sample answer"``, ``??? tip``, ``???+ warning``) read as
labelled boxes.

A collapsed question at the margin (``??? question "How do you ...?"``) becomes a heading over its answer; so does a
box of any type at the margin whose title asks and whose body opens with boxes of its own (``!!! danger "Tell me
about a time ...?"`` over ``??? tip "Short Answer"``): a bank marking its questions by colour, each holding its
answers, never a red flag. Any other
``!!!`` line becomes a bold label: its title when the title names a part of a note ("Sample answer", "Tip"),
else what the box's type means (a ``tip`` box tips, a ``warning`` box warns), else its title or its type. The body
indented under it is unindented in place, so its paragraphs are text under the label, never an indented code block;
a box nested in the body is read the same way when the lines under it are reached. A line that only looks like one
(``??? not sure yet``) has neither a quoted title nor a body indented under it, and is left as it is.

Where the box ends is kept: its body is its indented lines, so the first line after them that is back at the box's
own margin is outside it (:func:`box_label` gives its index), and its text is no more of the box's label.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..lazyre import lazy_re
from .blocks import Block
from .labels import slot
from .text import is_question

# "!!! note", "??? tip \"Title\"", "???+ warning inline end \"Title\"": the opener, the type, classes, the title
_BOX = lazy_re(r"^(\s*)(?:!!!|\?\?\?\+?)[ \t]*([A-Za-z][\w-]*)((?:[ \t]+[\w-]+)*)[ \t]*(?:[\"'](.*)[\"'])?[ \t]*$")
_BODY_INDENT = 4


def box_label(lines: list[str], index: int, kinds: Mapping[str, str], asking: frozenset[str] = frozenset()) \
        -> int | None:
    """Read the admonition at ``index`` (if it is one) into a label line and unindent its body; ``kinds`` names
    what a box of a type is when its title names nothing. A box of an ``asking`` type (``??? question "How do you
    ...?"``) at the margin, titled by no label of ours, is a heading instead: its title the question, its body the
    answer. ``None`` when it was none, else the index of the first line after the box, outside it
    (``len(lines)`` when the box closes the document)."""
    match = _BOX.match(lines[index])
    if match is None:
        return None
    indent = len(match.group(1).expandtabs(_BODY_INDENT))
    below = lines[index + 1].expandtabs(_BODY_INDENT) if index + 1 < len(lines) else ""
    if match.group(4) is None and len(below) - len(below.lstrip()) < indent + _BODY_INDENT:
        return None  # "??? maybe later" in prose: a box has a quoted title or a body indented under it
    kind, title = match.group(2).casefold(), (match.group(4) or "").strip()
    if title and slot(title) is not None:
        label = title
    else:
        label = kinds.get(kind) or title or kind.capitalize()
    if title and not indent and slot(title) is None and (kind in asking or _holds_boxes(lines, index, title)):
        lines[index] = f"###### {title}"  # '??? question "How do you ...?"': a collapsed question over its answer
    else:
        lines[index] = " " * indent + f"**{label.rstrip(':')}:**"
    end, after = index, len(lines)
    for number in range(index + 1, len(lines)):
        line = lines[number].expandtabs(_BODY_INDENT)
        if line.strip() and len(line) - len(line.lstrip()) < indent + _BODY_INDENT:
            after = number
            break
        if line.strip():
            end = number
    for number in range(index + 1, end + 1):
        line = lines[number].expandtabs(_BODY_INDENT)
        lines[number] = line[:indent] + line[indent + _BODY_INDENT:] if line.strip() else ""
    return after


def _holds_boxes(lines: list[str], index: int, title: str) -> bool:
    """The box at ``index``, titled ``title``, asks and its body's first line opens a box of its own
    (``??? tip "Short Answer"`` indented under it)."""
    following = next((line for line in lines[index + 1:] if line.strip()), "")
    return following[:1] in " \t" and _BOX.match(following) is not None and is_question(title)


def outside_boxes(blocks: Sequence[Block], lines: Sequence[int]) -> list[Block]:
    """``blocks`` with each block that starts on one of ``lines`` (the first line after a box's body) marked as
    standing after a box, outside it."""
    after = set(lines)
    return [dataclasses.replace(b, after_box=True) if b.line in after else b for b in blocks] if after \
        else list(blocks)
