"""``leaderdeck new``: append a draft note with every field to a source file.

The note is a draft (``draft: true``), so its empty parts validate and it stays
out of decks until the author deletes that line. Every key of the schema for
its kind is written, empty, with the schema's help as a comment (the STAR parts
get theirs on a line of their own), so nothing has to be looked up. The file's
own text is kept byte for byte: the note is appended after it, the whole new
content is loaded once to check it, then written atomically.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_atomically
from .errors import LeaderdeckError, display_path
from .importers.settle import slug
from .importers.writer import scalar
from .loader import load_file
from .model import Kind, Level, Topic
from .schema import NOTE_KEYS, Key, Shape
from .scratch import scratch_folder
from .taxonomy import Taxonomy
from .yamlnodes import Mapping, Scalar, Sequence, read_yaml

_SKIPPED = frozenset({"id", "kind", "draft", "level", "topic"})  # written first, with their values
_TITLE_KEY = {Kind.STAR: "question", Kind.QA: "question", Kind.SCENARIO: "title"}
# what to write in each STAR part, as the coaching checks (leaderdeck lint) will judge it
STAR_HINTS = {
    "situation": "where and when, the scale and the stakes, in two or three sentences",
    "task": "what you owned: your responsibility, not the team's",
    "action": "what you did and why, step by step, as \"I ...\" (a '- **Lead-in:** ...' bullet per step)",
    "result": "what changed, with numbers: time, money, people, incidents",
    "learning": "what you do differently since (\"I now ...\", \"Next time I would ...\")",
}


@dataclass(frozen=True, slots=True)
class NewNote:
    """What :func:`add_note` wrote: where, and the level and topic it chose."""

    path: Path
    note_id: str
    line: int
    level: Level | None        # None: the file's defaults give it
    topic: Topic | None
    topic_from_keywords: bool  # the topic was guessed from the question's keywords


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where a file's notes list is and what its defaults already give."""

    text: str
    newline: str
    indent: int | None  # column of the notes' "- "; None: the file has no notes list yet
    default_keys: frozenset[str]
    ids: frozenset[str]


def add_note(path: Path, kind: Kind, prompt: str, taxonomy: Taxonomy, *, level: Level | None = None,
             topic: Topic | None = None, taken: Iterable[str] = ()) -> NewNote:
    """Append a draft ``kind`` note asking ``prompt`` to ``path`` (created if missing); its id is
    unique against ``taken`` (the ids of the other sources) and the file's own."""
    prompt = " ".join(prompt.split())
    if not prompt:
        raise LeaderdeckError("the question is empty; write it in quotes: leaderdeck new star \"Tell me about ...\"")
    layout = _layout(path)
    guessed = topic is None and "topic" not in layout.default_keys
    topic = topic or (taxonomy.classify(prompt) if guessed else None)
    if guessed and topic is None:
        raise LeaderdeckError(f"'{prompt}' names no topic keyword; give one with --topic")
    if level is None and "level" not in layout.default_keys:
        raise LeaderdeckError(f"{display_path(path)} sets no default level; give one with --level")
    note_id = _unique_id(kind, prompt, set(taken) | layout.ids)
    indent = layout.indent if layout.indent is not None else 2
    head = "" if layout.indent is not None else "notes:\n"
    lines = _note_lines(kind, note_id, prompt, level, topic, indent)
    separator = "" if not layout.text or layout.text.endswith(("\n", "\r")) else "\n"
    start = layout.text.count("\n") + bool(separator) + head.count("\n") + 1
    added = (separator + head + "\n".join(lines) + "\n").replace("\n", layout.newline)
    content = layout.text + added
    _check(path, content, note_id, start, taxonomy)
    write_atomically(path.resolve() if path.is_symlink() else path, content.encode("utf-8"))  # keep a link a link
    return NewNote(path, note_id, start, level, topic, guessed)


