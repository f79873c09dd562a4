"""A self-prep list: questions the writer asks themselves about their own preparation ("What are my three
strongest stories?", "Which metrics can I quote?") under words about preparing ("Questions I should prepare",
"Things to research before the interview", "Questions to reflect on"). A list to prepare with, not questions an
interviewer asks.

Structure decides: the heading or the line right above the list speaks of preparing, researching or reflecting,
and the list's questions put nothing to "you" (an interview question does: "Why do you want to work here?"), at
least half of them in the writer's own first person.

So is a list of questions, every one of them asking, under a line ending in a colon that sends the reader to a
story of their own to question it (``Think of a technical decision you made and answer:``, ``Take five of your
best stories and map them to the values:``): what the reader asks of that story while practising, however the
questions are worded.
"""

from __future__ import annotations

import re
from itertools import takewhile

from .blocks import Block, PARAGRAPH, ITEM
from .checklist import checklist_length
from .lists import list_turns
from .readiness import named_checks, readiness_at
from .text import ends_asking, is_question, plain_words, sentence_split, words
from .voice import as_i, to_you
from .wordgate import gated_search
from ..lazyre import lazy_re

PREPARATION = "questions for your own preparation"

_PREPARING = lazy_re(r"\b(?:prep|prepar\w*|self[- ]?prep\w*|research\w*|reflect\w*|before (?:the|my|an|each"
                     r"|every|any) (?:interview|loop|call|onsite|round|screen)s?)\b", re.IGNORECASE)
_PREPARING_WORDS = ("prep", "research", "reflect", "before")  # one is in every match of _PREPARING
_MAX_LEAD_WORDS = 15
# a lead-in sending the reader to a story of their own, to question it: "Think of a decision you made and answer:",
# "Take five of your best stories and map them to the values:"
_OWN_STORY = lazy_re(r"^\W*(?:think (?:of|about|back to)|take|pick|choose|select|recall|go through|for)\b.{0,80}?"
                     r"\b(?:your|you(?:['’]ve| have)? (?:made|led|had|did|done|faced|owned|shipped|told))\b",
                     re.IGNORECASE)


def prepares(text: str) -> bool:
    """Words about the writer preparing ("Questions I should prepare", "Self-prep", "Research before the loop"),
    searched for only where a word every match holds is (most lead-ins and headings hold none)."""
    return gated_search(_PREPARING, _PREPARING_WORDS, plain_words(text))


def self_prep(items: list[Block]) -> bool:
    """Whether ``items`` are the writer's questions to themselves: at least two ask, none asks "you", and at least
    half speak in the first person."""
    asked = [plain_words(item.text.split("\n")[0]) for item in items if is_question(item.text.split("\n")[0])]
    if len(asked) < 2 or len(asked) * 2 < len(items) or any(to_you(text) for text in asked):
        return False
    return sum(1 for text in asked if as_i(text)) * 2 >= len(asked)


def prep_list_at(blocks: list[Block], index: int, head: str = "") -> tuple[str, int]:
    """``(the lead-in's words, how many blocks after blocks[index] are set aside with it)`` for a self-check list
    or a self-prep list opened by ``blocks[index]`` (the lead-in's words say which), or a self-prep list opening
    the section under ``head`` (its first item the block the rest follow); ``("", 0)`` otherwise."""
    name, length = readiness_at(blocks, index, head)  # "Scope story — can you tell it in two minutes?"
    if not length:
        name, length = checklist_length(blocks, index, head)
    if not length and index == 0 and (items := _list(blocks, 0, blocks[0].indent)) and prepares(head) \
            and self_prep(items):  # the list first: most sections open with no list, known before the heading is read
        return head.strip(" *_:"), len(items) - 1
    line = blocks[index]
    if length or line.kind is not PARAGRAPH or line.quoted or "\n" in line.text.strip():
        return name, length
    if index + 1 == len(blocks) or blocks[index + 1].kind is not ITEM:
        return "", 0  # no list right under it: most paragraphs, known before their words are read
    lead_in = sentence_split(line.text.strip())[-1].strip(" *_")
    if words(lead_in) > _MAX_LEAD_WORDS or ends_asking(lead_in):
        return "", 0
    own = bool(_OWN_STORY.match(plain_words(lead_in))) and lead_in.endswith(":")
    if not own and not prepares(lead_in):
        return "", 0
    items = _list(blocks, index + 1, line.indent)
    return (lead_in.rstrip(":").strip(" *_"), len(items)) if (own and _asking(items)) or self_prep(items) \
        else ("", 0)


def _asking(items: list[Block]) -> bool:
    """Whether every item at the list's outer level, two or more, asks."""
    tops = [item for item in items if item.indent == items[0].indent] if items else []
    return len(tops) >= 2 and all(is_question(item.text.split("\n")[0]) for item in tops)


def _list(blocks: list[Block], start: int, indent: int) -> list[Block]:
    """The list that starts at ``blocks[start]``: its items at ``indent`` or nested deeper."""
    items: list[Block] = []
    for block in blocks[start:]:
        if block.kind is not ITEM or block.indent < indent or items and list_turns(items[-1], block):
            break
        items.append(block)
    return items


def prep_section(head: str, body: list[Block]) -> bool:
    """A section headed with words about preparing that holds only the writer's questions to themselves, or any
    section that holds only a readiness checklist (:mod:`.readiness`), or one closed by paragraphs that ask nothing
    (``**Practice:** Say each answer out loud.``: advice on using it)."""
    listed = [block for block in body if block.kind in (ITEM, PARAGRAPH)]
    checks = list(takewhile(lambda block: block.kind is ITEM, listed))
    if listed and len(listed) == len(body) and named_checks(checks) \
            and not any(ends_asking(block.text.strip()) for block in listed[len(checks):]):
        return True  # "## Ready? — could you tell these cold?" over only its readiness checklist (and advice)
    return prepares(head) and bool(listed) and len(listed) == len(body) and self_prep(listed)
