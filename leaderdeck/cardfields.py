"""A typed note -> the HTML of each field of its Anki note type."""

from __future__ import annotations

from .model import Note, QaBody, ScenarioBody, StarBody
from .notetypes import note_type
from .render import Renderer, plain
from .speech import speaking_time


def note_fields(note: Note, renderer: Renderer) -> list[str]:
    """Field values in the order of the note type's fields."""
    values = _common(note, renderer) | _body(note.body, renderer)
    if not isinstance(note.body, ScenarioBody):
        values["Question"] = question_field(note.body, note.variants, renderer)
    return [values.get(name, "") for name in note_type(note.kind).fields]


def _common(note: Note, renderer: Renderer) -> dict[str, str]:
    return {
        "Level": plain(note.level.label),
        "Topic": plain(note.topic.name),
        "Competencies": renderer.items(note.competencies, "chips"),
        "Clarifying Questions": renderer.items(note.clarifying_questions),
        "Assumptions": renderer.block(note.assumptions),
        "Coach Signals": renderer.items(note.coach.signals),
        "Cheat Code": renderer.block(note.coach.cheat_code),
        "Coach Tips": renderer.items(note.coach.tips),
        "Source": renderer.inline(note.source),
        "Id": plain(note.id),
    }


def _body(body: StarBody | ScenarioBody | QaBody, renderer: Renderer) -> dict[str, str]:
    if isinstance(body, StarBody):
        return {
            "Question": renderer.inline(body.question),
            "Situation": renderer.block(body.situation),
            "Task": renderer.block(body.task),
            "Action": renderer.block(body.action),
            "Result": renderer.block(body.result),
            "Learning": renderer.block(body.learning),
            "Speaking Time": plain(speaking_time(body).label) if body.situation else "",
        }
    if isinstance(body, ScenarioBody):
        return {
            "Title": renderer.inline(body.title),
            "Question": renderer.inline(body.question),
            "Situation": renderer.block(body.situation),
            "Challenges": renderer.items(body.challenges),
            "Discussion": "".join(_discussion_point(p.heading, p.questions, renderer) for p in body.discussion),
            "Duration": plain(body.duration),
            "Company": plain(body.company),
        }
    return {"Question": renderer.inline(body.question), "Answer": renderer.block(body.answer)}


def question_field(body: StarBody | QaBody, variants: tuple[str, ...], renderer: Renderer) -> str:
    """The Question field: the question, after the story's title as a memory hook, with the other
    phrasings ("also asked as") in a block the card stylesheet shows on the back only.

    Title and variants ride in this existing field so that adding them changes no note type:
    a note without either has exactly the field it always had.
    """
    question = renderer.inline(body.question)
    title = getattr(body, "title", "")
    hook = f'<span class="ld-hook">{renderer.inline(title)}</span> ' if title else ""
    also = (f'<div class="ld-variants"><span class="ld-k">Also asked as</span>{renderer.items(variants)}</div>'
            if variants else "")
    return hook + question + also


def _discussion_point(heading: str, questions: tuple[str, ...], renderer: Renderer) -> str:
    """A heading, with its probing questions folded under it (the skeleton first, detail on a tap)."""
    title = f"<h4>{renderer.inline(heading)}</h4>"
    if not questions:
        return f'<section class="discussion-point">{title}</section>'
    return f'<details class="discussion-point"><summary>{title}</summary>{renderer.items(questions)}</details>'

