"""``leaderdeck lint``: what an interviewer would miss in an answer.

Separate from validation (the schema): every finding names a rule, and each
rule can be switched off for one note (``lint: {ignore: [rule-id]}``) or for
the project (``[tool.leaderdeck.lint] ignore = [...]`` in pyproject.toml).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .cardfields import WORDS_PER_MINUTE, speaking_minutes
from .errors import LeaderdeckError
from .model import Note, Origin, QaBody, ScenarioBody, StarBody

MIN_WORDS = {"situation": 20, "task": 10, "action": 60, "result": 15, "learning": 10}
SPOKEN_MINUTES = (0.9, 3.3)  # "about 1-3 minutes"
QA_WORDS = (80, 200)
NEAR_DUPLICATE = 0.9
_WORD = re.compile(r"[a-z0-9][a-z0-9'’]*")
_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|thousand|million|billion|half|double|doubled|tripled|twice|percent)\b", re.I)
_FIRST_PERSON = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"}
_PLURAL = {"we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    summary: str


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    note_id: str
    origin: Origin
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.rule}: {self.message}"


RULES = (
    Rule("star-part-missing", "A STAR story lacks Situation, Task, Action, Result or Learning."),
    Rule("star-part-thin", "A STAR part is too short to carry the story."),
    Rule("result-without-number", "The Result gives no number (time, money, people, incidents)."),
    Rule("spoken-length", "The STAR answer takes well under 1 or over 3 minutes to say at 150 words a minute."),
    Rule("we-over-i", "The Action says 'we' more than 'I': the interviewer wants your part."),
    Rule("qa-answer-length", "A Q&A answer is shorter than 80 or longer than 200 words."),
    Rule("scenario-without-discussion", "A scenario has no discussion points for the panel to probe."),
    Rule("duplicate-question", "The question repeats, or nearly repeats, another note's."),
    Rule("unknown-rule", "A 'lint: ignore' entry names no rule."),
)
RULE_IDS = frozenset(r.id for r in RULES)


def lint_notes(notes: Iterable[Note], ignore: Iterable[str] = ()) -> list[Finding]:
    """Every finding for ``notes``, in source order; drafts are checked for duplicates only."""
    notes = list(notes)
    skipped = frozenset(ignore)
    findings = [f for note in notes for f in _note_findings(note)] + _duplicates(notes)
    by_id = {n.id: n for n in notes}
    kept = [f for f in findings if f.rule not in skipped and f.rule not in by_id[f.note_id].lint_ignore]
    return sorted(kept, key=lambda f: (f.origin.path, f.origin.line, f.rule))


def project_ignores(pyproject: Path) -> frozenset[str]:
    """Rule ids switched off in ``[tool.leaderdeck.lint] ignore`` of a pyproject.toml."""
    if not pyproject.is_file():
        return frozenset()
    try:
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LeaderdeckError(f"{pyproject}: {exc}") from None
    ignore = config.get("tool", {}).get("leaderdeck", {}).get("lint", {}).get("ignore", [])
    unknown = sorted(set(ignore) - RULE_IDS)
    if unknown:
        raise LeaderdeckError(f"{pyproject}: unknown lint rule(s) in [tool.leaderdeck.lint] ignore: "
                              f"{', '.join(unknown)} (rules: {', '.join(sorted(RULE_IDS))})")
    return frozenset(ignore)


def _note_findings(note: Note) -> list[Finding]:
    found = [Finding("unknown-rule", note.id, note.origin, f"'lint: ignore' names no rule '{rule}'")
             for rule in note.lint_ignore if rule not in RULE_IDS]
    if note.draft:
        return found
    checks: dict[type, Callable[[Note], list[tuple[str, str]]]] = {
        StarBody: _star, QaBody: _qa, ScenarioBody: _scenario}
    return found + [Finding(rule, note.id, note.origin, message) for rule, message in checks[type(note.body)](note)]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _star(note: Note) -> list[tuple[str, str]]:
    body = note.body
    found = []
    for part, minimum in MIN_WORDS.items():
        count = len(_words(getattr(body, part)))
        if count == 0:
            found.append(("star-part-missing", f"no {part.capitalize()}"))
        elif count < minimum:
            found.append(("star-part-thin", f"{part.capitalize()} has {count} words (aim for {minimum} or more)"))
    if body.result and not _NUMBER.search(body.result):
        found.append(("result-without-number", "the Result has no number: what changed, by how much?"))
    minutes = speaking_minutes("\n".join(getattr(body, part) for part in MIN_WORDS))
    low, high = SPOKEN_MINUTES
    if not low <= minutes <= high:
        found.append(("spoken-length", f"the story takes {minutes:.1f} min to say at {WORDS_PER_MINUTE} words "
                                       "a minute (aim for 1-3 min)"))
    words = _words(body.action)
    mine, ours = sum(w in _FIRST_PERSON for w in words), sum(w in _PLURAL for w in words)
    if ours > mine:
        found.append(("we-over-i", f"the Action says 'we' {ours} times and 'I' {mine} times"))
    return found


def _qa(note: Note) -> list[tuple[str, str]]:
    count = len(_words(note.body.answer))
    low, high = QA_WORDS
    if not low <= count <= high:
        return [("qa-answer-length", f"the answer has {count} words (aim for {low}-{high})")]
    return []


def _scenario(note: Note) -> list[tuple[str, str]]:
    if not note.body.discussion:
        return [("scenario-without-discussion", "no discussion points")]
    return []


def _duplicates(notes: list[Note]) -> list[Finding]:
    found: list[Finding] = []
    seen: list[tuple[str, Note]] = []
    for note in notes:
        text = " ".join(_words(note.prompt))
        for other_text, other in seen:
            if text == other_text or _similar(text, other_text):
                found.append(Finding("duplicate-question", note.id, note.origin,
                                     f"the question repeats note '{other.id}' ({other.origin})"))
                break
        seen.append((text, note))
    return found


def _similar(a: str, b: str) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= NEAR_DUPLICATE and matcher.quick_ratio() >= NEAR_DUPLICATE \
        and matcher.ratio() >= NEAR_DUPLICATE
