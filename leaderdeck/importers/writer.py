"""Notes -> source YAML text, written by hand for full control of its layout.

Keys follow the schema's order (``leaderdeck.schema.NOTE_KEYS``); prose is a
literal block (``|``), short text is plain when YAML reads it back as the same
text, else quoted. :func:`scalar` is exact for any text: what it writes, YAML
reads back unchanged (tests check this with arbitrary text). Prose is written
with a final newline, which the loader strips like any surrounding space.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..model import Note, QaBody, ScenarioBody, StarBody
from ..schema import COACH_KEYS, DISCUSSION_KEYS, NOTE_KEYS, STAR_KEYS
from ..lazyre import lazy_re

PROSE = frozenset({"assumptions", "situation", "task", "action", "result", "learning", "answer", "cheat_code"})
# Characters YAML does not read literally outside double quotes: controls (but tab and line feed), line
# separators, surrogates, the BOM and non-characters. (Listed as these few: a class of the many characters
# allowed takes milliseconds to compile.)
_UNSAFE = lazy_re("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_NOTE_NAMES = tuple(k.name for k in NOTE_KEYS)
_COACH_NAMES = tuple(k.name for k in COACH_KEYS)
_STAR_NAMES = tuple(k.name for k in STAR_KEYS)
_DISCUSSION_NAMES = tuple(k.name for k in DISCUSSION_KEYS)
_RESERVED = frozenset({"yes", "no", "true", "false", "on", "off", "null", "y", "n"})
_LONGEST_RESERVED = max(map(len, _RESERVED))  # a longer text is none of them, however cased (folding never shortens)
_ESCAPES = {"\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x00": "\\0",
            "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}


def scalar(text: str, indent: int, *, block: bool = False) -> str:
    """``text`` as a YAML value following ``key: `` or ``- ``; block content goes at ``indent``."""
    # every character YAML does not read literally is unprintable: a printable text (most one-line values) has none
    if text.isprintable() or _UNSAFE.search(text) is None:
        if text.strip() and (block or "\n" in text):
            return _literal(text, indent)
        if "\n" not in text and "\t" not in text:
            return text if _plain_ok(text) else "'" + text.replace("'", "''") + "'"
    return _double_quoted(text)


def _plain_ok(text: str) -> bool:
    """Text YAML 1.1 reads back as the same string when written bare.

    It starts with a letter (so it is no number, date or indicator), or with a
    digit and holds a space but no colon ("60 minutes", not "12:30" or a time).
    """
    start = text[:1].isalpha() or (text[:1].isdigit() and " " in text and ":" not in text)
    return (start and text == text.strip() and (len(text) > _LONGEST_RESERVED or text.casefold() not in _RESERVED)
            and ": " not in text and " #" not in text and not text.endswith(":"))


def _literal(text: str, indent: int) -> str:
    trailing = len(text) - len(text.rstrip("\n"))
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    # a first line starting with a space, tab or break needs the indentation stated (2: ``indent``)
    marker = "2" if text[0] in " \t\n" else ""
    core = text[: len(text) - trailing]
    pad = " " * indent
    if "\n\n" in core or core[0] == "\n":  # a blank line stays blank, without the indentation
        body = "\n".join([pad + line if line else "" for line in core.split("\n")])
    else:  # no blank line (most prose): every line is indented
        body = pad + core.replace("\n", "\n" + pad)
    return f"|{marker}{chomp}\n{body}" + "\n" * max(trailing - 1, 0)


def _double_quoted(text: str) -> str:
    return "\"" + "".join(_escape(ch) for ch in text) + "\""


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if not _UNSAFE.match(char):
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")


def dump_notes(notes: Sequence[Note], comments: Iterable[str] = (), *, shared: bool = False) -> str:
    """A source file holding ``notes`` under ``notes:``, with ``comments`` on top.

    ``shared``: a level or topic every note has, and tags every note opens with, are written once, under
    ``defaults:``.
    """
    return file_text([render_note(n) for n in notes], comments, shared_defaults(notes) if shared else {})


@dataclass(frozen=True, slots=True)
class RenderedNote:
    """One note's YAML, key by key, and how many values the loader counts for it in a file of notes (see
    ``yamlnodes``): each value once, and again for every mapping and list it sits in (the file, ``notes:``,
    the note...)."""

    entries: tuple[tuple[str, str], ...]  # (key, its lines as they stand in an item of ``notes:``, one text)
    values: int
    tags: tuple[str, ...] = ()

    def text(self, omit: Mapping[str, object] | Collection[str] = ()) -> str:
        """The note as an item of ``notes:`` (its lines joined by line breaks), without the keys ``omit`` (those
        the file's ``defaults:`` gives); of its tags, without those the defaults give (they open every note's
        tags)."""
        if omit:
            blocks = [block if key not in omit else self._omitted(key, omit) for key, block in self.entries]
        else:  # no defaults (a note sized alone, a file whose notes share no level or topic): every entry whole
            blocks = [block for _, block in self.entries]
        return "  - " + "\n".join(filter(None, blocks)).lstrip()

    def _omitted(self, key: str, omit: Mapping[str, object] | Collection[str]) -> str:
        """What is left of the entry ``key`` that the defaults give: the tags they do not open with, if any."""
        if key == "tags" and isinstance(omit, Mapping):
            rest = self.tags[len(omit["tags"]):]  # type: ignore[arg-type]
            return "\n".join(_entry(key, rest, 4)) if rest else ""
        return ""


def render_note(note: Note) -> RenderedNote:
    fields = _fields(note)
    return RenderedNote(tuple([(key, "\n".join(_entry(key, value, 4))) for key, value in fields.items()]),
                        _count(fields, 2), tuple(note.tags))


def file_text(notes: Sequence[RenderedNote], comments: Iterable[str] = (),
              defaults: dict[str, object] | None = None) -> str:
    """A source file holding ``notes``, with ``comments`` on top and ``defaults`` (see :func:`shared_defaults`)."""
    lines = [f"# {_comment(c)}" for c in comments]
    defaults = defaults or {}
    if defaults:
        lines.extend(["defaults:", *(line for key, value in defaults.items() for line in _entry(key, value, 2))])
    lines.append("notes:")
    lines.extend([note.text(omit=defaults) for note in notes])
    return "\n".join(lines) + "\n"


def shared_defaults(notes: Sequence[Note]) -> dict[str, object]:
    """``level`` and ``topic`` that every one of ``notes`` has (more than one note), and the ``tags`` every one
    opens its tags with (the loader puts the defaults' tags first, so each note keeps its order)."""
    out: dict[str, object] = {}
    if len(notes) < 2:
        return out
    if len({n.level for n in notes}) == 1:
        out["level"] = notes[0].level.value
    if len({n.topic.name for n in notes}) == 1:
        out["topic"] = notes[0].topic.name
    if tags := _opening_tags(notes):
        out["tags"] = tags
    return out


def _opening_tags(notes: Sequence[Note]) -> tuple[str, ...]:
    """The longest run of tags every note's tags open with."""
    first = tuple(notes[0].tags)
    size = len(first)
    for note in notes[1:]:
        if not size:  # no tag opens every note's tags so far: none will (most notes have no tags)
            break
        size = next((i for i, (a, b) in enumerate(zip(first[:size], note.tags)) if a != b),
                    min(size, len(note.tags)))
    return first[:size]


def _count(value: object, depth: int) -> int:
    """The values the loader counts for ``value`` (of :func:`_fields`, every value present) at ``depth``."""
    if isinstance(value, (dict, list, tuple)):
        return sum([depth + 2 if isinstance(v, str) else _count(v, depth + 1)
                    for v in (value.values() if isinstance(value, dict) else value)])
    return depth + 1


def _comment(text: str) -> str:
    return _UNSAFE.sub("?", " ".join(text.split()))


def _fields(note: Note) -> dict[str, object]:
    """The note's keys that have a value, in the schema's order; a mapping (``coach``, ``star``, a discussion point)
    holds only its keys that have one, and is left out when none has."""
    body = note.body
    values: dict[str, object] = {
        "id": note.id, "kind": note.kind.value, "question": getattr(body, "question", ""),
        "level": note.level.value, "topic": note.topic.name, "competencies": note.competencies,
        "tags": note.tags, "clarifying_questions": note.clarifying_questions, "assumptions": note.assumptions,
        "coach": _given(note.coach, _COACH_NAMES),
        "variants": note.variants, "draft": note.draft, "source": note.source,
    }
    if isinstance(body, StarBody):
        values["star"] = _given(body, _STAR_NAMES)
        values["title"] = body.title
    elif isinstance(body, ScenarioBody):
        values |= {"title": body.title, "situation": body.situation, "challenges": body.challenges,
                   "duration": body.duration, "company": body.company,
                   "discussion": tuple(_given(p, _DISCUSSION_NAMES) for p in body.discussion)}
    elif isinstance(body, QaBody):
        values["answer"] = body.answer
    return {name: value for name in _NOTE_NAMES if (value := values.get(name))}


def _given(record: object, names: tuple[str, ...]) -> dict[str, object]:
    """The fields ``names`` of ``record`` that have a value (a non-empty text or list, ``True``)."""
    return {name: value for name in names if (value := getattr(record, name))}


def _mapping(values: dict[str, object], indent: int) -> list[str]:
    return [line for key, value in values.items() for line in _entry(key, value, indent)]


def _entry(key: str, value: object, indent: int) -> list[str]:
    """The lines of ``key: value`` (a value that is present) at ``indent``."""
    pad = " " * indent
    if isinstance(value, str):
        prose = key in PROSE
        return [f"{pad}{key}: {scalar(_prose(value) if prose else value, indent + 2, block=prose)}"]
    if isinstance(value, bool):
        return [f"{pad}{key}: {'true' if value else 'false'}"]
    if isinstance(value, dict):
        return [f"{pad}{key}:", *_mapping(value, indent + 2)]
    return [f"{pad}{key}:", *_list(list(value), indent + 2)]


def _prose(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def _list(items: list, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        if isinstance(item, dict):
            inner = _mapping(item, indent + 2)
            lines.extend([f"{pad}- {inner[0].lstrip()}", *inner[1:]])
        else:
            lines.append(f"{pad}- {scalar(item, indent + 2)}")
    return lines
