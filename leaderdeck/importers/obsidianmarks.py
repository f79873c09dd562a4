"""Obsidian's Dataview fields and block ids in a note's lines: the fields read as the labels they are, the ids gone.

A Dataview field, ``Answer:: Listen first.`` (also after a bullet or a ticked box, ``- [x] ...`` then
``- Answer:: ...``), is the label it names: ``Answer: Listen first.``, so the answer holds no stray colon.
``std::vector`` (no space after the marks) and ``Foo::bar`` are no fields. Only lines holding ``::`` are looked at
again. (Wikilinks, ``[[page|alias]]``, are read where links are.)

A block id closing a line (``We shipped on time. ^d3f9a1``, a place other notes link to) is no text of the line.
Only lines holding `` ^`` are looked at for one.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_BLOCK_ID = lazy_re(r"\s\^[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*$")
_FIELD = lazy_re(r"^(\s*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?)([A-Za-z][\w -]{0,30}?)::(?=[ \t]|$)")


def obsidian_read(lines: list[str]) -> list[str]:
    """``lines`` with their Dataview fields read as labels and their block ids gone (see the module docstring)."""
    return [_read(line) if "::" in line or " ^" in line else line for line in lines]


def _read(line: str) -> str:
    line = _FIELD.sub(r"\1\2:", line, count=1) if "::" in line else line
    return _BLOCK_ID.sub("", line) if " ^" in line else line


def has_obsidian_marks(text: str) -> bool:
    """Whether ``text`` may hold a Dataview field or a block id (a quick look before :func:`obsidian_read`)."""
    return "::" in text or " ^" in text
