"""What a note's listed competencies and its interviewer's signals say of its topic, beside its own words.

A note that lists several principles or competencies (``Leadership Principles: Customer Obsession, Ownership,
Deliver Results``) shows them all: the first name holding one of a topic's keywords ("customer", "ownership")
says little of what the story is about. Such a name states no topic; the topics the list points at are weak
evidence the note's own words choose among (:func:`listed_topics`). A name in the list that is a topic's own
name ("Hiring") still states it. A guess the note's words make surely stands, but it is doubtful when the list's
topics do not include it and its question alone does not point at it surely (only the story's words do:
"Scaling the invoice service" read as organisation scaling), or when the listed names on their own point surely
elsewhere (:func:`listed_elsewhere`: ``Categories: Failure, Learning`` beside a question naming an outage). A guess
its question makes, weighed as the guess weighs it, without the story, is not the story's alone
(:func:`question_makes`); a story's name standing in for its question does not count as one. A listed name that is a
part of one topic's own name ("Motivation") points at that topic.

A question with no answer, only what the interviewer looks for (signals), has its topic guessed from the question
alone; where the signals on their own point surely at another topic and name none of the keywords of the one
guessed, the guess is doubtful (:func:`signals_elsewhere`), unless the question's own words name the topic guessed
and point at it surely (:func:`asked_surely`) and name nothing of the other, and the question did not override
a group heading naming another topic to make the guess. The signals only flag the guess, never change it: what an
interviewer looks for often names a topic beside the one asked about.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import Topic
from ..taxonomy import Taxonomy
from .base import Parsed
from .classify import Classifier
from ..lazyre import lazy_re

_NOT_WORD = lazy_re(r"[^a-z0-9]+")
_MAX_WORDS = 5  # a longer label is a sentence, not a name (as in evidence.note_topic)


def listed(label: str, item: Parsed, taxonomy: Taxonomy) -> bool:
    """Whether ``label`` is one of several competencies ``item`` lists, and nothing else (not its category too:
    ``## Crisis Management: The outage`` over ``Competency: Crisis Management, Ownership``), and holds a topic's
    keyword but not its name: evidence for a guess, no stated topic."""
    return label in item.listed and taxonomy.named(label) is None \
        and len(label.split()) <= _MAX_WORDS and taxonomy.classify(label) is not None


def listed_topics(item: Parsed, taxonomy: Taxonomy) -> list[Topic]:
    """The topics the competencies ``item`` lists point at by their keywords, in the list's order, each once;
    ``[]`` when it lists fewer than two. A name that is one part of a single topic's own name ("Motivation" of
    "Career & Motivation") points at that topic, whatever other topic lists it among its keywords."""
    if len(item.competencies) < 2:
        return []
    found: list[Topic] = []
    for name in item.competencies:
        topic = (_part_of_name(name, taxonomy) or taxonomy.classify(name)) if len(name.split()) <= _MAX_WORDS \
            else None
        if topic is not None and topic not in found:
            found.append(topic)
    return found


def _part_of_name(label: str, taxonomy: Taxonomy) -> Topic | None:
    """The one topic whose name has ``label`` as one of its parts, apart by "&" ("Motivation", "Trade-offs");
    ``None`` when no topic's name has it, or two do ("Growth")."""
    wanted = _normal(label)
    owners = [t for t in taxonomy.topics if wanted and wanted in {_normal(part) for part in t.name.split("&")}]
    return owners[0] if len(owners) == 1 else None


@lru_cache(maxsize=1024)  # the taxonomy's topic names, normalised again for every label looked up
def _normal(text: str) -> str:
    """``text`` in lower case, its words apart by single spaces."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def signals_elsewhere(item: Parsed, topic: Topic, classifier: Classifier, headed: bool = False) -> Topic | None:
    """The topic ``item``'s signals alone point at surely, when it has no answer or story of its own, that topic
    is not ``topic``, the signals name none of ``topic``'s keywords, and the question does not name ``topic``
    surely itself without naming the other too (``... innovate with limited resources?``); else ``None``.
    ``headed``: the note sits under a heading naming another topic, which its question overrode; the question's
    naming ``topic`` surely no longer settles it, with its heading and signals both against it."""
    signals = item.coach.signals
    if not signals or _told(item):
        return None
    elsewhere = _elsewhere(signals, topic, classifier)
    if elsewhere is not None and not headed and asked_surely(item, topic, classifier) \
            and not classifier.mentions(elsewhere, *asked(item)):
        return None  # the question names its topic surely, and nothing of the one the signals lean to
    return elsewhere


def listed_elsewhere(item: Parsed, topic: Topic, classifier: Classifier) -> Topic | None:
    """The topic the competencies ``item`` lists (two or more) point at surely on their own, when it is not
    ``topic`` and they name none of ``topic``'s keywords; else ``None``."""
    names = item.competencies
    return _elsewhere(names, topic, classifier) if len(names) >= 2 else None


def _elsewhere(texts: Sequence[str], topic: Topic, classifier: Classifier) -> Topic | None:
    """The topic ``texts`` alone point at surely, when it is not ``topic`` and they name none of its keywords."""
    guess = classifier.classify(*texts)
    if guess is None or guess.weak or guess.topic.name == topic.name or classifier.mentions(topic, *texts):
        return None  # the texts lean nowhere surely, agree, or name the topic guessed among others
    return guess.topic


def asked_surely(item: Parsed, topic: Topic, classifier: Classifier) -> bool:
    """Whether ``item``'s question on its own (its words, variants and title, not its answer) names one of
    ``topic``'s keywords and points at it surely."""
    return asked_alone(item, classifier) == topic.name and classifier.mentions(topic, *asked(item))


def asked_alone(item: Parsed, classifier: Classifier) -> str:
    """The name of the topic ``item``'s question on its own points at surely, else ``""``."""
    alone = classifier.classify(*asked(item))
    return alone.topic.name if alone is not None and not alone.weak else ""


def question_makes(item: Parsed, topic: Topic, classifier: Classifier) -> bool:
    """Whether ``item`` asks a question (not only a story's title) that, weighed as a guess weighs it and without
    its story, points at ``topic`` surely and names one of its keywords whole: then its question, not its story,
    makes the guess."""
    question = str(getattr(item.body, "question", ""))
    if not question or item.untitled:  # a story's name standing in for its question names what it tells of
        return False
    weighed = classifier.classify(question, question, question, *item.variants, item.topic_hint, title_of(item))
    return weighed is not None and not weighed.weak and weighed.topic.name == topic.name \
        and classifier.names(topic, question, *item.variants)


def asked(item: Parsed) -> tuple[str, ...]:
    """What ``item`` asks: its question (else its title), variants and title."""
    return prompt_of(item), *item.variants, title_of(item)


def prompt_of(item: Parsed) -> str:
    """The question ``item`` asks, else its title."""
    return getattr(item.body, "question", "") or getattr(item.body, "title", "")


def title_of(item: Parsed) -> str:
    """The title of ``item``'s story, if it has one."""
    return str(getattr(item.body, "title", ""))


def _told(item: Parsed) -> bool:
    """Whether ``item`` has an answer, a story or a scenario of its own beside its question."""
    body = item.body
    fields = ("answer", "situation", "task", "action", "result")
    return any(str(getattr(body, f, "")).strip() for f in fields)

