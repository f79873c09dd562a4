"""``leaderdeck lint``: what an interviewer would miss in an answer.

Separate from validation (the schema): every finding names a rule and points
at the line of the field it is about, and each rule can be switched off for
one note (``lint: {ignore: [rule-id]}``) or for the project
(``[tool.leaderdeck.lint] ignore = [...]`` in pyproject.toml, where the
thresholds can be changed too: see :mod:`leaderdeck.lintconfig`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .lintconfig import LintConfig, load_lint_config
from .model import Note, Origin, QaBody, ScenarioBody, StarBody
from .neardup import first_near_duplicates
from .speech import STAR_PARTS, WORDS_PER_MINUTE, speaking_time, words
from .takeaway import names_a_practice
from .lazyre import lazy_re

_NUMBER = lazy_re(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                  r"fifty|hundred|thousand|million|billion|half|double|doubled|tripled|twice|percent)\b", re.I)
_QUESTION_WORD = lazy_re(r"[a-z0-9][a-z0-9'’]*")  # how questions are compared for duplicates
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
    Rule("learning-without-change", "The Learning names no change in what you do (a practice, a habit, "
                                    "what you would do next time)."),
    Rule("result-without-number", "The Result gives no number (time, money, people, incidents)."),
    Rule("spoken-length", "The STAR answer takes under 1 or over 3 minutes to say (150 words a minute, to the "
                          "nearest half minute, as the card shows it)."),
    Rule("we-over-i", "The Action says 'we' more than 'I': the interviewer wants your part."),
    Rule("qa-answer-length", "A Q&A answer is shorter than 80 or longer than 200 words."),
    Rule("scenario-without-discussion", "A scenario has no discussion points for the panel to probe."),
    Rule("duplicate-question", "The question repeats, or nearly repeats, another note's."),
    Rule("unknown-rule", "A 'lint: ignore' entry names no rule."),
)
RULE_IDS = frozenset(r.id for r in RULES)

Found = tuple[str, str, str]  # (rule, field the finding is about, message)


def lint_notes(notes: Iterable[Note], ignore: Iterable[str] = (), config: LintConfig = LintConfig()) -> list[Finding]:
    """Every finding for ``notes``, in file and line order; drafts are checked for duplicates only."""
    notes = list(notes)
    skipped = frozenset(ignore) | config.ignore
    findings = [f for note in notes for f in _note_findings(note, config)] + _duplicates(notes, config)
    by_id = {n.id: n for n in notes}
    kept = [f for f in findings if f.rule not in skipped and f.rule not in by_id[f.note_id].lint_ignore]
    return sorted(kept, key=lambda f: (f.origin.path, f.origin.line, f.rule))


def lint_config(pyproject: Path) -> LintConfig:
    """The ``[tool.leaderdeck.lint]`` settings of a pyproject.toml (the defaults without one)."""
    return load_lint_config(pyproject, RULE_IDS)


def project_ignores(pyproject: Path) -> frozenset[str]:
    """Rule ids switched off in ``[tool.leaderdeck.lint] ignore`` of a pyproject.toml."""
    return lint_config(pyproject).ignore


def _note_findings(note: Note, config: LintConfig) -> list[Finding]:
    found = [Finding("unknown-rule", note.id, note.at("lint.ignore", "lint"), f"'lint: ignore' names no rule '{rule}'")
             for rule in note.lint_ignore if rule not in RULE_IDS]
    if note.draft:
        return found
    checks: dict[type, Callable[[Note, LintConfig], list[Found]]] = {
        StarBody: _star, QaBody: _qa, ScenarioBody: _scenario}
    return found + [Finding(rule, note.id, note.at(*where.split()), message)
                    for rule, where, message in checks[type(note.body)](note, config)]


def _star(note: Note, config: LintConfig) -> list[Found]:
    body: StarBody = note.body
    minimum = dict(config.min_words)
    found: list[Found] = []
    for part in STAR_PARTS:
        count = len(words(getattr(body, part)))
        if count == 0:
            found.append(("star-part-missing", "star", f"no {part.capitalize()}"))
        elif count < minimum.get(part, 0):
            found.append(("star-part-thin", f"star.{part}",
                          f"{part.capitalize()} has {count} words (aim for {minimum[part]} or more)"))
    if body.learning and not names_a_practice(body.learning):
        found.append(("learning-without-change", "star.learning",
                      "the Learning says what you learned, not what you now do differently: name the practice "
                      "('I now ...', 'Next time I would ...')"))
    if body.result and not _NUMBER.search(body.result):
        found.append(("result-without-number", "star.result", "the Result has no number: what changed, by how much?"))
    return found + _spoken(body, config) + _we_over_i(body)


def _spoken(body: StarBody, config: LintConfig) -> list[Found]:
    time = speaking_time(body)
    low, high = config.spoken_minutes
    if low <= time.rounded <= high:
        return []
    return [("spoken-length", "star", f"the story takes {time.label} to say at {WORDS_PER_MINUTE} words a minute "
                                      f"({time.words} words; aim for {low:g}-{high:g} min)")]


def _we_over_i(body: StarBody) -> list[Found]:
    action = words(body.action)
    mine, ours = sum(w in _FIRST_PERSON for w in action), sum(w in _PLURAL for w in action)
    if ours > mine:
        return [("we-over-i", "star.action", f"the Action says 'we' {ours} times and 'I' {mine} times")]
    return []


def _qa(note: Note, config: LintConfig) -> list[Found]:
    count = len(words(note.body.answer))
    low, high = config.qa_words
    if not low <= count <= high:
        return [("qa-answer-length", "answer", f"the answer has {count} words (aim for {low}-{high})")]
    return []


def _scenario(note: Note, config: LintConfig) -> list[Found]:
    if not note.body.discussion:
        return [("scenario-without-discussion", "discussion", "no discussion points")]
    return []


def comparable_question(prompt: str) -> str:
    """A question as the duplicate check compares it: lower case, words only."""
    return " ".join(_QUESTION_WORD.findall(prompt.casefold()))


def _duplicates(notes: list[Note], config: LintConfig) -> list[Finding]:
    texts = [comparable_question(note.prompt) for note in notes]
    found = []
    for note, first in zip(notes, first_near_duplicates(texts, config.near_duplicate)):
        if first is not None:
            other = notes[first]
            found.append(Finding("duplicate-question", note.id, note.at("question", "title"),
                                 f"the question repeats note '{other.id}' ({other.at('question', 'title')})"))
    return found