def _layout(path: Path) -> _Layout:
    if path.exists() and not path.is_file():
        raise LeaderdeckError(f"{display_path(path)} is not a regular file")
    if not path.exists() or path.stat().st_size == 0:
        return _Layout("", "\n", None, frozenset(), frozenset())
    root, _ = read_yaml(path, display_path(path))  # raises SourceErrors for a syntax error
    text = path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    if root is None:
        return _Layout(text, newline, None, frozenset(), frozenset())
    where = display_path(path)
    if not isinstance(root, Mapping) or root.get("id") is not None:
        raise LeaderdeckError(f"{where} holds a single note, not a 'notes:' list; add to another file with --file")
    entry = root.get("notes")
    if entry is None or entry is not root.entries[-1]:
        raise LeaderdeckError(f"{where}: 'notes:' must be the last key of the file to add a note after it")
    ids = frozenset(_ids(entry.value))
    return _Layout(text, newline, _list_indent(text, entry.value, where), _defaults(root), ids)


def _list_indent(text: str, notes, where: str) -> int:
    """The column of the "- " that starts each note of a block list."""
    if isinstance(notes, Scalar) and notes.value is None:
        return 2
    if not isinstance(notes, Sequence):
        raise LeaderdeckError(f"{where}: 'notes' must be a list of notes")
    first = text.splitlines()[notes.items[0].line - 1] if notes.items else ""
    if not first.lstrip(" ").startswith("- "):
        raise LeaderdeckError(f"{where}: 'notes' is written in flow style ([...]); write it as a list of "
                              "'- ' items to add to it")
    return len(first) - len(first.lstrip(" "))


def _ids(notes) -> list[str]:
    items = notes.items if isinstance(notes, Sequence) else ()
    entries = (item.get("id") for item in items if isinstance(item, Mapping))
    return [e.value.text for e in entries if e is not None and isinstance(e.value, Scalar)]


def _defaults(root: Mapping) -> frozenset[str]:
    entry = root.get("defaults")
    if entry is None or not isinstance(entry.value, Mapping):
        return frozenset()
    return frozenset(e.key for e in entry.value.entries if not (isinstance(e.value, Scalar) and e.value.value is None))


def _unique_id(kind: Kind, prompt: str, taken: set[str]) -> str:
    base = f"{kind.value}-{slug(prompt)}".rstrip("-")
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _note_lines(kind: Kind, note_id: str, prompt: str, level: Level | None, topic: Topic | None,
                indent: int) -> list[str]:
    pad = " " * (indent + 2)
    lines = [f"{' ' * indent}- id: {note_id}", f"{pad}kind: {kind.value}",
             f"{pad}draft: true  # left out of decks until you delete this line"]
    if level is not None:
        lines.append(f"{pad}level: {level.value}")
    if topic is not None:
        lines.append(f"{pad}topic: {scalar(topic.name, indent + 4)}")
    lines.append(f"{pad}{_TITLE_KEY[kind]}: {scalar(prompt, indent + 4)}")
    keys = [k for k in NOTE_KEYS if kind in k.kinds and k.name not in _SKIPPED and k.name != _TITLE_KEY[kind]]
    own = [k for k in keys if len(k.kinds) == 1]  # the answer itself first, then what every kind may hold
    for key in own + [k for k in keys if k not in own]:
        lines.extend(_key_lines(key, indent + 2, star=key.name == "star"))
    return lines


def _key_lines(key: Key, indent: int, star: bool = False) -> list[str]:
    pad = " " * indent
    if key.shape is Shape.MAPPING:
        lines = [f"{pad}{key.name}:"]
        for child in key.children:
            if star:
                lines += [f"{pad}  # {child.name.capitalize()}: {STAR_HINTS[child.name]}", f"{pad}  {child.name}:"]
            else:
                lines.extend(_key_lines(child, indent + 2))
        return lines
    empty = "[]" if key.shape in (Shape.LIST, Shape.DISCUSSION) else ""
    return [f"{pad}{key.name}: {empty}".rstrip() + f"  # {_hint(key)}"]


def _hint(key: Key) -> str:
    return key.help.rstrip(".")


def _check(path: Path, content: str, note_id: str, start: int, taxonomy: Taxonomy) -> None:
    """Load the new content as the file would be; any problem from the new note on is a bug to report."""
    with scratch_folder("new") as folder:
        trial = folder / path.name
        trial.write_text(content, encoding="utf-8", newline="")
        notes, problems = load_file(trial, taxonomy)
    ours = [p for p in problems if p.line >= start]
    if ours or not any(n.id == note_id and n.draft for n in notes):
        details = "; ".join(p.message for p in ours) or "the note did not load"
        raise LeaderdeckError(f"leaderdeck wrote a note that does not validate ({details}); nothing was changed")
