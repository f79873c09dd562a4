"""Topics that group headings name: a bank whose questions sit under ``## Security``, ``## Hiring``, ``## QA/Testing``.

A heading that names a subject the taxonomy knows sets the topic of the notes under it, up to the next heading of
its depth or higher; the innermost such section wins. It counts only when it maps to a topic with confidence:
it names one topic's name, slug or keyword, whole, and no other topic's, names no level ("Executive Leadership
Scenarios" says whose questions they are), and the classifier reading the heading alone agrees. It must be one group among others (a heading with a sibling under
the same parent: a page's lone title names the page, not a group), short, asking nothing, neither a note's own
heading nor a story's name, and not about the interview itself ("Hiring Manager Round", "Interview Strategy").
Headings that are no subject ("Questions", "Round 2") map to nothing and change nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from ..model import Topic
from ..taxonomy import Taxonomy
from .bands import band
from .blocks import Block, Document, HEADING
from .classify import Classifier
from .evidence import Decided
from .pagetitle import heads_a_story
from .sectionlevels import HeadedSpan, innermost
from .text import clean_title, is_question
from ..lazyre import lazy_re

_NOT_WORD = lazy_re(r"[^a-z0-9]+")
_PLURAL = lazy_re(r"s\b(?<=[a-z]{3}s)")  # the "s" first: the search skips to one
_WORDS = 5  # a group heading is a short label; a longer one is a title or a sentence
# a heading about the interview itself (a stage, a round, who interviews): what it holds is asked there, not of it
# (it and the next open with a look at their first letter: the search skips to where one may start)
_STAGE = lazy_re(r"(?=[irsloch])\b(?:interview(?:s|ing|er|ers)?|rounds?|screens?|screening|loops?|onsite|stages?"
                 r"|recruiters?|candidates?|hiring[ \t]+managers?)\b", re.IGNORECASE)
# what a group holds rather than what it is about ("Soft Skills", "Conflict Stories"): no evidence of a subject
_CONTAINER = lazy_re(r"(?=[qsetpcf])\b(?:questions?|scenarios?|stories|story|skills?|examples?|practice|templates?"
                     r"|checklists?|frameworks?|tips)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TopicSection(HeadedSpan):
    """The lines a heading naming a topic covers, and that topic."""

    topic: Decided


def topic_sections(doc: Document, taxonomy: Taxonomy, classifier: Classifier,
                   note_lines: Collection[int]) -> tuple[TopicSection, ...]:
    """Every group section whose heading names a topic; ``note_lines`` are the lines notes start on."""
    headings = [(i, b) for i, b in enumerate(doc.blocks) if b.kind is HEADING]
    groups = _groups([b for _, b in headings])
    sections = []
    topics: dict[str, Decided | None] = {}  # each heading's text read once: a bank repeats its group headings
    for position, (index, block) in enumerate(headings):
        if groups[position] < 2 or block.line in note_lines or topics.get(block.text, True) is None:
            continue  # a repeated heading already read as naming no topic needs no look below it either
        if heads_a_story(doc.blocks, index):
            continue
        if block.text not in topics:
            topics[block.text] = heading_topic(block.text, taxonomy, classifier)
        if (found := topics[block.text]) is None:
            continue
        end = next((later.line for _, later in headings[position + 1:] if later.level <= block.level), 0)
        sections.append(TopicSection(block.line, end, found))
    return tuple(sections)


def heading_topic(text: str, taxonomy: Taxonomy, classifier: Classifier) -> Decided | None:
    """The topic a group heading names with confidence, as evidence "the heading '...'"; else ``None``."""
    label = clean_title(text)
    if not label or len(label.split()) > _WORDS or is_question(label) or _STAGE.search(label):
        return None
    subject = _CONTAINER.sub(" ", label)
    named = _named(subject, taxonomy)
    if len(named) != 1:  # none, or several ("Vendor and Customer Relations"): no one subject
        return None
    if band(label, taxonomy) is not None:  # "Executive Leadership Scenarios": whose questions, not what about
        return None
    guess = classifier.classify(subject, _PLURAL.sub("", subject.casefold()))
    if guess is None or guess.topic.name != named[0].name:
        return None
    return Decided(taxonomy.topic(named[0].name) or named[0], "stated", f"the heading '{label}'")


def _named(label: str, taxonomy: Taxonomy) -> list[Topic]:
    """The topics whose name, slug or a keyword occurs whole in ``label``, read also without its plurals
    ("Mistakes" names "mistake")."""
    words = " ".join(_NOT_WORD.sub(" ", label.casefold()).split())
    return taxonomy.topics_named(words, _PLURAL.sub("", words))


def _groups(headings: Sequence[Block]) -> list[int]:
    """For each heading, how many headings (itself among them) share its depth and the heading enclosing it: a
    page's lone title is one of one; a group heading is one of several."""
    parents: list[int] = []
    open_: list[int] = []  # positions of the headings enclosing the current one, outermost first
    for position, block in enumerate(headings):
        while open_ and headings[open_[-1]].level >= block.level:
            open_.pop()
        parents.append(open_[-1] if open_ else -1)
        open_.append(position)
    sizes = Counter(zip(parents, (b.level for b in headings)))
    return [sizes[parent, block.level] for parent, block in zip(parents, headings)]


def section_topics(sections: Sequence[TopicSection], lines: Iterable[int]) -> dict[int, Decided]:
    """The topic of the innermost section holding each of ``lines`` that one holds."""
    return {line: section.topic for line, section in innermost(sections, lines).items()}
