"""From what a document states to notes: level, topic, draft flag and a unique id, with what to check.

Level and topic come from :mod:`leaderdeck.importers.evidence` (``--level``
and ``--topic`` win). The report names every level that was not stated and
every topic guess the classifier is not sure of. A note is a draft when its
answer is missing or a placeholder, or a STAR story lacks parts; the report
says which. For hundreds of notes, every other note is judged (level, topic,
draft, what to check) in a second process (:mod:`.forked`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from functools import partial

from ..errors import LeaderdeckError
from ..model import Coach, Level, Note, Origin, QaBody, ScenarioBody, StarBody, Topic
from ..taxonomy import Taxonomy
from .base import Attention, Parsed
from .classify import Classifier
from .answerlevel import LABELLED
from .evidence import FALLBACK_LEVEL, Decided, note_level, note_topic
from .forked import map_in_two
from .listing import LISTED, line_list, short
from .noteids import id_base, own_words, slug
from .unasked import unasked_attention
from .sectionlevels import LevelSection, section_levels
from .sectiontopics import TopicSection, section_topics
from .topicnotes import topic_attention

_STAR_PARTS = ("situation", "task", "action", "result")
_STAR_FIELDS = tuple(f.name for f in fields(StarBody))


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the user set explicitly (``--level``, ``--topic``)."""

    level: Level | None = None
    topic: Topic | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What settling needs besides the notes: the taxonomy, the classifier, the document's own level and the
    sections whose headings name the level of the notes under them."""

    taxonomy: Taxonomy
    classifier: Classifier
    document_level: Decided | None = None
    sections: tuple[LevelSection, ...] = ()
    topic_sections: tuple[TopicSection, ...] = ()  # group headings naming the topic of the notes under them
    peer_level: Decided | None = None  # the band the text gives by naming the candidate's peers ("peer manager")


def settle(parsed: Iterable[Parsed], context: Context, *, display: str, source: str, taken: set[str],
           overrides: Overrides = Overrides()) -> tuple[tuple[Note, ...], tuple[Attention, ...]]:
    """Notes with a level, topic and unique id each; ``taken`` (ids in use) gains the new ids."""
    taxonomy = context.taxonomy
    if not taxonomy.topics:
        raise LeaderdeckError("the taxonomy lists no topics; imported notes need one")
    parsed = list(parsed)
    told = _told_without_task(parsed)
    # a document telling its stories without a Task (SAR, CAR): none is a draft for missing it
    lines = [item.line for item in parsed]
    judged = map_in_two(partial(_judge, context=context, overrides=overrides, taskless=bool(told),
                                levels=section_levels(context.sections, lines),
                                topics=section_topics(context.topic_sections, lines)), parsed)
    # the judgements by column, each in the notes' order: own level, topic, draft, id base, why a draft
    owns, guesses, draft_flags, bases, reasons = zip(*judged) if judged else ((),) * 5
    ids = _unique_ids(bases, taken)
    levels = _majority(list(zip(parsed, owns)))
    topics = list(zip(parsed, guesses))
    drafts = [(item, why) for item, whys in zip(parsed, reasons) for why in whys]
    # each note made with its level once the majority has decided (no note made twice)
    notes = [_note(item, (*_competencies(item, own), *_categories(item, topic.value)), level.value, topic.value,
                   draft, note_id,
                   Origin(display, item.line), source)
             for item, own, topic, draft, (_, level), note_id in zip(parsed, owns, guesses, draft_flags, levels, ids)]
    attention: list[Attention] = []
    attention.extend(topic_attention(topics))
    attention.extend(_draft_attention(drafts))
    attention.extend(_level_attention(levels))
    attention.extend(_unmatched_attention(topics))
    attention.extend(_untitled_attention([item for item in parsed if item.untitled]))
    attention.extend(unasked_attention([item for item in parsed if item.unasked]))
    attention.extend(Attention(item.line, f"no question line under '{short(item.name)}': its first listed phrasing "
                                          f"'{short(item.prompt)}' is asked; edit it if another fits better")
                     for item in parsed if item.phrased)
    if told:
        attention.append(Attention(told[0].line, f"stories told without a Task (SAR/CAR): {len(told)}; add a Task or "
                                                 "leave it"))
    return tuple(notes), tuple(sorted(attention, key=lambda a: a.line))


def _judge(item: Parsed, *, context: Context, overrides: Overrides, taskless: bool, levels: dict[int, Decided],
           topics: dict[int, Decided]) -> tuple[Decided, Decided, bool, tuple[str, bool], tuple[str, ...]]:
    """What settling one note needs that no other note changes: its level and topic, whether it is a draft,
    the id it would have if no other note had it (and whether its own words make it), and why it is a draft.
    ``levels`` and ``topics``: those of the innermost sections holding the notes' lines, by line."""
    document = levels.get(item.line) or context.document_level
    level = Decided(overrides.level, "given") if overrides.level else note_level(item, context.taxonomy, document,
                                                                                 context.peer_level)
    topic = Decided(overrides.topic, "given") if overrides.topic else note_topic(
        item, context.taxonomy, context.classifier, topics.get(item.line))
    draft, missing = _completeness(item, taskless)
    # a story told from its Context or Challenge (CAR) lacks no part by mistake: its method has no separate Task
    whys = (*("told without a separate Task (CAR)" if part == "Task" and item.from_setting else f"no {part}"
              for part in missing), *item.reasons)
    return level, topic, draft or bool(item.reasons), (id_base(item, topic.value.slug), own_words(item)), whys


