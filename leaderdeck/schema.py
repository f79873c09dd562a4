"""The source schema: one table that drives validation and the shipped JSON Schema."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .model import Kind, Level
from .taxonomy import Taxonomy

ALL_KINDS = frozenset(Kind)
STAR, SCENARIO, QA = Kind.STAR, Kind.SCENARIO, Kind.QA
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Shape(Enum):
    ID = "id"
    KIND = "kind"
    LEVEL = "level"
    TOPIC = "topic"
    TEXT = "text"
    LIST = "list"
    BOOL = "bool"
    MAPPING = "mapping"
    DISCUSSION = "discussion"


@dataclass(frozen=True, slots=True)
class Key:
    """One key a YAML mapping may hold."""

    name: str
    shape: Shape
    help: str
    kinds: frozenset[Kind] = ALL_KINDS
    required_for: frozenset[Kind] = frozenset()
    draft_may_omit: bool = False
    children: tuple["Key", ...] = ()


COACH_KEYS = (
    Key("signals", Shape.LIST, "What the interviewer listens for."),
    Key("cheat_code", Shape.TEXT, "A one-line memory hook for the answer."),
    Key("tips", Shape.LIST, "Further coaching notes."),
)
STAR_KEYS = tuple(
    Key(name, Shape.TEXT, help, required_for=frozenset({STAR}) if name != "learning" else frozenset(),
        draft_may_omit=True)
    for name, help in (
        ("situation", "Context: where, when, the scale and the stakes."),
        ("task", "Your own responsibility in it."),
        ("action", "What you did and why, in the first person."),
        ("result", "What changed, with numbers."),
        ("learning", "What you took away or would do differently."),
    )
)
DISCUSSION_KEYS = (
    Key("heading", Shape.TEXT, "The discussion point.", required_for=ALL_KINDS),
    Key("questions", Shape.LIST, "Questions a panel would probe under this point."),
)
LINT_KEYS = (
    Key("ignore", Shape.LIST, "Ids of `leaderdeck lint` rules not to apply to this note."),
)
NOTE_KEYS = (
    Key("id", Shape.ID, "Stable identifier, lower-case words joined by '-'; becomes the Anki GUID.",
        required_for=ALL_KINDS),
    Key("kind", Shape.KIND, "star, scenario or qa.", required_for=ALL_KINDS),
    Key("title", Shape.TEXT, "Scenario title; for a star note, the story's name, shown on the card as a memory hook.",
        kinds=frozenset({SCENARIO, STAR}), required_for=frozenset({SCENARIO})),
    Key("question", Shape.TEXT, "The prompt on the front of the card (scenario: optional).",
        required_for=frozenset({STAR, QA})),
    Key("variants", Shape.LIST, "Other phrasings of the question, shown on the back as 'also asked as'.",
        kinds=frozenset({STAR, QA})),
    Key("level", Shape.LEVEL, "Seniority band, or a title the taxonomy maps to one ('Director of Engineering'); "
        "may come from 'defaults'.", required_for=ALL_KINDS),
    Key("topic", Shape.TOPIC, "One topic of the taxonomy (the subdeck); may come from 'defaults'.",
        required_for=ALL_KINDS),
    Key("competencies", Shape.LIST, "Competencies shown, each becomes a tag."),
    Key("tags", Shape.LIST, "Extra Anki tags."),
    Key("clarifying_questions", Shape.LIST, "Questions to ask before answering."),
    Key("assumptions", Shape.TEXT, "Assumptions stated before answering."),
    Key("coach", Shape.MAPPING, "Coaching notes, shown last.", children=COACH_KEYS),
    Key("star", Shape.MAPPING, "The STAR narrative.", kinds=frozenset({STAR}),
        required_for=frozenset({STAR}), draft_may_omit=True, children=STAR_KEYS),
    Key("situation", Shape.TEXT, "The scenario's situation.", kinds=frozenset({SCENARIO}),
        required_for=frozenset({SCENARIO}), draft_may_omit=True),
    Key("challenges", Shape.LIST, "Key challenges of the scenario.", kinds=frozenset({SCENARIO})),
    Key("discussion", Shape.DISCUSSION, "Discussion points, each a heading with questions.",
        kinds=frozenset({SCENARIO}), children=DISCUSSION_KEYS),
    Key("duration", Shape.TEXT, "How long the scenario discussion runs.", kinds=frozenset({SCENARIO})),
    Key("company", Shape.TEXT, "The company context of the scenario.", kinds=frozenset({SCENARIO})),
    Key("answer", Shape.TEXT, "The model answer.", kinds=frozenset({QA}), required_for=frozenset({QA}),
        draft_may_omit=True),
    Key("draft", Shape.BOOL, "true: left out of decks unless a manifest includes drafts."),
    Key("source", Shape.TEXT, "Where the note came from."),
    Key("lint", Shape.MAPPING, "Coaching checks for this note.", children=LINT_KEYS),
)
DEFAULT_KEYS = tuple(k for k in NOTE_KEYS if k.name in {"level", "topic", "competencies", "tags"})
FILE_KEYS = ("defaults", "notes")
NOTE_KEY_NAMES = tuple(k.name for k in NOTE_KEYS)


def json_schema(taxonomy: Taxonomy) -> dict:
    """The JSON Schema (draft 2020-12) of a source file, for editors."""
    note = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "kind"],
        "properties": {k.name: _property(k, taxonomy) for k in NOTE_KEYS},
        "allOf": [rule for kind in Kind for rule in _kind_rules(kind)],
    }
    defaults = {
        "type": "object",
        "additionalProperties": False,
        "properties": {k.name: _property(k, taxonomy) for k in DEFAULT_KEYS},
    }
    collection = {
        "type": "object",
        "additionalProperties": False,
        "required": ["notes"],
        "properties": {"defaults": defaults, "notes": {"type": "array", "items": {"$ref": "#/$defs/note"}}},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://leaderdeck.invalid/source.schema.json",
        "title": "leaderdeck source file",
        "description": "One note (a mapping with 'id') or 'defaults:' plus a list of 'notes:'.",
        "oneOf": [{"$ref": "#/$defs/note"}, collection],
        "$defs": {"note": note},
    }


def _property(key: Key, taxonomy: Taxonomy) -> dict:
    base: dict = {"description": key.help}
    match key.shape:
        case Shape.ID:
            base |= {"type": "string", "pattern": ID_PATTERN}
        case Shape.KIND:
            base |= {"enum": [k.value for k in Kind]}
        case Shape.LEVEL:
            labels = [level.value for level in Level] + [alias for alias, _ in taxonomy.aliases]
            base |= {"anyOf": [{"enum": [level.value for level in Level]},
                               {"type": "string", "pattern": _label_pattern(labels)}]}
        case Shape.TOPIC:
            base |= {"enum": [t.name for t in taxonomy.topics]}
        case Shape.TEXT:
            base |= {"type": ["string", "null"]}
        case Shape.LIST:
            base |= {"type": ["array", "null"], "items": {"type": "string"}}
        case Shape.BOOL:
            base |= {"type": "boolean"}
        case Shape.MAPPING:
            base |= _object(key.children, taxonomy)
        case Shape.DISCUSSION:
            base |= {"type": "array", "items": _object(key.children, taxonomy)}
    return base


def _label_pattern(labels: list[str]) -> str:
    """A regular expression for the labels as the loader reads them: any case, any punctuation between words."""
    def words(label: str) -> str:
        parts = re.findall(r"[A-Za-z0-9]+", label)
        return "[^A-Za-z0-9]+".join("".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in part)
                                    for part in parts)
    alternatives = "|".join(dict.fromkeys(words(label) for label in labels))
    return f"^[^A-Za-z0-9]*(?:{alternatives})[^A-Za-z0-9]*$"


def _object(children: tuple[Key, ...], taxonomy: Taxonomy) -> dict:
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {k.name: _property(k, taxonomy) for k in children},
    }


def _kind_rules(kind: Kind) -> list[dict]:
    """JSON Schema conditions: what a note of ``kind`` must hold and must not."""
    is_kind = {"properties": {"kind": {"const": kind.value}}, "required": ["kind"]}
    finished = {"properties": {"kind": {"const": kind.value}, "draft": {"const": False}}, "required": ["kind"]}
    required = [k for k in NOTE_KEYS if kind in k.required_for and k.name not in {"id", "kind", "level", "topic"}]
    forbidden = {k.name: False for k in NOTE_KEYS if kind not in k.kinds}
    complete: dict = {"required": [k.name for k in required if k.draft_may_omit]}
    for key in required:
        parts = [c.name for c in key.children if kind in c.required_for]
        if parts:
            complete.setdefault("properties", {})[key.name] = {"required": parts}
    rules = [{"if": is_kind, "then": {"required": [k.name for k in required if not k.draft_may_omit],
                                      "properties": forbidden}}]
    return rules + [{"if": finished, "then": complete}]
