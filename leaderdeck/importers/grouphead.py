"""A heading naming what its one story shows: ``### 1. Customer Obsession`` over ``#### STAR Example: The
dashboard`` (a Leadership-Principles story bank, a bank sorted by competency).

A heading whose section holds exactly one story, a story the heading does not name itself (told under one
sub-heading of its own, or in the section's text after lines such as ``**Principle**: ...``), is the story's
competency when the heading is a short noun phrase: no question, no first person, no sentence, no label we
read, and no word for the stories themselves ("Stories", "STAR examples"), for a stage of the loop ("Design
round") or for the principles as a set ("Condensed principles"), nor for where and when the stories happened (a
year or a span to the present, "Acme (2019–2021)", "At Globex", an employer's "Inc." or "Ltd"). The story keeps its own name. A heading over
several stories, each named by a title of its own and none asking the heading's question, gives each of them the
competency the same way (a story begun under its name, only its Situation written, as well, and under a group's
name that is also a part's label, "Growth" over ``## Story1`` and its ``Situation:`` line); given to several notes, it states no topic of theirs (each keeps the topic its own words
or its group give it). A heading over sections that already give their stories a competency (``# Acme`` over
``## Ownership`` and ``## Customer Obsession``) is the page's subject, and gives none.
"""

from __future__ import annotations

import re

from .facts import GROUPED
from .grouplines import groups_stories
from .labels import slot
from .outline import Node
from .sections import is_story
from .text import clean_title, is_question
from .unit import Piece, Unit
from .voice import first_person
from ..lazyre import lazy_re

MAX_WORDS = 6
# words for the material itself, not for what it shows: "STAR Stories", "Examples", "Bonus questions", "行为面试案例"
_MATERIAL = lazy_re(r"\b(?:stor(?:y|ies)|examples?|samples?|star|answers?|responses?|questions?|notes?|appendix"
                    r"|bonus|extras?|prep|preparation|templates?|drafts?|reference|guide|overview|summary"
                    # what the file is: "Behavioral Bank", "EM Playbook"
                    r"|banks?|behaviou?ral|library|collection|lists?|cheat ?sheets?|playbooks?|handbook|workbook"
                    r"|rounds?|interviews?|loops?|screens?|phases?|stages?|parts?|sections?|days?|weeks?"
                    r"|principles|values|competencies|traits|tenets"
                    # when or at what sitting the stories were practised: "Session 1", "Mock 2", "Practice", a date
                    r"|sessions?|practice|mocks?|rehearsals?|drills?|workshops?"
                    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b"
                    # the same in Chinese, where no \b parts words: "面试题" (questions), "案例" (cases), "示例"
                    r"|面试|案例|示例|例子|故事|回答|答案|准备|模板|指南|笔记|总结|汇总",
                    re.IGNORECASE)

# where and when the stories happened, not what they show: "Acme (2019–2021)", "Globex, Nov 2022 - Present",
# "At Initech", "Hooli Inc.": a period of the writer's career or an employer, never a competency
_EMPLOYER = lazy_re(r"\b(?:19[89]\d|20[0-3]\d)\b|[-–—]\s*(?:present|now|current)\b|^(?:at\s+|@\s*)\w"
                    r"|\b(?:inc|corp|corporation|ltd|llc|gmbh|plc|pvt)\b", re.IGNORECASE)

# whom the file is for: "Staff Engineer Bank"; a story's name may say it as well ("Mentoring a new engineer")
_AUDIENCE = lazy_re(r"\b(?:engineers?|managers?|directors?)\b", re.IGNORECASE)

# "Competency 2: Perseverance", "Principle #3 - Ownership": the name after its label and number
_NUMBERED_LABEL = lazy_re(r"^(?:competency|principle|value|trait|skill|LP)\s*#?\d{1,2}\s*[:.)\-–—]\s*",
                          re.IGNORECASE)


def competency_heading(node: Node, head: str, units: list[Unit]) -> None:
    """Give the stories of ``node``, a section headed ``head`` holding one story (and at most its own
    sub-section) or several, each named, that heading as their competency, when the heading names what they show
    (see the module docstring)."""
    if node.head is None or not units or len(units) == 1 and len(node.children) > 1 \
            or not shows(head, labels=True):  # no name even where a part's label may be one: none at all
        return
    grouping = groups_stories(node)  # after the cheap checks: it reads every sub-section's lines
    if not grouping and not shows(head):
        return
    line = node.line
    if grouping:  # "Results" over "## Story1" and "## Story2": its stories, not questions written on after them
        units = [unit for unit in units if unit.starred or is_story(unit.slots())]
    if any(unit.line == line or not unit.title or _same(unit.title, head)
           or not (is_story(unit.slots()) or unit.starred) for unit in units):
        return
    if any(p.slot == "competencies" and p.label in _GIVEN and p.line > line for unit in units for p in unit.meta):
        return  # "# Acme" over "## Ownership" and its stories: the page's subject, the nearer heading their competency
    for unit in units:
        give_competency(unit, head, line, GROUPED if len(units) > 1 else "Competency")


_GIVEN = frozenset({GROUPED, "Competency"})  # the labels of competencies given by a heading


def give_competency(unit: Unit, head: str, line: int, label: str = GROUPED) -> None:
    """``head`` as a competency of ``unit``, once, without a label and number before it (``Competency 2:``);
    ``label`` says whether it was given to one note or a group."""
    head = _NUMBERED_LABEL.sub("", head) or head
    if not any(p.slot == "competencies" and _same(p.rest, head) for p in unit.meta):
        unit.meta.append(Piece("competencies", line, label, head, heading=True))


def shows(head: str, labels: bool = False) -> bool:
    """``head`` reads as the name of a principle or competency: a short noun phrase; one that is also a part's
    label ("Growth", "Results") only when ``labels`` (the heading stands over stories begun under it)."""
    text = head.strip()
    words = text.split()
    return 0 < len(words) <= MAX_WORDS and (labels or slot(text) is None) and not is_question(text) \
        and not first_person(text) and not names_material(text, audience=True) and not _EMPLOYER.search(text) \
        and not text.endswith((".", ":", "!", ",")) \
        and any(ch.isalpha() for ch in text)


def names_material(text: str, audience: bool = False) -> bool:
    """Whether ``text`` has a word for the material itself or its parts ("STAR Stories", "Round 2", "Practice")
    or for when it was practised (a date); with ``audience``, also for whom it is meant ("Engineers")."""
    return bool(_MATERIAL.search(text) or audience and _AUDIENCE.search(text))


def _same(one: str, other: str) -> bool:
    return clean_title(one).casefold().strip() == clean_title(other).casefold().strip()
