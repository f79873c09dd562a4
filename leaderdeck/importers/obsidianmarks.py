"""Obsidian's Dataview fields in a note's lines, read as the labels they are.

A Dataview field, ``Answer:: Listen first.`` (also after a bullet or a ticked box, ``- [x] ...`` then
``- Answer:: ...``), is the label it names: ``Answer: Listen first.``, so the answer holds no stray colon.
``std::vector`` (no space after the marks) and ``Foo::bar`` are no fields. Only lines holding ``::`` are looked at
again. (Wikilinks, ``[[page|alias]]``, are read where links are.)
"""

from __future__ import annotations

from ..lazyre import lazy_re

_FIELD = lazy_re(r"^(\s*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?)([A-Za-z][\w -]{0,30}?)::(?=[ \t]|$)")


def obsidian_read(lines: list[str]) -> list[str]:
    """``lines`` with their Dataview fields read as labels (see the module docstring)."""
    return [_FIELD.sub(r"\1\2:", line, count=1) if "::" in line else line for line in lines]


def has_obsidian_marks(text: str) -> bool:
    """Whether ``text`` may hold a Dataview field (a quick look before :func:`obsidian_read`)."""
    return "::" in text
