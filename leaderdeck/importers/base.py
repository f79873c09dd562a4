"""What every importer shares: the formats, the Protocol, and what parsing yields.

A parser reads one document and returns :class:`Parsed` notes: the text the
document holds, plus the labels it states for level and topic. Settling those
labels against the taxonomy and choosing ids happens afterwards, in one place
(:mod:`leaderdeck.importers.settle`), so every format behaves the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..errors import Problem, SourceErrors
from ..model import Body, Coach, Kind, ScenarioBody
from ..slotinit import slot_init


class Format(str, Enum):
    """Readings ``--format`` can force. Without it every note's kind is decided from what it holds."""

    STAR_PAGE = "star-page"
    SCENARIOS = "scenarios"
    NUMBERED_QA = "numbered-qa"
    MARKDOWN_STAR = "markdown-star"
    CSV = "csv"
    ANKI_TEXT = "anki-text"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def kind(self) -> Kind | None:
        """The kind every note of a forced reading gets (spreadsheets: per row)."""
        return _KINDS.get(self)


_LABELS = {
    Format.STAR_PAGE: "STAR page",
    Format.SCENARIOS: "scenario document",
    Format.NUMBERED_QA: "numbered Q&A article",
    Format.MARKDOWN_STAR: "Markdown STAR notes",
    Format.CSV: "spreadsheet (CSV/TSV)",
    Format.ANKI_TEXT: "Anki notes in plain text",
}
_KINDS = {Format.STAR_PAGE: Kind.STAR, Format.MARKDOWN_STAR: Kind.STAR, Format.SCENARIOS: Kind.SCENARIO,
          Format.NUMBERED_QA: Kind.QA}


class DocumentError(SourceErrors):
    """A document that cannot be imported (unreadable, or nothing recognisable), as ``path:line: message``."""

    def __init__(self, display: str, line: int, message: str) -> None:
        super().__init__([Problem(display, line, message)])


@slot_init
@dataclass(frozen=True, slots=True)
class Parsed:
    """One note as the document states it, before level, topic and id are settled."""

    kind: Kind
    body: Body
    line: int
    name: str = ""
    level_label: str = ""
    topic_labels: tuple[str, ...] = ()
    topic_hint: str = ""
    category: str = ""  # the group heading right above, written as a category label ("Conflict Resolution:")
    groups: tuple[str, ...] = ()  # the headings and group labels above it, outermost first, below the page's title
    competencies: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()  # "Category: ..." lines of the note's own: competencies too, not topic evidence
    listed: tuple[str, ...] = ()  # topic labels that are only names in a list of competencies (weak evidence)
    tags: tuple[str, ...] = ()
    clarifying_questions: tuple[str, ...] = ()
    assumptions: str = ""
    coach: Coach = field(default_factory=Coach)
    variants: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # why this is a draft beyond missing parts ("a placeholder answer")
    untitled: bool = False  # a story with a name and no question: its name stands in for the question
    unasked: bool = False  # a Q&A note whose question is a scenario's name: a few words that do not ask
    task_labelled: bool = False  # a story whose Task is labelled (a heading or label), written or left blank
    from_setting: bool = False  # a story told from its Context or Challenge (CAR, PAR), with no Situation or Task label
    evidence: tuple[tuple[str, str], ...] = ()  # ("level", "the file name 'EnggManager'")
    sample_of: int = 0  # another sample answer of the question on this line: not the question asked again
    story: str = ""  # the name of the story a question points at, told elsewhere or not (:mod:`.storymatrix`)
    phrased: bool = False  # its question is the first of its listed phrasings (:mod:`.variantsection`): reported

    @property
    def prompt(self) -> str:
        """What the note asks: a scenario's title, any other note's question."""
        return self.body.title if isinstance(self.body, ScenarioBody) else self.body.question


@dataclass(frozen=True, slots=True)
class Skipped:
    """A part of the document that did not become a note, and why."""

    line: int
    what: str
    why: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.what} ({self.why})"


@dataclass(frozen=True, slots=True)
class Attention:
    """Something the user should check or fix in the imported notes."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class ParseResult:
    notes: tuple[Parsed, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    attention: tuple[Attention, ...] = ()
