"""Decoded values of one note -> a typed :class:`Note`, with the line of every key it wrote."""

from __future__ import annotations

from .model import Coach, Kind, Note, Origin, QaBody, ScenarioBody, StarBody
from .yamlnodes import Mapping


class Located:
    """A decoded mapping with the YAML mapping it came from."""

    __slots__ = ("values", "mapping")

    def __init__(self, values: dict, mapping: Mapping) -> None:
        self.values = values
        self.mapping = mapping


def build_note(values: dict, kind: Kind, origin: Origin, mapping: Mapping) -> Note:
    """The note of a file whose keys decoded to ``values`` (defaults pushed down already)."""
    coach = values.get("coach")
    coach_values = coach.values if coach else {}
    return Note(
        id=values["id"],
        kind=kind,
        level=values["level"],
        topic=values["topic"],
        body=_build_body(values, kind),
        origin=origin,
        competencies=values.get("competencies", ()),
        tags=values.get("tags", ()),
        clarifying_questions=values.get("clarifying_questions", ()),
        assumptions=values.get("assumptions", ""),
        coach=Coach(**coach_values),
        variants=values.get("variants", ()),
        draft=values.get("draft", False),
        source=values.get("source", ""),
        lint_ignore=values["lint"].values.get("ignore", ()) if "lint" in values else (),
        lines=field_lines(mapping),
    )


def field_lines(mapping: Mapping) -> tuple[tuple[str, int], ...]:
    """The line of each key of a note, and of each key one level down (``star.result``)."""
    lines = []
    for entry in mapping.entries:
        lines.append((entry.key, entry.key_line))
        if isinstance(entry.value, Mapping):
            lines.extend((f"{entry.key}.{child.key}", child.key_line) for child in entry.value.entries)
    return tuple(lines)


def _build_body(values: dict, kind: Kind) -> StarBody | ScenarioBody | QaBody:
    if kind is Kind.STAR:
        star = values.get("star")
        return StarBody(question=values["question"], title=values.get("title", ""), **(star.values if star else {}))
    if kind is Kind.SCENARIO:
        fields = ("situation", "question", "challenges", "discussion", "duration", "company")
        return ScenarioBody(title=values["title"], **{f: values[f] for f in fields if f in values})
    return QaBody(question=values["question"], answer=values.get("answer", ""))
