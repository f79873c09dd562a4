"""Typed notes: what the loader produces and everything downstream trusts."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .slotinit import slot_init


class Kind(str, Enum):
    STAR = "star"
    SCENARIO = "scenario"
    QA = "qa"

    def __str__(self) -> str:
        return self.value


class Level(str, Enum):
    """The five seniority bands, in rising order."""

    SENIOR = "senior"
    STAFF = "staff"
    MANAGER = "manager"
    DIRECTOR = "director"
    EXECUTIVE = "executive"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        return list(Level).index(self)

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    slug: str
    keywords: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.name


@slot_init
@dataclass(frozen=True, slots=True)
class Origin:
    """Where a note was written: file (as displayed) and line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@slot_init
@dataclass(frozen=True, slots=True)
class Coach:
    signals: tuple[str, ...] = ()
    cheat_code: str = ""
    tips: tuple[str, ...] = ()


@slot_init
@dataclass(frozen=True, slots=True)
class StarBody:
    question: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    learning: str = ""
    title: str = ""  # the story's name, a memory hook ("the Log4j response")


@slot_init
@dataclass(frozen=True, slots=True)
class DiscussionPoint:
    heading: str
    questions: tuple[str, ...] = ()


@slot_init
@dataclass(frozen=True, slots=True)
class ScenarioBody:
    title: str
    situation: str = ""
    question: str = ""
    challenges: tuple[str, ...] = ()
    discussion: tuple[DiscussionPoint, ...] = ()
    duration: str = ""
    company: str = ""


@slot_init
@dataclass(frozen=True, slots=True)
class QaBody:
    question: str
    answer: str = ""


Body = StarBody | ScenarioBody | QaBody


@slot_init
@dataclass(frozen=True, slots=True)
class Note:
    id: str
    kind: Kind
    level: Level
    topic: Topic
    body: Body
    origin: Origin
    competencies: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    clarifying_questions: tuple[str, ...] = ()
    assumptions: str = ""
    coach: Coach = field(default_factory=Coach)
    variants: tuple[str, ...] = ()  # other phrasings of the question
    draft: bool = False
    source: str = ""
    lint_ignore: tuple[str, ...] = ()
    # the line of each key the note wrote: ("question", 12), ("star.result", 20), ("lint.ignore", 31)
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    def line_of(self, *keys: str) -> int:
        """The line of the first of ``keys`` the note wrote, else the line the note starts on."""
        written = dict(self.lines)
        return next((written[k] for k in keys if k in written), self.origin.line)

    def at(self, *keys: str) -> Origin:
        """Where to point a person at one of ``keys`` of this note (see :meth:`line_of`)."""
        return Origin(self.origin.path, self.line_of(*keys))

    @property
    def prompt(self) -> str:
        """The line that identifies the note to a person: question or title."""
        if isinstance(self.body, ScenarioBody):
            return self.body.title
        return self.body.question
