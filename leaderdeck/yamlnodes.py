"""Read a YAML file into plain values that remember their line numbers.

This is the only module that imports PyYAML. It composes the YAML into nodes
(with the C parser when available) and never constructs arbitrary objects, so
``!!python/...`` tags, alias bombs and deep nesting become ordinary errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from .errors import Problem, SourceErrors

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
MAX_VALUES = 100_000

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
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


def read_yaml(path: Path, display: str) -> tuple[Value | None, list[Problem]]:
    """Parse one YAML file into values (``None``: no document) and the problems
    that did not stop parsing (duplicate keys); fatal ones raise SourceErrors."""
    text = _read_text(path, display)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise SourceErrors([_syntax_problem(exc, display)]) from None
    except yaml.YAMLError as exc:
        raise SourceErrors([Problem(display, 1, f"YAML error: {exc}")]) from None
    if node is None:
        return None, []
    converter = _Converter(display)
    return converter.convert(node), converter.problems


def _read_text(path: Path, display: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            message = f"file is {size // 1024} KiB, over the {MAX_BYTES // 1024} KiB limit; split it"
            raise SourceErrors([Problem(display, 1, message)])
        data = path.read_bytes()
    except OSError as exc:
        raise SourceErrors([Problem(display, 1, f"cannot read file: {exc.strerror}")]) from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceErrors([Problem(display, line, "binary data (NUL byte); not a YAML text file")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        raise SourceErrors([Problem(display, line, message)]) from None


def _syntax_problem(exc: yaml.MarkedYAMLError, display: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    detail = exc.problem or exc.context or "cannot parse"
    if exc.context and exc.problem and exc.context_mark is not None:
        detail = f"{exc.problem} ({exc.context} at line {exc.context_mark.line + 1})"
    return Problem(display, line, f"YAML syntax error: {detail}")


class _Converter:
    """Turns composed nodes into Scalar/Mapping/Sequence, checking limits."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.count = 0
        self.problems: list[Problem] = []
        self.constructor = SafeConstructor()

    def convert(self, node: yaml.Node) -> Value:
        return self._convert(node, 0)

    def _fail(self, line: int, message: str) -> SourceErrors:
        return SourceErrors([*self.problems, Problem(self.display, line, message)])

    def _convert(self, node: yaml.Node, depth: int) -> Value:
        line = node.start_mark.line + 1
        self.count += 1
        if self.count > MAX_VALUES:
            raise self._fail(line, f"more than {MAX_VALUES} values (are YAML aliases expanding?)")
        if depth > MAX_DEPTH:
            raise self._fail(line, f"data nested deeper than {MAX_DEPTH} levels")
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, line)
        if node.tag not in _COLLECTION_TAGS:
            raise self._fail(line, f"unsupported YAML tag '{_short_tag(node.tag)}'")
        if isinstance(node, yaml.SequenceNode):
            return Sequence(tuple(self._convert(n, depth + 1) for n in node.value), line)
        return self._mapping(node, line, depth)

    def _scalar(self, node: yaml.ScalarNode, line: int) -> Scalar:
        if node.tag not in _SCALAR_TAGS:
            raise self._fail(line, f"unsupported YAML tag '{_short_tag(node.tag)}'")
        try:
            value = self.constructor.construct_object(node)
        except (ConstructorError, ValueError, OverflowError) as exc:
            raise self._fail(line, f"cannot read value {node.value!r}: {exc}") from None
        return Scalar(value, node.value, node.tag, bool(node.style), line)

    def _mapping(self, node: yaml.MappingNode, line: int, depth: int) -> Mapping:
        entries: list[Entry] = []
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            key = self._key(key_node, key_line)
            if key is None:
                continue
            if key in seen:
                message = f"duplicate key '{key}' (first at line {seen[key]})"
                self.problems.append(Problem(self.display, key_line, message))
                continue
            seen[key] = key_line
            entries.append(Entry(key, key_line, self._convert(value_node, depth + 1)))
        return Mapping(tuple(entries), line)

    def _key(self, node: yaml.Node, line: int) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.problems.append(Problem(self.display, line, "a key must be plain text"))
            return None
        if node.tag == f"{_CORE}merge" or node.value == "<<":
            message = "YAML merge keys ('<<') are not supported; use 'defaults:' instead"
            self.problems.append(Problem(self.display, line, message))
            return None
        return node.value


def _short_tag(tag: str) -> str:
    return tag.replace(_CORE, "!!")
