"""An answer under way: a bare ``**Answer:**`` label over numbered bold section labels (``**1. Framing:**``,
``**2. Options:**``, ...), each section with its own labels, lists, fences and tables.

Such a long answer describes the candidate's own practice in sections, and what lies inside a section is the
section's text, whatever it is labelled: a bold sub-title right under the label (``**Worked example: ...**``), a
``**Problem:**`` or ``**Template:**`` with its fence, ``**Principles:**``, quoted example questions over
``- Look for: ...``, an ``Agenda`` bullet over the questions asked in a one-on-one. Everything from the label to
the last numbered section is the answer, and so is that last section's text, up to a coaching label at the left
margin (``**Red flags:**``, ``**Tips:**``), which speaks about the answer again.

Sections may name themselves steps (``**Good Answer**:`` over ``**Step 1: Hear both sides**``,
``**Step 2: Agree on criteria**``, ...), often spaced out by ``---`` rules, with a line said to someone in a step
(``'Can you commit to that?'``).

The run ends at a heading, a ``---`` rule or a question (a ``Q:`` label, a paragraph that asks); an ``Example:``
label inside it is more of the same answer. A rule right above the next step, or a question a few blocks above
it with no heading between, is inside the answer: a step's own word says the procedure goes on, where a bare
``**3. ...**`` past them may as well number the page's next question. After the last step, the text between the
rule that closes it and the next heading or rule (an example told after the steps, with its own ``**Result**:``) is
the answer's close when it asks nothing and holds no coaching label. It needs the numbers 1 and 2 at least, in order. A STAR part's label before the first numbered section
(``**Situation**:`` ... ``**Action**:`` over ``**1. Mapped the jobs**:``) makes the answer a story whose numbered
labels are steps inside its part (:mod:`.inpart`): no answer under way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, RULE
from .labels import slot
from ..lazyre import lazy_re
from .parts import label_of
from .subparts import names_part
from .text import is_question, strip_emphasis

# "3. Outcome", and "Step 3: Outcome" / "Phase 3" (a step's own word over its number, its title after a colon or none)
_NUMBERED = lazy_re(r"(\d{1,2})[.)]\s+\S|(?:step|phase|stage)\s+(\d{1,2})(?![\d.,])", re.IGNORECASE)
_COACHING = frozenset({"tips", "signals", "redflags", "followups", "cheat", "variants", "clarify"})
_MIN_SECTIONS = 2
_LOOKAHEAD = 24  # blocks a question inside a section may stand ahead of the next section's label


def answer_spans(blocks: Sequence[Block]) -> frozenset[int]:
    """The indexes in ``blocks`` of the blocks inside an answer under way (see the module docstring), the
    ``Answer:`` label itself left out."""
    held: set[int] = set()
    index = 0
    while index < len(blocks):
        if blocks[index].lead and _bare_answer(blocks[index]):  # most blocks: no label, no call
            span = _span(blocks, index)
            held.update(span)
            index = max(span, default=index) + 1
        else:
            index += 1
    return frozenset(held)


def _span(blocks: Sequence[Block], start: int) -> range:
    """The indexes after the answer label at ``start`` that its numbered sections hold; empty when the label is
    not over two numbered sections or more."""
    expected, last = 1, None
    end = start + 1
    while end < len(blocks) and (not _ends(blocks[end]) or _ruled_on(blocks, end, expected)
                                 or _asked_within(blocks, end, expected)):
        if expected == 1 and _story_part(blocks[end]):
            return range(0)  # "**Situation**:" ... "**Action**:" over "**1. ...**:": steps inside a story's part
        if _number(blocks[end]) == expected:
            expected, last = expected + 1, end
        end += 1
    if last is None or expected - 1 < _MIN_SECTIONS:
        return range(0)
    tail = last + 1
    while tail < end and not _coaching(blocks[tail]):
        tail += 1
    if tail == end and _stepped(blocks[last]):
        tail = _closing_part(blocks, end)
    return range(start + 1, tail)


def _closing_part(blocks: Sequence[Block], end: int) -> int:
    """Where the answer set out as steps ends when its last step stops at a ``---`` rule (``end``): past the rule,
    the text up to the next heading or rule is the answer's close (``**Real example**:`` told after the steps, its
    own ``**Result**:`` and ``**Lesson**:``) when it asks nothing and no coaching label speaks there; else at the
    rule."""
    if end >= len(blocks) or blocks[end].kind is not RULE:
        return end
    close = end + 1
    while close < len(blocks) and blocks[close].kind not in (HEADING, RULE):
        if _ends(blocks[close]) or _coaching(blocks[close]):
            return end
        close += 1
    return close if close > end + 1 else end


def _ruled_on(blocks: Sequence[Block], index: int, expected: int) -> bool:
    """A ``---`` rule at ``index`` between two of the answer's steps: the next block is the step numbered
    ``expected`` (``**Step 2: ...**`` after the rule that closes step 1), so the rule only spaces the answer out."""
    return blocks[index].kind is RULE and expected > 1 and index + 1 < len(blocks) \
        and _number(blocks[index + 1]) == expected and _stepped(blocks[index + 1])


def _asked_within(blocks: Sequence[Block], index: int, expected: int) -> bool:
    """A paragraph that asks at ``index`` inside a section of the answer: the section numbered ``expected`` still
    follows within a few blocks, before any heading (``'Can you commit to that?'`` said to a report in step 5,
    then ``**Step 6: ...**``). Only ahead of the second section on, and only a short way ahead."""
    if expected < 2 or blocks[index].kind is not PARAGRAPH:
        return False
    for ahead in range(index + 1, min(len(blocks), index + 1 + _LOOKAHEAD)):
        if blocks[ahead].kind is HEADING:
            return False
        if _number(blocks[ahead]) == expected:
            return _stepped(blocks[ahead])
    return False


def _stepped(block: Block) -> bool:
    """A section label that names itself a step (``**Step 3: ...**``, ``**Phase 3**``): the next step of one
    procedure, where a bare ``**3. ...**`` past a rule or a question may as well number the page's next question."""
    found = _NUMBERED.match(block.lead or strip_emphasis(block.text).strip())
    return found is not None and found.group(2) is not None


