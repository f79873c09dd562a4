"""Questions pointed at stories told elsewhere in the document: one note per story, asked as they say.

A story bank often keeps an index of the questions it prepares for and the story that answers each (a table with a
``Question`` and a ``Story`` column, or a list), and tells each story further down under its name alone::

    | Question                                   | Story             |
    | Tell me about a decision you regret.       | Event bus rewrite |

    ## Event bus rewrite
    **Situation:** ...

Read apart, the index gives a question with no answer (naming its story, or a story under that name with none of its
parts told) and the story a name with no question.
Where the name a question points at is the name of a story told in the same document, and asked by nothing else,
the story is asked by that question (the first, when several point at it; the others its variants), keeps the name
as its title, and the question's own note goes: its coaching joins the story's.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Coach, Kind, StarBody
from .base import Parsed


def stories_asked(notes: list[Parsed]) -> list[Parsed]:
    """``notes`` with each question that only points at a story told here joined to that story (see the
    module docstring)."""
    pointing = [(n, name) for n in notes if (name := _pointed(n)) and _unanswered(n)]
    if not pointing:
        return notes
    told = {}
    for index, note in enumerate(notes):
        if note.kind is Kind.STAR and note.untitled and _told(note.body):
            told.setdefault(_key(note.body.question), index)
    asked: dict[int, list[Parsed]] = {}
    for note, name in pointing:
        if (index := told.get(_key(name))) is not None and notes[index] is not note:
            asked.setdefault(index, []).append(note)
    if not asked:
        return notes
    joined = {id(note) for questions in asked.values() for note in questions}
    out = []
    for index, note in enumerate(notes):
        if id(note) in joined:
            continue
        out.append(_asked(note, asked[index]) if index in asked else note)
    return out


def _asked(story: Parsed, questions: list[Parsed]) -> Parsed:
    first, *others = questions
    body = replace(story.body, question=first.body.question, title=story.body.question)
    variants = tuple(dict.fromkeys((*(q.body.question for q in others), *(v for q in questions for v in q.variants),
                                    *story.variants)))
    coach = Coach(signals=(*story.coach.signals, *(s for q in questions for s in q.coach.signals)),
                  cheat_code=story.coach.cheat_code,
                  tips=(*story.coach.tips, *(t for q in questions for t in q.coach.tips if not _points(t, _pointed(q)))))
    return replace(story, body=body, variants=variants, coach=coach, untitled=False,
                   competencies=tuple(dict.fromkeys((*story.competencies, *first.competencies))),
                   tags=tuple(dict.fromkeys((*story.tags, *first.tags))),
                   level_label=story.level_label or first.level_label,
                   topic_labels=tuple(dict.fromkeys((*story.topic_labels, *first.topic_labels))))


def _pointed(note: Parsed) -> str:
    """The name of the story ``note`` points at: a question's named story (a sheet's ``Story`` column), or the
    title of a story under a question with none of its parts told ("- Story: Event bus rewrite" under it)."""
    if note.story:
        return note.story
    body = note.body
    return body.title if isinstance(body, StarBody) and body.title and body.question and not note.untitled else ""


def _points(tip: str, story: str) -> bool:
    """The tip that names the story a question points at ("**Story:** Event bus rewrite"): the story itself now."""
    return tip.startswith("**") and tip.endswith(f"** {story}")


def _unanswered(note: Parsed) -> bool:
    """A question with nothing of its own told: no answer, or a story whose parts are all empty."""
    body = note.body
    if isinstance(body, StarBody):
        return not _told(body)
    return not getattr(body, "answer", "").strip()


def _told(body) -> bool:
    return any(getattr(body, part, "").strip() for part in ("situation", "task", "action", "result", "learning"))


def _key(name: str) -> str:
    return " ".join(name.casefold().strip(" *_\"'“”‘’.:").split())
