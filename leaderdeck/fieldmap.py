"""Which YAML key each Anki field comes from, and a field edited in Anki as that key's value.

Fields made from several keys or derived from them (Level, Topic, Competencies, Speaking
Time, Id) have no key to write back to: an edit of one of them in Anki is reported, never
pulled.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .errors import LeaderdeckError
from .model import Kind

TAGS = "tags"  # the pseudo-field of a note's tags (the last slot of a lock record)


class Shape(str, Enum):
    BLOCK = "block"            # Markdown prose
    INLINE = "inline"          # one line of Markdown
    ITEMS = "items"            # a list of one-line Markdown items
    PLAIN = "plain"            # text shown as it is
    DISCUSSION = "discussion"  # headings, each with its questions


@dataclass(frozen=True, slots=True)
class Target:
    path: tuple[str, ...]  # keys from the note's mapping down to the value
    shape: Shape
    required: bool = False  # the key must stay non-empty (a note without it does not load)

    @property
    def key(self) -> str:
        return ".".join(self.path)


_COMMON = {
    "Clarifying Questions": Target(("clarifying_questions",), Shape.ITEMS),
    "Assumptions": Target(("assumptions",), Shape.BLOCK),
    "Coach Signals": Target(("coach", "signals"), Shape.ITEMS),
    "Cheat Code": Target(("coach", "cheat_code"), Shape.BLOCK),
    "Coach Tips": Target(("coach", "tips"), Shape.ITEMS),
    "Source": Target(("source",), Shape.INLINE),
}
_TARGETS = {
    Kind.STAR: {
        "Question": Target(("question",), Shape.INLINE, required=True),
        **{name: Target(("star", name.lower()), Shape.BLOCK, required=name != "Learning")
           for name in ("Situation", "Task", "Action", "Result", "Learning")},
        **_COMMON,
    },
    Kind.SCENARIO: {
        "Title": Target(("title",), Shape.INLINE, required=True),
        "Question": Target(("question",), Shape.INLINE),
        "Situation": Target(("situation",), Shape.BLOCK, required=True),
        "Challenges": Target(("challenges",), Shape.ITEMS),
        "Discussion": Target(("discussion",), Shape.DISCUSSION),
        "Duration": Target(("duration",), Shape.PLAIN),
        "Company": Target(("company",), Shape.PLAIN),
        **_COMMON,
    },
    Kind.QA: {
        "Question": Target(("question",), Shape.INLINE, required=True),
        "Answer": Target(("answer",), Shape.BLOCK, required=True),
        **_COMMON,
    },
}


def field_target(kind: Kind, field: str) -> Target | None:
    """The YAML key an Anki field of a ``kind`` note comes from; ``None`` for a derived field."""
    return _TARGETS[kind].get(field)


def yaml_value(markup: str, shape: Shape):
    """The value to write into YAML for a field's HTML; ``None`` when it has no such form
    (a list field that is no longer a list)."""
    from .htmlmd import editor_html

    try:
        return _value(editor_html(markup), shape)
    except (RecursionError, LeaderdeckError):  # nested deeper than an editor writes, or too costly to render
        return None


def _value(markup: str, shape: Shape):
    from .htmlmd import html_to_discussion, html_to_items, html_to_markdown, html_to_text

    match shape:
        case Shape.BLOCK | Shape.INLINE:
            return html_to_markdown(markup).strip()
        case Shape.ITEMS:
            items = html_to_items(markup)
            return None if items is None else [i.strip() for i in items if i.strip()]
        case Shape.PLAIN:
            return html_to_text(markup)
    points = html_to_discussion(markup)
    return None if points is None else [{"heading": h, "questions": q} if q else {"heading": h} for h, q in points]


def is_empty(value) -> bool:
    return value in ("", [], None)
