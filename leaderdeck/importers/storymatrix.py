"""Questions pointed at stories told elsewhere in the document: one note per story, asked as they say.

A story bank often keeps an index of the questions it prepares for and the story that answers each (a table with a
``Question`` and a ``Story`` column, a list of questions each with ``Story: name`` under it, or ``question → name``
lines), and tells each story further down under its name alone::

    | Question                                   | Story             |
    | Tell me about a decision you regret.       | Event bus rewrite |

    ## Event bus rewrite
    **Situation:** ...

Read apart, the index gives a question with no answer of its own (it names its story, has a story of that name with
none of its parts told, or is answered by that name alone, or by a line pointing at it: ``Use the Billing outage
story.``, :mod:`.storypointer`) and the story a name with no question. Where the name a
question points at is the name of a story told in the same document, and asked by nothing else, the story is asked
by that question (the first, when several point at it; the others its variants), keeps the name as its title, and
the question's own note goes: its coaching joins the story's. A story asked already (by its own ``Answers:``
line) takes such questions as variants; an entry that names a value and does not ask (``| Customer Obsession |
Billing rewrite |``) is the story's competency, never its question; a story named with its parts still blank is
joined the same way, so the index's rows are not drafts beside it.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Coach, Kind, QaBody, StarBody
from .base import Parsed
from .storypointer import pointed_name
from .text import is_question

_PARTS = ("situation", "task", "action", "result", "learning")


def stories_asked(notes: list[Parsed]) -> list[Parsed]:
    """``notes`` with each question that only points at a story told here joined to that story (see the
    module docstring)."""
    told: dict[str, int] = {}
    for index, note in enumerate(notes):
        if note.kind is Kind.STAR and note.untitled:  # told, or its parts still blank ("## Growing a lead")
            told.setdefault(_key(note.body.question), index)
        elif note.kind is Kind.STAR and note.body.title and note.body.question and _told(note.body):
            told.setdefault(_key(note.body.title), index)  # "## Mobile freeze" asked by its own "Answers:" line
    if not told:
        return notes
    asked: dict[int, list[tuple[Parsed, str]]] = {}
    for note in notes:
        name = _pointed(note, told)
        if name and (index := told.get(_key(name))) is not None and notes[index] is not note:
            asked.setdefault(index, []).append((note, name))
    if not asked:
        return notes
    joined = {id(note) for questions in asked.values() for note, _ in questions}
    return [_asked(note, asked[index]) if index in asked else note
            for index, note in enumerate(notes) if id(note) not in joined]


def _pointed(note: Parsed, told: dict[str, int]) -> str:
    """The name of the story ``note`` points at, if it tells nothing of its own: a question's named story (a
    sheet's ``Story`` column), the title of a story under a question with none of its parts told ("- Story: Event
    bus rewrite" under it), or an answer that is only the name of a story told here ("... → **Event bus rewrite**")."""
    body = note.body
    if isinstance(body, StarBody):
        return body.title if body.title and body.question and not note.untitled and not _told(body) else ""
    if not isinstance(body, QaBody):
        return ""
    answer = body.answer.strip()
    if note.story and not answer:
        return note.story
    if answer:  # "Event bus rewrite", "- See \"Splitting the platform team\"", "Use the Billing outage story."
        return pointed_name(answer, told, _key)
    tips = note.coach.tips  # "Use the Billing outage story." read as advice: the question's only word
    return pointed_name(tips[0], told, _key) if len(tips) == 1 and not note.coach.signals else ""


def _asked(story: Parsed, questions: list[tuple[Parsed, str]]) -> Parsed:
    named = [q for q, _ in questions if not is_question(q.body.question)]  # "| Customer Obsession | Billing |": a
    asking = [q for q, _ in questions if q not in named]  # value the story shows, its competency, never its question
    first = asking[0] if asking else questions[0][0]
    competencies = tuple(dict.fromkeys((*story.competencies, *first.competencies,
                                        *(q.body.question.strip() for q in named))))
    if story.untitled and asking:
        body, others = replace(story.body, question=first.body.question, title=story.body.question), asking[1:]
    else:  # asked already, or only named: it keeps its question (or its name standing in for one)
        body, others = story.body, asking
    variants = tuple(v for v in dict.fromkeys((*(q.body.question for q in others),
                                               *(v for q, _ in questions for v in q.variants), *story.variants))
                     if v != body.question)
    coach = Coach(signals=(*story.coach.signals, *(s for q, _ in questions for s in q.coach.signals)),
                  cheat_code=story.coach.cheat_code,
                  tips=(*story.coach.tips, *(t for q, name in questions for t in q.coach.tips
                                             if not _points(t, name) and not pointed_name(t, {_key(name): 0}, _key))))
    return replace(story, body=body, variants=variants, coach=coach, untitled=story.untitled and not asking,
                   competencies=competencies,
                   tags=tuple(dict.fromkeys((*story.tags, *first.tags))),
                   level_label=story.level_label or first.level_label,
                   topic_labels=tuple(dict.fromkeys((*story.topic_labels, *first.topic_labels))))


def _points(tip: str, story: str) -> bool:
    """The tip that names the story a question points at ("**Story:** Event bus rewrite"): the story itself now."""
    return tip.startswith("**") and tip.endswith(f"** {story}")


def _told(body) -> bool:
    return any(getattr(body, part, "").strip() for part in _PARTS)


def _key(name: str) -> str:
    return " ".join(name.casefold().strip(" *_\"'“”‘’.:").split())
