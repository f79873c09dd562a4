"""``[tool.leaderdeck.lint]`` in pyproject.toml: which rules run and where their thresholds lie.

    [tool.leaderdeck.lint]
    ignore = ["qa-answer-length"]     # rule ids not to apply
    spoken-minutes = [1, 3]           # a STAR answer's speaking time, as the card shows it
    qa-answer-words = [80, 200]       # a Q&A answer's length
    near-duplicate = 0.9              # how similar two questions may be (0.5-1; 1 = identical only)

    [tool.leaderdeck.lint.min-words]  # the fewest words of each STAR part
    situation = 20
    task = 10
    action = 60
    result = 15
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .decode import suggest
from .errors import LeaderdeckError
from .speech import STAR_PARTS

SECTION = "[tool.leaderdeck.lint]"
DEFAULT_MIN_WORDS = (("situation", 20), ("task", 10), ("action", 60), ("result", 15))
KEYS = ("ignore", "spoken-minutes", "qa-answer-words", "near-duplicate", "min-words")


@dataclass(frozen=True, slots=True)
class LintConfig:
    """The thresholds of the coaching checks; the defaults are what interview coaches advise."""

    ignore: frozenset[str] = frozenset()
    min_words: tuple[tuple[str, int], ...] = DEFAULT_MIN_WORDS
    spoken_minutes: tuple[float, float] = (1.0, 3.0)
    qa_words: tuple[int, int] = (80, 200)
    near_duplicate: float = 0.9


def load_lint_config(pyproject: Path, rule_ids: frozenset[str]) -> LintConfig:
    """The configuration in ``pyproject`` (the defaults when it has none); unknown keys and bad values
    raise :class:`LeaderdeckError` naming the key."""
    if not pyproject.is_file():
        return LintConfig()
    try:
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LeaderdeckError(f"{pyproject}: {exc}") from None
    section = config.get("tool", {}).get("leaderdeck", {}).get("lint", {})
    reader = _Reader(pyproject)
    if not isinstance(section, dict):
        raise reader.error("", "must be a table")
    for key in section:
        if key not in KEYS:
            raise reader.error(key, f"is not a setting{suggest(key, KEYS)} (settings: {', '.join(KEYS)})")
    values = LintConfig()
    if "ignore" in section:
        values = replace(values, ignore=reader.rules(section["ignore"], rule_ids))
    if "min-words" in section:
        values = replace(values, min_words=reader.min_words(section["min-words"]))
    if "spoken-minutes" in section:
        values = replace(values, spoken_minutes=reader.span("spoken-minutes", section["spoken-minutes"], float))
    if "qa-answer-words" in section:
        values = replace(values, qa_words=reader.span("qa-answer-words", section["qa-answer-words"], int))
    if "near-duplicate" in section:
        values = replace(values, near_duplicate=reader.share(section["near-duplicate"]))
    return values


class _Reader:
    def __init__(self, pyproject: Path) -> None:
        self.pyproject = pyproject

    def error(self, key: str, message: str) -> LeaderdeckError:
        where = f"{SECTION} {key}" if key else SECTION
        return LeaderdeckError(f"{self.pyproject}: {where} {message}")

    def rules(self, value: object, rule_ids: frozenset[str]) -> frozenset[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error("ignore", 'must be a list of rule ids, like ["qa-answer-length"]')
        unknown = sorted(set(value) - rule_ids)
        if unknown:
            raise LeaderdeckError(f"{self.pyproject}: unknown lint rule(s) in {SECTION} ignore: "
                                  f"{', '.join(unknown)} (rules: {', '.join(sorted(rule_ids))})")
        return frozenset(value)

    def min_words(self, value: object) -> tuple[tuple[str, int], ...]:
        if not isinstance(value, dict):
            raise self.error("min-words", "must be a table of STAR parts and word counts, like { situation = 20 }")
        for part, count in value.items():
            if part not in STAR_PARTS:
                raise self.error("min-words", f"names no STAR part '{part}'{suggest(part, STAR_PARTS)} "
                                              f"(parts: {', '.join(STAR_PARTS)})")
            if not _whole(count) or count < 0:
                raise self.error(f"min-words.{part}", f"must be a whole number of words, not {count!r}")
        merged = dict(DEFAULT_MIN_WORDS) | value
        return tuple((part, merged[part]) for part in STAR_PARTS if part in merged)

    def span(self, key: str, value: object, kind: type) -> tuple:
        numbers = value if isinstance(value, list) else []
        ok = len(numbers) == 2 and all(_whole(n) if kind is int else _number(n) for n in numbers)
        if not ok or not 0 <= numbers[0] <= numbers[1]:
            example = "[80, 200]" if kind is int else "[1, 3]"
            raise self.error(key, f"must be [low, high] with 0 <= low <= high, like {example}, not {value!r}")
        return (kind(numbers[0]), kind(numbers[1]))

    def share(self, value: object) -> float:
        if not _number(value) or not 0.5 <= value <= 1:
            raise self.error("near-duplicate", f"must be a number from 0.5 to 1, like 0.9, not {value!r}")
        return float(value)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
