"""Sibling headings naming principles or competencies over questions: ``#### Customer Obsession``,
``#### Ownership``, ... each over the questions that test it (an Amazon bank sorted by principle).

When every sub-section of a section is headed by a short noun phrase (see :func:`.grouphead.shows`) naming no band,
the run names principles (every heading numbered, ``### 3. Dive Deep`` or ``### Competency 3: Grit``, an unnumbered
sub-section holding no note such as ``## Overview`` being no part of the run, or the section's own heading says it
sorts by principle, value or competency, or three sub-sections or more that hold questions each open on a statement
of what they name, ``Leaders start with the customer ...``, a paragraph that asks nothing and tells nothing as I), and two or more of them hold questions or stories, each heading is the
competency of its notes, however many there are (a principle with no question in such a run gives nothing; one
with a question and no story, ``**Example Question**: ...`` alone under it, gives it to that question). One
heading alone over questions is a group's title, not such a run; a heading over a note it names itself ("## 1.
Ownership: The lost certificate" over its story) is that note's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .grouphead import give_competency, shows
from .scenes import numbered_heading
from .outline import Node
from .blocks import PARAGRAPH
from .text import clean_title, is_question
from .voice import as_i, unquoted
from .unit import Unit
from ..lazyre import lazy_re

# a band or level, not something a question shows: "Senior", "Staff engineer", "EM", "L6"
_BAND = lazy_re(r"\b(?:junior|mid|middle|senior|sr|staff|principal|lead|manager|director|vp|head|executive"
                r"|cto|em|ic|new grad|entry|[lem]\d{1,2})\b", re.IGNORECASE)


_MIN_GROUPS = 2
_MIN_STATED = 3  # principles each defined over its questions: three at least, not two topics that happen to open so
_NUMBERED = lazy_re(r"^\W*(?:(?:competency|principle|value|trait|skill|LP)\s*#?)?\d{1,2}[.):]\s",
                    re.IGNORECASE)  # "1. Ownership", "**2) Frugality**", "Competency 3: Grit"
# a section sorting its questions by what they show: "Questions by Principle", "Our values", "Core competencies"
_SORTED = lazy_re(r"\b(?:principles?|values?|competenc(?:y|ies)|tenets?|traits?|LPs?)\b", re.IGNORECASE)


class _Held(Protocol):
    units: list[Unit]


def principle_groups(parent: str, children: Sequence[tuple[Node, _Held]]) -> None:
    """Give the questions of each sub-section in ``children`` (section, assembled) its heading as a competency,
    when the sub-sections are a run of principle headings under the heading ``parent`` (see the module
    docstring)."""
    sorts = bool(_SORTED.search(parent)) or _stated(children)
    # an unnumbered sub-section holding no note ("## Overview" above "## 1. Ownership") is no part of the run
    run = [(child, result) for child, result in children
           if result.units or _numbered(child) or sorts and shows(_head(child))]
    if len(run) < 2 or not sorts and not all(_numbered(child) for child, _ in run):
        return
    heads: list[str] = []
    for child, result in run:
        head = _head(child)
        if not shows(head) or _BAND.search(head) or numbered_heading(head) \
                or any(unit.line == child.line or clean_title(unit.title) == head and not _asked_only(unit)
                       for unit in result.units):
            return  # "## Ownership: The lost certificate" over its story, "## Candour: Scenario 2": the note's own name
        heads.append(head)
    if sum(1 for _, result in run if result.units) < _MIN_GROUPS:
        return
    for (child, result), head in zip(run, heads):
        for unit in result.units:
            give_competency(unit, head, child.line)
            if unit.question and clean_title(unit.title) == head:
                unit.title = ""  # the principle, not the story's name


def _stated(children: Sequence[tuple[Node, _Held]]) -> bool:
    """Whether the sub-sections holding notes, three or more, open on a statement of what their heading names (a
    paragraph that asks nothing and tells nothing as I: ``Leaders start with the customer ...``) over their
    questions, all but one in four of them: a guide's principles or values, each defined, then tested."""
    held = [child for child, result in children if result.units]
    if len(held) < _MIN_STATED:
        return False
    stated = 0
    for child in held:
        first = next((b for b in child.body if b.text.strip() or b.rows), None)
        stated += first is not None and first.kind is PARAGRAPH and not first.lead and not is_question(first.text) \
            and not as_i(unquoted(first.text))
    return stated >= _MIN_STATED and 4 * stated >= 3 * len(held)


def _asked_only(unit: Unit) -> bool:
    """A question with no story of its own (``**Example Question**: ...`` under ``### 7. Are Right, A Lot``), or a
    story asked by a question of its own (``**Q: Tell me about ...**`` over its parts, alone under ``## 2.
    Ownership``): the heading it took as its title names the principle it tests, not the note."""
    return bool(unit.question)


def _numbered(child: Node) -> bool:
    """Whether ``child``'s heading is numbered (``3. Dive Deep``, ``Competency 2: Perseverance``)."""
    return child.head is not None and bool(_NUMBERED.match(child.head.text))


def _head(child: Node) -> str:
    """``child``'s heading as a title: no numbering, emphasis or emoji."""
    return clean_title(child.head.text) if child.head is not None else ""
