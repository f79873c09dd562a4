"""Read a YAML file into plain values that remember their line numbers.

This is the only module that imports PyYAML. It builds values straight from
the parser's events (the C parser when available), without PyYAML's recursive
composer or its object constructors, so ``!!python/...`` tags, alias bombs and
deeply nested data become ordinary errors instead of code execution, memory
blow-ups or a crashed interpreter. Aliases share the value they point to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .errors import Problem, SourceErrors
from .textfile import decode, read_bytes

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
MAX_VALUES = 100_000

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_STR = f"{_CORE}str"
_COLLECTION_TAGS = {f"{_CORE}map", f"{_CORE}seq"}


@dataclass(frozen=True, slots=True)
class Scalar:
    value: object
    text: str
    tag: str
    quoted: bool
    line: int

    @property
    def type_name(self) -> str:
        return _TYPE_NAMES.get(self.tag.removeprefix(_CORE), "value")


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    key_line: int
    value: "Value"


@dataclass(frozen=True, slots=True)
class Mapping:
    entries: tuple[Entry, ...]
    line: int

    def get(self, key: str) -> Entry | None:
        return next((e for e in self.entries if e.key == key), None)


@dataclass(frozen=True, slots=True)
class Sequence:
    items: tuple["Value", ...]
    line: int


Value = Scalar | Mapping | Sequence

_TYPE_NAMES = {
    "str": "text",
    "int": "a number",
    "float": "a number",
    "bool": "a boolean",
    "null": "empty",
    "timestamp": "a date",
}


def read_yaml_bytes(path: Path, display: str) -> bytes:
    """The bytes of a YAML file, within the size limit."""
    return read_bytes(path, display, max_bytes=MAX_BYTES, size_advice=" (2 MiB); split it")


def read_yaml(path: Path, display: str, data: bytes | None = None) -> tuple[Value | None, list[Problem]]:
    """Parse one YAML file (or ``data``, its bytes already read) into values (``None``: no
    document) and the problems that did not stop parsing (duplicate keys); fatal ones raise
    SourceErrors."""
    if data is None:
        data = read_yaml_bytes(path, display)
    text = decode(data, display, kind="YAML text file", utf8_advice="save the file as UTF-8", utf16=True)
    builder = _Builder(display)
    try:
        value = builder.build(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        _check_own_limits(text, exc, display)
        raise SourceErrors([_syntax_problem(exc, display, text.count("\n") + 1)]) from None
    except yaml.YAMLError as exc:
        raise SourceErrors([Problem(display, 1, f"YAML error: {exc}")]) from None
    return value, builder.problems


def _check_own_limits(text: str, exc: yaml.MarkedYAMLError, display: str) -> None:
    """Raise our own limit's error if the text breaks one before the parser's error.

    libyaml may stop on limits of its own before our builder sees the events (releases from
    0.2.6 refuse nesting deeper than 1000 levels with a message of their own). PyYAML's
    pure-Python parser has no such limits, so re-reading the text up to the end of the error's
    line with it reports our limits (``data nested deeper than 32 levels``) the same way
    whichever libyaml is installed. This runs only when parsing has already failed.
    """
    mark = exc.problem_mark or exc.context_mark
    end = len(text) if mark is None else _line_end(text, mark.line)
    try:
        _Builder(display).build(yaml.parse(text[:end], Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return


def _line_end(text: str, line: int) -> int:
    """The offset just past 0-based line ``line`` of ``text``."""
    end = -1
    for _ in range(line + 1):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end + 1


def _syntax_problem(exc: yaml.MarkedYAMLError, display: str, last_line: int) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = min(mark.line + 1, last_line) if mark else 1
    detail = exc.problem or exc.context or "cannot parse"
    if exc.context and exc.problem and exc.context_mark is not None:
        detail = f"{exc.problem} ({exc.context} at line {exc.context_mark.line + 1})"
    return Problem(display, line, f"YAML syntax error: {detail}")


@dataclass(slots=True)
class _Open:
    """A collection whose end event has not arrived yet."""

    is_mapping: bool
    line: int
    anchor: str | None
    items: list = field(default_factory=list)
    key: tuple[str, int] | None = None
    keys: dict[str, int] = field(default_factory=dict)
    size: int = 1


class _Builder:
    """Events -> Scalar/Mapping/Sequence, with limits on depth and size."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []
        self.anchors: dict[str, tuple[Value, int]] = {}
        self.total = 0
        self.resolver = Resolver()
        self.constructor = SafeConstructor()

    def _fail(self, line: int, message: str) -> SourceErrors:
        return SourceErrors([*self.problems, Problem(self.display, line, message)])

    def build(self, events) -> Value | None:
        stack: list[_Open] = []
        result: list[Value] = []
        documents = 0
        for event in events:
            line = event.start_mark.line + 1
            if isinstance(event, yaml.ScalarEvent):  # the commonest event first
                self._scalar_event(event, line, stack, result)
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self._fail(line, "more than one YAML document ('---'); put each in its own file")
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                self._check_tag(event.tag, line, "map" if isinstance(event, yaml.MappingStartEvent) else "seq")
                if len(stack) >= MAX_DEPTH:
                    raise self._fail(line, f"data nested deeper than {MAX_DEPTH} levels")
                stack.append(_Open(isinstance(event, yaml.MappingStartEvent), line, event.anchor))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                done = stack.pop()
                value: Value = (Mapping(tuple(done.items), done.line) if done.is_mapping
                                else Sequence(tuple(done.items), done.line))
                self._add(stack, result, value, done.size, done.anchor, line)
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in self.anchors:
                    raise self._fail(line, f"alias '*{event.anchor}' refers to no anchor defined before it")
                value, size = self.anchors[event.anchor]
                self._add(stack, result, value, size, None, line)
        return result[0] if result else None

    def _scalar_event(self, event: yaml.ScalarEvent, line: int, stack: list[_Open], result: list) -> None:
        parent = stack[-1] if stack else None
        if parent is not None and parent.is_mapping and parent.key is None:
            self._key(parent, event, line)
            return
        self._add(stack, result, self._scalar(event, line), 1, event.anchor, line)

    def _add(self, stack: list[_Open], result: list, value: Value, size: int, anchor: str | None,
             line: int) -> None:
        self.total += size
        if self.total > MAX_VALUES:
            raise self._fail(line, f"more than {MAX_VALUES} values (are YAML aliases expanding?)")
        if anchor:
            self.anchors[anchor] = (value, size)
        if not stack:
            result.append(value)
            return
        parent = stack[-1]
        parent.size += size
        if not parent.is_mapping:
            parent.items.append(value)
        elif parent.key is None:
            self.problems.append(Problem(self.display, line, "a key must be plain text"))
            parent.key = ("", line)
        else:
            key, key_line = parent.key
            parent.key = None
            if key and key not in parent.keys:
                parent.keys[key] = key_line
                parent.items.append(Entry(key, key_line, value))

    def _key(self, parent: _Open, event: yaml.ScalarEvent, line: int) -> None:
        key = event.value
        parent.key = ("", line)
        if self._resolve(event) == f"{_CORE}merge":
            message = "YAML merge keys ('<<') are not supported; use 'defaults:' instead"
            self.problems.append(Problem(self.display, line, message))
        elif key in parent.keys:
            message = f"duplicate key '{key}' (first at line {parent.keys[key]})"
            self.problems.append(Problem(self.display, line, message))
        elif not key.strip():
            self.problems.append(Problem(self.display, line, "empty key: write the key's name before the ':'"))
        else:
            parent.key = (key, line)

    def _resolve(self, event: yaml.ScalarEvent) -> str:
        if event.tag is None or event.tag == "!":
            return self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        return event.tag

    def _check_tag(self, tag: str | None, line: int, kind: str) -> None:
        if tag not in (None, "!", f"{_CORE}{kind}"):
            raise self._fail(line, f"unsupported YAML tag '{_short_tag(tag)}'")

    def _scalar(self, event: yaml.ScalarEvent, line: int) -> Scalar:
        tag = self._resolve(event)
        if tag not in _SCALAR_TAGS:
            if event.tag is None and not event.style:  # plain text YAML gives a special meaning, like '='
                raise self._fail(line, f"YAML reads {event.value} as a special value; put it in quotes: "
                                       f"\"{event.value}\"")
            raise self._fail(line, f"unsupported YAML tag '{_short_tag(tag)}'")
        quoted = bool(event.style)
        if tag == _STR:  # text, most values: PyYAML's constructor would give the event's value as it is
            return Scalar(event.value, event.value, tag, quoted, line)
        try:
            value = self.constructor.construct_object(yaml.ScalarNode(tag, event.value, style=event.style))
        except Exception:  # PyYAML raises many types for a malformed scalar
            kind = _TYPE_NAMES.get(tag.removeprefix(_CORE), "a value")
            hint = f"; put it in quotes: \"{event.value}\"" if not quoted and event.tag is None else ""
            self.problems.append(Problem(self.display, line, f"YAML cannot read {event.value} as {kind}{hint}"))
            return Scalar(event.value, event.value, f"{_CORE}str", quoted, line)
        return Scalar(value, event.value, tag, quoted, line)


def _short_tag(tag: str) -> str:
    return tag.replace(_CORE, "!!")
