"""From what a document states to notes: level, topic, draft flag and a unique id.

Level: ``--level``, else the document's label through the taxonomy's aliases,
else the lowest band (reported). Topic: ``--topic``, else a label the document
states (a category line, a story's ``Category: ...`` prefix, competencies)
matched against the topic names and slugs and then their keywords, else the
keywords of the note's own text (its title or question counts three times,
the headings above it once), else the first topic of the taxonomy (reported).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from ..errors import LeaderdeckError
from ..model import Level, Note, Origin, QaBody, ScenarioBody, StarBody, Topic
from ..taxonomy import Taxonomy
from .base import Attention, Parsed

FALLBACK_LEVEL = Level.SENIOR
ID_WORDS = 6
ID_CHARS = 60
_STOP = frozenset(
    "a an the and or of to in on for with at by from as is are was were be been do does did you your we our us "
    "i me my it its this that these those how what why when where which who whom can could would will should "
    "have has had about into over than then there their they them through tell describe give walk".split()
)
_STAR_PARTS = ("situation", "task", "action", "result")


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the user set explicitly (``--level``, ``--topic``)."""

    level: Level | None = None
    topic: Topic | None = None


def settle(parsed: Iterable[Parsed], taxonomy: Taxonomy, *, display: str, source: str, taken: set[str],
           overrides: Overrides = Overrides()) -> tuple[tuple[Note, ...], tuple[Attention, ...]]:
    """Notes with a level, topic and unique id each; ``taken`` gains the new ids."""
    if not taxonomy.topics:
        raise LeaderdeckError("the taxonomy lists no topics; imported notes need one")
    names = Taxonomy((), tuple(Topic(t.name, t.slug, (t.name, t.slug)) for t in taxonomy.topics))
    notes: list[Note] = []
    attention: list[Attention] = []
    unresolved: dict[str, list[int]] = {}
    for item in parsed:
        level = overrides.level or taxonomy.resolve_level(item.level_label)
        if level is None:
            unresolved.setdefault(item.level_label.strip(), []).append(item.line)
        topic = overrides.topic or _topic(item, taxonomy, names)
        if topic is None:
            attention.append(Attention(item.line, f"no topic found for '{_short(_prompt(item))}'; set to "
                                                  f"'{taxonomy.topics[0].name}' (pass --topic or edit it)"))
        draft, missing = _completeness(item)
        attention.extend(Attention(item.line, f"'{_short(_prompt(item))}' has no {part}; imported as a draft")
                         for part in missing)
        notes.append(_note(item, level or FALLBACK_LEVEL, topic or taxonomy.topics[0], draft,
                           _unique_id(item, taken), Origin(display, item.line), source))
    attention.extend(_level_attention(label, lines) for label, lines in unresolved.items())
    return tuple(notes), tuple(sorted(attention, key=lambda a: a.line))


def _level_attention(label: str, lines: list[int]) -> Attention:
    count = f"{len(lines)} {'note' if len(lines) == 1 else 'notes'}"
    if not label:
        return Attention(lines[0], f"no level stated for {count}; set to {FALLBACK_LEVEL.value} (pass --level)")
    return Attention(lines[0], f"unknown level label '{label}' ({count}); set to {FALLBACK_LEVEL.value} "
                               "(pass --level, or add the label to the taxonomy's aliases)")


def _topic(item: Parsed, taxonomy: Taxonomy, names: Taxonomy) -> Topic | None:
    for label in item.topic_labels:
        if found := names.classify(label) or taxonomy.classify(label):
            return taxonomy.topic(found.name)
    weighted = " ".join([_prompt(item)] * 3 + [item.topic_hint, *_texts(item.body)])
    return taxonomy.classify(weighted)


def _texts(body: StarBody | ScenarioBody | QaBody) -> Iterable[str]:
    """The prose that describes the note (not a scenario's generic discussion questions)."""
    if isinstance(body, ScenarioBody):
        yield from (body.situation, body.question, *body.challenges)
    elif isinstance(body, StarBody):
        yield from (body.situation, body.task, body.action, body.result, body.learning)
    else:
        yield body.answer


def _prompt(item: Parsed) -> str:
    return item.body.title if isinstance(item.body, ScenarioBody) else item.body.question


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _completeness(item: Parsed) -> tuple[bool, list[str]]:
    """(draft, the parts worth telling the user about)."""
    body = item.body
    if isinstance(body, StarBody):
        missing = [part.capitalize() for part in _STAR_PARTS if not getattr(body, part).strip()]
        return bool(missing), missing
    if isinstance(body, ScenarioBody):
        return not body.situation.strip(), ([] if body.situation.strip() else ["Situation"])
    return not body.answer.strip(), []


def slug(text: str) -> str:
    """Up to six meaningful lower-case ASCII words of ``text``, joined by '-'."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode().casefold()
    words = re.findall(r"[a-z0-9]+", folded.replace("'", ""))
    kept = [w for w in words if w not in _STOP] or words
    out = ""
    for word in kept[:ID_WORDS]:
        if out and len(out) + 1 + len(word) > ID_CHARS:
            break
        out = f"{out}-{word}" if out else word[:ID_CHARS]
    return out


def _unique_id(item: Parsed, taken: set[str]) -> str:
    words = slug(item.name or _prompt(item))
    base = f"{item.kind.value}-{words}" if words else item.kind.value
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def _note(item: Parsed, level: Level, topic: Topic, draft: bool, note_id: str, origin: Origin,
          source: str) -> Note:
    return Note(
        id=note_id, kind=item.kind, level=level, topic=topic, body=_tidy_body(item.body), origin=origin,
        competencies=_items(item.competencies, unique=True), tags=_items(item.tags, unique=True),
        clarifying_questions=_items(item.clarifying_questions), assumptions=item.assumptions.strip(),
        coach=replace(item.coach, signals=_items(item.coach.signals), cheat_code=item.coach.cheat_code.strip(),
                      tips=_items(item.coach.tips)),
        draft=draft, source=source.strip(),
    )


def _items(values: Iterable[str], *, unique: bool = False) -> tuple[str, ...]:
    items = [v.strip() for v in values if v.strip()]
    return tuple(dict.fromkeys(items)) if unique else tuple(items)


def _tidy_body(body: StarBody | ScenarioBody | QaBody) -> StarBody | ScenarioBody | QaBody:
    """Text as the loader will read it back: trimmed, no empty list items."""
    if isinstance(body, ScenarioBody):
        points = tuple(replace(p, heading=p.heading.strip(), questions=_items(p.questions))
                       for p in body.discussion if p.heading.strip())
        return replace(body, title=body.title.strip(), situation=body.situation.strip(),
                       question=body.question.strip(), challenges=_items(body.challenges), discussion=points,
                       duration=body.duration.strip(), company=body.company.strip())
    if isinstance(body, StarBody):
        return replace(body, **{f.name: getattr(body, f.name).strip() for f in fields(body)})
    return QaBody(body.question.strip(), body.answer.strip())