def _story_part(block: Block) -> bool:
    """A STAR part's label in its own words (``**Situation**:``) at the left margin."""
    return block.kind is PARAGRAPH and not block.indent and bool(block.lead) and names_part(block.lead)


def _bare_answer(block: Block) -> bool:
    """``**Answer:**`` alone on its line at the left margin."""
    return bool(block.lead) and block.kind is PARAGRAPH and not block.indent and not block.quoted \
        and not block.rest.strip() and slot(block.lead) == "answer"


def _number(block: Block) -> int | None:
    """The number of a numbered section label (``**3. Outcome:**``, ``**3. Outcome**``) at the left margin."""
    if block.kind is not PARAGRAPH or block.indent or block.quoted or not (block.lead or block.bold):
        return None
    found = _NUMBERED.match(block.lead or strip_emphasis(block.text).strip())
    return int(found.group(1) or found.group(2)) if found else None


def _ends(block: Block) -> bool:
    """Whether ``block`` ends any answer under way: a heading, a rule, a question."""
    if block.kind in (HEADING, RULE):
        return True
    if block.kind is not PARAGRAPH or block.indent:
        return False
    found = label_of(block)
    return found is not None and found[0] == "question" or is_question(strip_emphasis(block.text).strip())


def _coaching(block: Block) -> bool:
    """A coaching label at the left margin (``**Red flags:**``): what follows speaks about the answer."""
    return block.kind is PARAGRAPH and not block.indent and bool(block.lead) \
        and slot(block.lead) in _COACHING