def _majority(levels: list[tuple[Parsed, Decided]]) -> list[tuple[Parsed, Decided]]:
    """Where most notes' own words guessed one level and the rest have none, the rest share it."""
    guessed = [d.value for _, d in levels if d.how == "guessed"]
    if not guessed or len(guessed) * 2 < len(levels):
        return levels
    common = Counter(guessed).most_common(1)[0][0]  # a tie: the level guessed first
    shared = Decided(common, "guessed", "most notes of the document", 0.5, weak=True)
    return [(item, shared if d.how == "default" else d) for item, d in levels]


def _draft_attention(drafts: list[tuple[Parsed, str]]) -> list[Attention]:
    """Why each draft is one: a line per note, or, when more than :data:`~.listing.LISTED` notes are drafts for one
    reason (a bank of questions without answers), one line for them all."""
    by_why: dict[str, list[Parsed]] = {}
    for item, why in drafts:
        by_why.setdefault(why, []).append(item)
    out = []
    for why, items in by_why.items():
        if len(items) > LISTED:
            lines = line_list([item.line for item in items])
            out.append(Attention(items[0].line, f"{len(items)} notes are drafts: {why} (lines {lines}); fill "
                                                "them in, or delete the ones you do not want"))
        else:
            out.extend(Attention(item.line, f"'{short(item.prompt)}' is a draft: {why}") for item in items)
    return out


def _untitled_attention(items: list[Parsed]) -> list[Attention]:
    """Stories named but not asked: one line for them all, a bank of them being common."""
    if len(items) == 1:
        return [Attention(items[0].line, f"no question for story '{short(items[0].name)}': its title is used; "
                                         "write the question")]
    if not items:
        return []
    lines = line_list([item.line for item in items])
    return [Attention(items[0].line, f"no question for {len(items)} stories (lines {lines}): each title is used; "
                                     "write the questions")]


def _unmatched_attention(topics: list[tuple[Parsed, Decided]]) -> list[Attention]:
    """One line per topic label the document states that names no topic of the taxonomy."""
    groups: dict[str, list[int]] = {}
    for item, topic in topics:
        if topic.unmatched:
            groups.setdefault(topic.unmatched, []).append(item.line)
    return [Attention(lines[0], f"'{label}' is not a topic ({len(lines)} {'note' if len(lines) == 1 else 'notes'}):"
                                " guessed from the words instead (pass --topic, or add it to a topic's keywords)")
            for label, lines in groups.items()]


