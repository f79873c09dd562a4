"""TOML front matter (``+++`` ... ``+++``), as Hugo and Zola pages open: read like YAML front matter.

Each ``key = value`` line, at the top or under a table header (``[taxonomies]``, ``[extra]``), gives a
``key: value`` pair of metadata at its line: a string as it is, a list as its items joined by commas,
anything else (a date, a number, a boolean) as TOML writes it. A line that is no valid TOML pair is skipped.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_PAIR = lazy_re(r"^\s*([A-Za-z][\w-]{0,30})\s*=\s*\S")
_TABLE = lazy_re(r"^\s*\[\[?[\w.\" -]+\]\]?\s*(?:#.*)?$")
_MAX_LINES = 200


def toml_front_matter(lines: list[str]) -> tuple[int, list[tuple[int, str, str]]] | None:
    """The index of the closing ``+++`` of a leading TOML block and its pairs ``(line, key, value)``; ``None``
    when the text opens with no such block (or a line inside it is neither a pair, a table header, a
    comment, a blank nor the continuation of a value)."""
    if not lines or lines[0].strip() != "+++":
        return None
    end = next((i for i, line in enumerate(lines[1:_MAX_LINES], 1) if line.strip() == "+++"), None)
    if end is None:
        return None
    meta: list[tuple[int, str, str]] = []
    for number, line in enumerate(lines[1:end], 2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or _TABLE.match(line):
            continue
        match = _PAIR.match(line)
        if match is None:
            if line[:1].isspace() or stripped[:1] in "]}\"'":
                continue  # the rest of a value written over several lines
            return None
        value = _value(stripped)
        if value is not None:
            meta.append((number, match.group(1), value))
    return end, meta


def _value(pair: str) -> str | None:
    """The value of one ``key = value`` line as text; ``None`` when the line alone is no valid TOML."""
    import tomllib  # only a page opening with TOML front matter needs it

    try:
        parsed = tomllib.loads(pair)
    except ValueError:  # tomllib.TOMLDecodeError, and any value it cannot build
        return None
    value = next(iter(parsed.values()), None)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return ", ".join(str(item) for item in value if not isinstance(item, (dict, list)))
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if isinstance(value, dict) else str(value)
