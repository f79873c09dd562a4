"""The Anki note types: frozen ids, field names, templates and CSS.

One note type per kind, plus "leaderdeck STAR drill": the STAR fields with one
card template per STAR section. Model ids are constants chosen once and never
changed: Anki matches note types by id, and a changed id, field list or list of
template names makes it create a second note type on re-import. Templates and
CSS live in ``leaderdeck/templates/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
import re

from .model import Kind
from .style import Style
from .lazyre import lazy_re

_LEADING_COMMENT = lazy_re(r"\A\s*<!--.*?-->\s*", re.DOTALL)
_INCLUDE = lazy_re(r"^[ \t]*<!-- include: (_[a-z]+\.html) -->", re.MULTILINE)
_MARKER = lazy_re(r"\[\[([a-z]+)\]\]")
COMMON_TAIL = ("Clarifying Questions", "Assumptions", "Coach Signals", "Cheat Code", "Coach Tips", "Source", "Id")


@dataclass(frozen=True, slots=True)
class CardTemplate:
    name: str
    front: str
    back: str


@dataclass(frozen=True, slots=True)
class NoteType:
    kind: Kind
    model_id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[CardTemplate, ...]
    css: str


_SPECS = {
    Kind.STAR: (
        1708123401, "leaderdeck STAR", "star", "Full answer",
        ("Question", "Level", "Topic", "Competencies", "Clarifying Questions", "Assumptions",
         "Situation", "Task", "Action", "Result", "Learning", "Speaking Time",
         "Coach Signals", "Cheat Code", "Coach Tips", "Source", "Id"),
    ),
    Kind.SCENARIO: (
        1708123402, "leaderdeck Scenario", "scenario", "Scenario",
        ("Title", "Question", "Level", "Topic", "Competencies", "Duration", "Company",
         "Situation", "Challenges", "Discussion", *COMMON_TAIL),
    ),
    Kind.QA: (
        1708123403, "leaderdeck Q&A", "qa", "Answer",
        ("Question", "Level", "Topic", "Competencies", "Answer", *COMMON_TAIL),
    ),
}


STAR_DRILL_ID = 1708123404
STAR_DRILL_NAME = "leaderdeck STAR drill"
# One drill card per STAR section: (field and template name, css step, badge letter, what to recall).
DRILL_SECTIONS = (
    ("Situation", "s", "S", "Set the scene: where, when, and how big was it?"),
    ("Task", "t", "T", "What were you responsible for, and what was at stake?"),
    ("Action", "a", "A", "What did you do, step by step, and why?"),
    ("Result", "r", "R", "What changed? Give the numbers."),
    ("Learning", "l", "L", "What did you learn, and what do you do differently now?"),
)


def _template_text(name: str, style: Style = Style()) -> str:
    """A template file (the workspace's own when its style replaces it) without its leading
    explanatory comment (kept out of every card), with ``<!-- include: _part.html -->``
    lines replaced by that partial."""
    text = style.template(name)
    if text is None:
        from importlib import resources  # here: a build reads the templates, an import does not

        text = (resources.files("leaderdeck") / "templates" / name).read_text(encoding="utf-8")
    text = _LEADING_COMMENT.sub("", text, count=1)
    return _INCLUDE.sub(lambda match: _template_text(match.group(1), style).rstrip("\n"), text)


def _css(style: Style) -> str:
    css = _template_text("card.css")
    return f"{css.rstrip()}\n\n/* the workspace's own style */\n{style.css.strip()}\n" if style.css.strip() else css


@cache
def note_type(kind: Kind, style: Style = Style()) -> NoteType:
    model_id, name, stem, card, fields = _SPECS[kind]
    template = CardTemplate(card, _template_text(f"{stem}_front.html", style),
                            _template_text(f"{stem}_back.html", style))
    return NoteType(kind, model_id, name, fields, (template,), _css(style))


def note_types(style: Style = Style()) -> tuple[NoteType, ...]:
    """The main note type of each kind."""
    return tuple(note_type(kind, style) for kind in Kind)


@cache
def drill_note_type(style: Style = Style()) -> NoteType:
    """The STAR fields with one card per STAR section; an empty section makes no card."""
    star = note_type(Kind.STAR, style)
    front, back = _template_text("star_drill_front.html", style), _template_text("star_drill_back.html", style)
    templates = []
    for field, step, letter, prompt in DRILL_SECTIONS:
        values = {"field": field, "step": step, "letter": letter, "prompt": prompt}
        templates.append(CardTemplate(field, _fill(front, values), _fill(back, values)))
    return NoteType(Kind.STAR, STAR_DRILL_ID, STAR_DRILL_NAME, star.fields, tuple(templates), star.css)


def _fill(text: str, values: dict[str, str]) -> str:
    """Replace the ``[[name]]`` markers of a drill template."""
    return _MARKER.sub(lambda match: values[match.group(1)], text)


def all_note_types(style: Style = Style()) -> tuple[NoteType, ...]:
    """Every note type leaderdeck writes: the main ones and the STAR drill."""
    return (*note_types(style), drill_note_type(style))
