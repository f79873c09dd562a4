"""Proof that an edited source file holds exactly the intended change: loaded again, it has
no problems, every other note is as it was, and each edited value reads back as written."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from .cardfields import note_fields
from .loader import load_file
from .model import DiscussionPoint, Note
from .notetypes import note_type
from .render import Renderer
from .sourceedit import Edit, ListChange
from .taxonomy import Taxonomy

_BODY_KEYS = frozenset({"question", "title", "situation", "challenges", "discussion", "duration", "company",
                        "answer", "star"})
_DERIVED = frozenset({"Speaking Time"})


def check_edit(path: Path, before: bytes, after: bytes, edits: Sequence[Edit],
               taxonomy: Taxonomy) -> tuple[str, list[Note]]:
    """A problem with the edited file (empty when there is none), and its notes."""
    old, _ = load_file(path, taxonomy, before)
    new, problems = load_file(path, taxonomy, after)
    if problems:
        return f"the edited file would not load ({problems[0].message})", new
    if [n.id for n in old] != [n.id for n in new]:
        return "the edited file would hold other notes", new
    edited = {e.note_id for e in edits}
    renderer = Renderer()
    for was, now in zip(old, new):
        if was.id not in edited:
            if _without_origin(was) != _without_origin(now):
                return f"note '{was.id}' would change too", new
            continue
        mine = [e for e in edits if e.note_id == was.id]
        for edit in mine:
            if not _reads_back(now, edit):
                return f"'{'.'.join(edit.path)}' of note '{was.id}' would not read back as written", new
        problem = _others_kept(was, now, mine, renderer)
        if problem:
            return problem, new
    return "", new


def _without_origin(note: Note) -> Note:
    return dataclasses.replace(note, origin=dataclasses.replace(note.origin, line=0))


def value_at(note: Note, path: tuple[str, ...]):
    owner = note.body if path[0] in _BODY_KEYS else note.coach if path[0] == "coach" else note
    if path[0] in ("star", "coach"):
        path = path[1:]
    return getattr(owner, path[0], None)


def _reads_back(note: Note, edit: Edit) -> bool:
    value = value_at(note, edit.path)
    wanted = edit.value
    if wanted is None:
        return value in ("", (), None)
    if isinstance(wanted, ListChange):
        have = {"-".join(t.split()).casefold() for t in value}
        return all("-".join(t.split()).casefold() in have for t in wanted.add) and not any(
            "-".join(t.split()).casefold() in have for t in wanted.remove)
    if isinstance(wanted, str):
        return value == wanted.strip()
    if wanted and isinstance(wanted[0], dict):
        return value == tuple(DiscussionPoint(p["heading"], tuple(p.get("questions", ()))) for p in wanted)
    return value == tuple(wanted)


def _others_kept(was: Note, now: Note, edits: Sequence[Edit], renderer: Renderer) -> str:
    """Every card field of the note the edits do not aim at renders as before."""
    from .fieldmap import field_target

    paths = {e.path for e in edits}
    names = note_type(was.kind).fields
    for name, old, new in zip(names, note_fields(was, renderer), note_fields(now, renderer)):
        target = field_target(was.kind, name)
        if old != new and name not in _DERIVED and (target is None or target.path not in paths):
            return f"field {name} of note '{was.id}' would change too"
    if ("tags",) not in paths and was.tags != now.tags:
        return f"the tags of note '{was.id}' would change too"
    return ""
