"""Anki's card template language, applied the way Anki's own renderer applies it.

Supported: ``{{Field}}``, ``{{#Field}}...{{/Field}}``, ``{{^Field}}...{{/Field}}``
and ``{{FrontSide}}``; that is all leaderdeck's templates use. Filters
(``{{text:Field}}``) and unknown fields are errors, as a typo would be in Anki.
A field counts as empty when it holds only whitespace and empty ``<br>``/``<div>``
tags (Anki's rule), and a card exists only when its front template would show
at least one non-empty field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from .errors import LeaderdeckError
from .notetypes import CardTemplate, NoteType
from .lazyre import lazy_re

FRONT_SIDE = "FrontSide"
_EMPTY_FIELD = lazy_re(r"^(?:[ \t\n\x0b\x0c\r]|</?(?:br|div) ?/?>)*$", re.IGNORECASE)


class TemplateError(LeaderdeckError):
    """A card template Anki could not render."""


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Replacement:
    key: str


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    negated: bool
    children: tuple[Node, ...]


Node = Text | Replacement | Section


@dataclass(frozen=True, slots=True)
class RenderedCard:
    """One card of a note, as Anki renders it: question and answer HTML."""

    template: CardTemplate
    ord: int
    question: str
    answer: str


def field_is_empty(text: str) -> bool:
    return bool(_EMPTY_FIELD.match(text))


@cache
def parse(template: str) -> tuple[Node, ...]:
    return _parse(template, None)[0]


def _parse(text: str, open_key: str | None) -> tuple[tuple[Node, ...], str]:
    """Nodes up to the end of ``text`` or the ``{{/key}}`` closing ``open_key``."""
    nodes: list[Node] = []
    while text:
        start = text.find("{{")
        if start == -1:
            nodes.append(Text(text))
            break
        if start:
            nodes.append(Text(text[:start]))
        end = text.find("}}", start + 2)
        if end == -1:
            raise TemplateError(f"missing '}}}}' in {text[start:start + 40]!r}")
        tag, text = text[start + 2:end].lstrip("{").strip(), text[end + 2:]
        kind, key = (tag[0], tag[1:].lstrip()) if len(tag) >= 2 and tag[0] in "#^/" else ("", tag)
        if kind == "/":
            if key != open_key:
                raise TemplateError(f"{{{{/{key}}}}} closes a section that is not open")
            return tuple(nodes), text
        if kind:
            children, text = _parse(text, key)
            nodes.append(Section(key, kind == "^", children))
        else:
            nodes.append(Replacement(key))
    if open_key is not None:
        raise TemplateError(f"{{{{#{open_key}}}}} is never closed")
    return tuple(nodes), ""


def render(template: str, fields: Mapping[str, str], front_side: str = "") -> str:
    """The HTML Anki shows for one side of a card."""
    return "".join(_render(parse(template), fields, _nonempty(fields), front_side))


def _render(nodes: Sequence[Node], fields: Mapping[str, str], nonempty: frozenset[str],
            front: str) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Text):
            yield node.text
        elif isinstance(node, Replacement):
            yield front if node.key == FRONT_SIDE else _field(fields, node.key)
        else:
            _field(fields, node.key)
            children = list(_render(node.children, fields, nonempty, front))  # errors count even when hidden
            if (node.key in nonempty) != node.negated:
                yield from children


def _field(fields: Mapping[str, str], key: str) -> str:
    if ":" in key:
        raise TemplateError(f"template filters are not supported: {{{{{key}}}}}")
    if key not in fields:
        raise TemplateError(f"no field '{key}' in this note type")
    return fields[key]


def _nonempty(fields: Mapping[str, str]) -> frozenset[str]:
    return frozenset(name for name, value in fields.items() if not field_is_empty(value))


def shows_a_field(template: str, fields: Mapping[str, str]) -> bool:
    """True when the template would show a non-empty field: otherwise Anki makes no card."""
    return _shows(parse(template), fields, {})


def _shows(nodes: Sequence[Node], fields: Mapping[str, str], filled: dict[str, bool]) -> bool:
    """``filled``: whether each field looked at so far holds something (only the fields the
    template names are looked at: a build asks this of every note)."""
    for node in nodes:
        if isinstance(node, Replacement) and _filled(node.key, fields, filled):
            return True
        if isinstance(node, Section) and _filled(node.key, fields, filled) != node.negated \
                and _shows(node.children, fields, filled):
            return True
    return False


def _filled(key: str, fields: Mapping[str, str], filled: dict[str, bool]) -> bool:
    if key not in filled:
        value = fields.get(key)
        filled[key] = value is not None and not field_is_empty(value)
    return filled[key]


def card_templates(note_type: NoteType, values: Sequence[str]) -> list[tuple[int, CardTemplate]]:
    """(ord, template) of every card Anki generates for a note with these field values."""
    fields = dict(zip(note_type.fields, values, strict=True))
    return [(i, t) for i, t in enumerate(note_type.templates) if shows_a_field(t.front, fields)]


def render_cards(note_type: NoteType, values: Sequence[str]) -> list[RenderedCard]:
    """Every card Anki generates for a note with these field values, rendered."""
    fields = dict(zip(note_type.fields, values, strict=True))
    cards = []
    for ord_, template in card_templates(note_type, values):
        question = render(template.front, fields)
        cards.append(RenderedCard(template, ord_, question, render(template.back, fields, question)))
    return cards


def template_problems(note_type: NoteType) -> list[str]:
    """What Anki would refuse in a note type's templates: syntax errors and unknown fields."""
    problems = []
    for template in note_type.templates:
        for side, text in (("front", template.front), ("back", template.back)):
            try:
                keys = set(_keys(parse(text)))
            except TemplateError as exc:
                problems.append(f"{note_type.name} '{template.name}' {side}: {exc}")
                continue
            allowed = {*note_type.fields, *((FRONT_SIDE,) if side == "back" else ())}
            problems += [f"{note_type.name} '{template.name}' {side}: no field '{key}' in this note type"
                         for key in sorted(keys - allowed)]
    return problems


def _keys(nodes: Sequence[Node]) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Replacement):
            yield node.key
        elif isinstance(node, Section):
            yield node.key
            yield from _keys(node.children)
