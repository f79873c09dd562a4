"""A self-check list: closed questions about how the answer went ("Did you run long?", "Was the result
clear?") under a line about feedback, review, checking or practice ("Afterwards, review:", "Rehearse each
story:"), or opening a section headed so ("Story practice checklist"). A list to rehearse with, not questions
to be asked; so is a list of boxes to tick there (``- [ ] Prepared "Why this company?"``), however its items word
what they check.

Structure decides: the line right above the list ends with a colon and speaks of feedback, review, checking or
practice (not of questions or an interviewer: those introduce questions to answer), or the list (or a line
over it that speaks of neither) opens a section whose heading does, and most of the list's questions are closed
ones (they open with "did", "was", "is" ..., after the name of the story or the thing an item checks: "**Night
deploy** - Can you tell it in two minutes?", "Protocols: can you draw the flows?"), not the open
"how"/"why"/"tell me" of an interview, nor a polite request for an account ("Can you describe a time ...?",
"Could you walk me through ...?"). A paragraph over the list that speaks of questions or an interviewer in any of
its sentences ("These are the questions asked most. Practising answers to them covers most rounds:") introduces
questions to answer, even when its last sentence speaks of practice.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .lists import list_turns
from .text import ASK, is_question
from ..lazyre import lazy_re

_REVIEW = lazy_re(r"\b(?:feedback|review\w*|check\w*|self-?check\w*|self-?assess\w*|evaluat\w*|critiqu\w*"
                  r"|reflect\w*|ask yourself|grade|score|practi[cs]\w*|rehears\w*|drill\w*|refin\w*|polish\w*)\b",
                  re.IGNORECASE)
# "**Night deploy** - ": the story checked; "Protocol: ", '"Why us": ': what an item checks, in three words at most
_NAMED = lazy_re(r"^(?:\*\*[^*]+\*\*\s*(?:[-–—:]\s*)?|__[^_]+__\s*(?:[-–—:]\s*)?"
                 r"|[\"“]?[A-Z][\w'’/&-]*(?: [\w'’/&-]+){0,2}[\"”]?:\s+)")
# a closed question ("Did you ...?", "Was it ...?"); a polite request for an account ("Can you describe a time
# ...?", "Could you walk me through ...?") is an open interview prompt, never a check
_CLOSED = lazy_re(r"^\W*(?:(?:did|was|were|is|are|do|does|have|has|had|should)\s+\w|(?:can|could|would|will)\s+"
                  r"(?!you\s+(?:please\s+)?(?:(?:tell|walk|talk|take)\s+(?:me|us)|describe\s+an?"
                  r"|give\s+(?:me|us|an?)|share\s+(?:an?|one)|talk\s+about\s+an?)\b)\w)", re.IGNORECASE)
_ASKED = lazy_re(r"\b(?:questions?|interviewers?|asked|ask you)\b", re.IGNORECASE)  # a lead-in to questions asked
_SENTENCE_END = lazy_re(rf"(?<=[.!{ASK}])\s+")


def about_review(text: str) -> bool:
    """Whether ``text`` (a lead-in or a heading) speaks of feedback, review, checking or practice, and not of
    questions or an interviewer."""
    return bool(_REVIEW.search(text)) and not _ASKED.search(text)


def checklist_length(blocks: list[Block], index: int, heading: str = "") -> tuple[str, int]:
    """``(the lead-in's words, how many blocks after blocks[index] are its self-check list)``; ``("", 0)`` when
    ``blocks[index]`` does not open one. ``heading`` is the section's heading: a list opening the section (no
    line above it) is a self-check list when the heading speaks of practice or review."""
    line = blocks[index]
    if line.quoted:
        return "", 0
    if index == 0 and line.kind is ITEM and heading:
        lead_in, first = heading.strip(" *_:"), 0  # the list itself opens the section
    elif line.kind is PARAGRAPH:
        if not line.text.rstrip().endswith(":"):
            return "", 0  # its last sentence, the lead-in, ends with no colon: most paragraphs
        if _ASKED.search(line.text):
            return "", 0  # "These are the questions asked most. Practising them ...:": questions to answer
        lead_in, first = _SENTENCE_END.split(line.text.strip())[-1], 1
        if index == 0 and heading and not _REVIEW.search(lead_in) and not _ASKED.search(lead_in):
            lead_in = heading.strip(" *_:")  # 'Before calling a story "done":' opening a section so headed
    else:
        return "", 0
    if not about_review(lead_in):
        return "", 0
    items: list[Block] = []
    for block in blocks[index + first:]:
        if block.kind is not ITEM or block.indent < line.indent \
                or items and block.indent <= items[0].indent and list_turns(_margin(items), block):
            break  # "1. Tell me about your best hire." after the "- Can you ...?" bullets: the questions begin
        items.append(block)
    asked = [text for item in items if is_question(text := _NAMED.sub("", item.text.strip()))]
    closed = sum(1 for text in asked if _CLOSED.match(text))
    boxed = bool(items) and all(item.box for item in items)  # "- [ ] Prepared "Why us?" (1 min)": boxes to tick
    return (lead_in.rstrip(":").strip(" *_"), len(items) - 1 + first) \
        if asked and (closed * 2 > len(asked) or boxed) else ("", 0)


def _margin(items: list[Block]) -> Block:
    """The last of ``items`` at the list's margin (the first item's depth), not an item nested under it."""
    return next(item for item in reversed(items) if item.indent <= items[0].indent)