def _level_attention(levels: list[tuple[Parsed, Decided]]) -> list[Attention]:
    """One line per way a level was decided without the note stating it."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for item, level in levels:
        if level.how in ("default", "guessed", "document", "other") or level.how == "stated" \
                and level.evidence.startswith(LABELLED):  # "Sample answer (Director level)": said where
            groups.setdefault((level.how, level.evidence, level.value.value), []).append(item.line)
    out = []
    for (how, evidence, value), lines in groups.items():
        count = f"{len(lines)} {'note' if len(lines) == 1 else 'notes'}"
        if how == "document" or how == "stated":
            out.append(Attention(lines[0], f"level {value} for {count}, from {evidence}"))
        elif how == "guessed":
            out.append(Attention(lines[0], f"level guessed: {value} for {count}, from {evidence} (weak); pass --level"))
        elif how == "other":
            out.append(Attention(lines[0], f"no level for {count}: the role {evidence} is another profession's job, "
                                           f"no engineering band; set to {value} (pass --level)"))
        elif evidence:
            out.append(Attention(lines[0], f"unknown level label '{evidence}' ({count}); set to {value} "
                                           "(pass --level, or add the label to the taxonomy's aliases)"))
        else:
            out.append(Attention(lines[0], f"no level stated for {count}; set to {value} (pass --level)"))
    return out



def _told_without_task(parsed: list[Parsed]) -> list[Parsed]:
    """The stories of a document that tells every story without a Task (Situation, Action, Result: SAR, or
    Challenge, Approach, Result: CAR); none when any story of it has a Task, or a Task label left blank."""
    told = [item for item in parsed if isinstance(item.body, StarBody)
            and any(getattr(item.body, part).strip() for part in _STAR_PARTS)
            and (item.body.action.strip() or item.body.result.strip() or item.task_labelled)]
    # a story begun in its Situation alone tells nothing of how the document tells its stories
    return [] if any(item.body.task.strip() or item.task_labelled for item in told) else told


def _completeness(item: Parsed, taskless: bool = False) -> tuple[bool, list[str]]:
    """(draft, the parts worth telling the user about); ``taskless``: the document tells no story with a Task,
    so a missing Task is its way of telling, not a gap."""
    body = item.body
    if isinstance(body, StarBody):
        missing = [part.capitalize() for part in _STAR_PARTS if not getattr(body, part).strip()
                   and not (taskless and part == "task")]
        if not any(getattr(body, part).strip() for part in _STAR_PARTS):  # the note's own reasons, if any, say why
            return True, [] if item.reasons else ["STAR part (every part is empty)"]
        return bool(missing), missing
    if isinstance(body, ScenarioBody):
        return not body.situation.strip(), ([] if body.situation.strip() else ["situation"])
    return not body.answer.strip(), ([] if body.answer.strip() or item.reasons else ["answer"])


def _unique_ids(bases: Sequence[tuple[str, bool]], taken: set[str]) -> list[str]:
    """A unique id per ``(base, own)``, in order; bases made of a note's own words are served first, so a
    borrowed base (a question with no Latin words, named after the heading above it) never takes an id from a
    note whose own question gives those words."""
    ids = [""] * len(bases)
    tried: dict[str, int] = {}
    for own in (True, False):
        for index, (base, mine) in enumerate(bases):
            if mine is own:
                ids[index] = _unique_id(base, taken, tried)
    return ids


def _unique_id(base: str, taken: set[str], tried: dict[str, int]) -> str:
    """``base``, else ``base-2``, ``base-3``... the first not ``taken``; ``tried`` remembers the last number given
    each base (``taken`` only grows, so the numbers before it are still taken): a bank asking one question a
    thousand times is not counted through again for each."""
    number = tried.get(base, 1)
    candidate = base if number == 1 else f"{base}-{number}"
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    tried[base] = number
    return candidate


def _competencies(item: Parsed, level: Decided) -> tuple[str, ...]:
    """The note's competencies, without the one that states its level (a page's chip "Staff Engineer")."""
    chip = level.evidence.strip("'")
    if level.how == "stated" and chip in item.competencies:
        return tuple(c for c in item.competencies if c != chip)
    return item.competencies


def _categories(item: Parsed, topic: Topic) -> tuple[str, ...]:
    """The categories ``item`` states of itself (:mod:`.categories`), but the one its topic is named by."""
    if not item.categories:  # most notes state none
        return ()
    name = topic.name.casefold()
    return tuple([c for c in item.categories if c.casefold() != name])


def _note(item: Parsed, competencies: tuple[str, ...], level: Level, topic: Topic, draft: bool, note_id: str,
          origin: Origin, source: str) -> Note:
    return Note(
        id=note_id, kind=item.kind, level=level, topic=topic, body=_tidy_body(item.body), origin=origin,
        competencies=_items(competencies, unique=True), tags=_items(item.tags, unique=True),
        clarifying_questions=_items(item.clarifying_questions), assumptions=item.assumptions.strip(),
        coach=_tidy_coach(item.coach),
        variants=_items(item.variants, unique=True), draft=draft, source=source.strip(),
    )


def _items(values: Iterable[str], *, unique: bool = False) -> tuple[str, ...]:
    """The values trimmed, the empty ones dropped; with ``unique``, each once however it is cased (the first
    spelling kept: a story's ``[Reliability]`` tag and its listed ``reliability``)."""
    if not values:  # most notes list none
        return ()
    items = [text for text in map(str.strip, values) if text]
    if not unique or len(items) < 2:
        return tuple(items)
    firsts: dict[str, str] = {}
    for item in items:
        firsts.setdefault(item.casefold(), item)
    return tuple(firsts.values())


_NO_COACH = Coach()


def _tidy_coach(coach: Coach) -> Coach:
    """Coaching trimmed as the loader will read it back (most notes have none)."""
    if not (coach.signals or coach.cheat_code or coach.tips):
        return _NO_COACH
    return Coach(signals=_items(coach.signals), cheat_code=coach.cheat_code.strip(), tips=_items(coach.tips))


def _tidy_body(body: StarBody | ScenarioBody | QaBody) -> StarBody | ScenarioBody | QaBody:
    """Text as the loader will read it back: trimmed, no empty list items."""
    if isinstance(body, ScenarioBody):
        points = tuple(replace(p, heading=p.heading.strip(), questions=_items(p.questions))
                       for p in body.discussion if p.heading.strip())
        return replace(body, title=body.title.strip(), situation=body.situation.strip(),
                       question=body.question.strip(), challenges=_items(body.challenges), discussion=points,
                       duration=body.duration.strip(), company=body.company.strip())
    if isinstance(body, StarBody):
        return StarBody(*[getattr(body, name).strip() for name in _STAR_FIELDS])
    return QaBody(body.question.strip(), body.answer.strip())


__all__ = ["FALLBACK_LEVEL", "Context", "Overrides", "settle", "slug"]
