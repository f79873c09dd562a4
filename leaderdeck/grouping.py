"""Where a note goes in Anki: its subdeck and its hierarchical tags."""

from __future__ import annotations

import functools
import re
from enum import Enum

from .model import Note

TAG_ROOT = "leaderdeck"


class GroupBy(str, Enum):
    TOPIC_LEVEL = "topic,level"
    LEVEL_TOPIC = "level,topic"
    TOPIC = "topic"
    LEVEL = "level"
    NONE = "none"

    def __str__(self) -> str:
        return self.value


def deck_name(note: Note, root: str, group_by: GroupBy) -> str:
    """``Root::Topic::Level`` (or the parts ``group_by`` asks for)."""
    parts = {"topic": note.topic.name, "level": note.level.label}
    names = [parts[p] for p in group_by.value.split(",") if p in parts]
    return "::".join([root, *(_deck_part(n) for n in names)])


def note_tags(note: Note) -> list[str]:
    tags = [
        f"{TAG_ROOT}::kind::{note.kind.value}",
        f"{TAG_ROOT}::level::{note.level.value}",
        f"{TAG_ROOT}::topic::{note.topic.slug}",
        *(f"{TAG_ROOT}::competency::{slug(c)}" for c in note.competencies),
        *(_user_tag(t) for t in note.tags),
    ]
    if note.draft:
        tags.append(f"{TAG_ROOT}::draft")
    return sorted(dict.fromkeys(t for t in tags if t))


@functools.lru_cache(maxsize=4096)  # competencies repeat across a deck's notes
def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.casefold()))


@functools.lru_cache(maxsize=4096)
def _user_tag(tag: str) -> str:
    return re.sub(r"\s+", "-", tag.strip())


def _deck_part(name: str) -> str:
    return name.replace("::", ":")
