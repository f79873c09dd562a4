"""Typed reading of located YAML values, collecting ``path:line`` problems."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import Problem
from .mdlimits import markdown_problem
from .yamlnodes import Mapping, Scalar, Sequence, Value

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"


class Decoder:
    """Reads values of one file; every problem is kept, none raised."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.display, line, message))

    def mapping(self, value: Value, what: str) -> Mapping | None:
        if isinstance(value, Mapping):
            return value
        self.error(value.line, f"{what} must be a mapping (key: value lines), not {describe(value)}")
        return None

    def text(self, value: Value, key: str) -> str | None:
        """Text, or ``None`` for an empty value; other types are reported."""
        if isinstance(value, Scalar):
            if value.tag == _STR:
                return self._renderable(value.value.strip(), value.line, key) if isinstance(value.value, str) else None
            if value.tag == _NULL:
                return None
            self.error(value.line, _not_text(key, value))
            return None
        self.error(value.line, f"'{key}' must be text, not {describe(value)}")
        return None

    def _renderable(self, text: str, line: int, key: str) -> str | None:
        """``text``, or ``None`` with a problem when it is too costly to render as Markdown."""
        problem = markdown_problem(text)
        if problem:
            self.error(line, f"'{key}' {problem}")
            return None
        return text

    def text_list(self, value: Value, key: str) -> tuple[str, ...] | None:
        if isinstance(value, Scalar) and value.tag == _NULL:
            return ()
        if not isinstance(value, Sequence):
            message = f"'{key}' must be a list (lines starting with '- '), not {describe(value)}"
            self.error(value.line, message)
            return None
        before = len(self.problems)
        items = [self.text(item, f"{key} item") for item in value.items]
        if len(self.problems) > before:
            return None
        return tuple(i for i in items if i)

    def boolean(self, value: Value, key: str) -> bool | None:
        if isinstance(value, Scalar) and value.tag == _BOOL:
            return bool(value.value)
        self.error(value.line, f"'{key}' must be true or false, not {describe(value)}")
        return None

    def check_keys(self, mapping: Mapping, allowed: Iterable[str], where: str) -> None:
        allowed = list(allowed)
        for entry in mapping.entries:
            if entry.key not in allowed:
                self.error(entry.key_line, f"unknown key '{entry.key}' in {where}{suggest(entry.key, allowed)}")


def describe(value: Value) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, Sequence):
        return "a list"
    if value.tag == _STR:
        return "text"
    return f"{value.type_name} ({value.text})" if value.text else value.type_name


def suggest(word: str, choices: Iterable[str]) -> str:
    import difflib  # here: only a misspelt key needs it, and an import runs without one

    choices = list(choices)
    folded = {c.casefold(): c for c in choices}
    match = folded.get(word.casefold()) or next(iter(difflib.get_close_matches(word, choices, 1, 0.6)), None)
    return f" (did you mean '{match}'?)" if match else ""


def _not_text(key: str, value: Scalar) -> str:
    if value.quoted:
        return f"'{key}' must be text, not {value.type_name}"
    return (
        f"'{key}' must be text, but YAML reads {value.text} as {value.type_name}; "
        f"put it in quotes: \"{value.text}\""
    )
