"""A list of advice where a question's answer would be: how to answer it, so the question's tips.

A guide often lists, under a question it does not answer, what to put in the answer::

    ### Tell me about a time you took a risk that failed.
    * Say early what failing meant for the team
    * Don't spend long on the setting; get to what you did
    * Close with what you learned and how you use it now

Such a list is two items or more at its outer level, none labelled as a story's part (``- **Situation:**``) or
quoted, none telling in the first person ("I", "we"), none asking with a question mark (a list of questions is
follow-ups or more questions), at least two thirds of them advice to the reader (an imperative, or words to
"you"), and at least one of those plain advice rather than a request (``Explain how you ...`` alone may be a list
of prompts). Both the heading of a question (:mod:`.assemble`) and a note's unlabelled text (:mod:`.notes`) are
read by this one rule.

A sentence of advice that the list completes is advice with its list, however the items read::

    Prepare a real case that shows that
    1. you warned people early
    2. you changed how you estimate

The sentence opens with advice to the reader (an imperative, no first person, no question) and runs on into the
list (it ends with a colon or with no mark at all); the items, two or more, tell nothing in the first person, ask
nothing, quote nothing and name no label. In a note's text such a run is the note's tips (:func:`lead_in_apart`),
whatever stands beside it.

Advice to the reader written before a labelled answer is the note's tips too::

    ### What are you proudest of?
    Don't stop at the launch itself.

    A better answer:
    > I am proudest of the two leads who grew out of that team.

No paragraph before the answer's label tells anything in the first person, quotes or asks, and one at least gives
advice (it opens with an imperative or speaks to "you", in any language read: "Seja ...", "... você ...") or speaks
of the interview or its questions ("Conflict questions come up in every interview."); labelled coaching between
them and the answer ("Why interviewers ask this", "How to answer") stays what it is
(:func:`advice_before_answer`); the label, however it words the answer ("A better answer", "Sample answer", a
``!!! note "Sample answer"`` box), only leads in to it, so the writer's remarks between the advice are its tips too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from itertools import takewhile

from .blocks import Block, PARAGRAPH, ITEM
from .labels import COACH_SLOTS, slot
from .leadcoaching import coaching_lead, told_by_me
from .text import ends_asking, is_instruction, is_question, plain_words
from .unit import Piece
from .voice import first_person, to_you
from ..lazyre import lazy_re

_MIN_ITEMS = 2
ADVICE_START = lazy_re(
    r"^(?:try|don'?t|do not|never|always|make sure|remember|wrap|get|go|keep|avoid|start|end|begin|focus|explain"
    r"|describe|show|highlight|mention|talk|tell|use|be|pick|choose|prepare|practi[cs]e|state|give|share|frame"
    r"|structure|quantify|emphasi[sz]e|stay|set|define|include|close|finish|think|consider|acknowledge|admit"
    r"|own|spend|skip|say|lead with|open with|bring|have|recall|find|treat)\b", re.IGNORECASE)


def is_advice_list(blocks: Sequence[Block]) -> bool:
    """Whether ``blocks`` (what stands where an answer would) are a list of advice about the answer (see the
    module docstring)."""
    filled = [block for block in blocks if block.text.strip() or block.rows]
    if len(filled) < _MIN_ITEMS or any(block.kind is not ITEM for block in filled):
        return False  # cheap first: only a list can be one
    outer = min(block.indent for block in filled)
    tops = [block for block in filled if block.indent == outer]
    if len(tops) < _MIN_ITEMS or any(block.quoted or block.lead and slot(block.lead) for block in tops):
        return False  # "- **Situation:** ...", "- **Follow-up:** ...": labelled parts, read as such
    advice, plain = 0, False
    for block in tops:
        text = " ".join(plain_words(block.text).split())
        if not text or ends_asking(text, "\"”’)") or first_person(text):
            return False
        if ADVICE_START.match(text) or is_instruction(text) or to_you(text):
            advice += 1
            plain = plain or not is_question(text)
    return plain and 3 * advice >= 2 * len(tops)


def _lead_in(block: Block) -> bool:
    """A paragraph of advice that runs on into the list under it ("Prepare a case that shows that")."""
    if block.kind is not PARAGRAPH or block.quoted or block.lead:
        return False  # an item, a quote or a labelled line: known before its words are read
    text = " ".join(plain_words(block.text).split())
    return bool(text) and not text.endswith((".", "!", "?", ";", ")")) and not first_person(text) \
        and not is_question(text) and bool(ADVICE_START.match(text) or is_instruction(text.rstrip(":")))


def _completing(items: Sequence[Block]) -> bool:
    """Items (two or more, at the list's outer level) that complete a sentence of advice above them."""
    outer = min(block.indent for block in items)
    tops = [block for block in items if block.indent == outer]
    if len(tops) < _MIN_ITEMS or any(block.quoted or block.lead and slot(block.lead) for block in tops):
        return False
    texts = [" ".join(plain_words(block.text).split()) for block in tops]
    return all(text and not first_person(text) and not ends_asking(text, "\"”’)") for text in texts)


def lead_in_apart(pieces: Sequence[Piece]) -> tuple[list[Piece], list[Piece]]:
    """``(the pieces without it, the tips)``: a sentence of advice run on into a list (see the module docstring),
    taken out of a note's unlabelled text (or a ``Question`` section's) as that note's tips."""
    kept: list[Piece] = []
    tips: list[Piece] = []
    for piece in pieces:
        blocks = piece.blocks if piece.slot in (None, "question") and not piece.rest.strip() else []
        taken: set[int] = set()
        for index, block in enumerate(blocks):
            if not _lead_in(block):
                continue
            items = list(takewhile(lambda b: b.kind is ITEM, blocks[index + 1:]))
            if items and _completing(items):
                taken.update(id(b) for b in (block, *items))
                tips.append(Piece("tips", block.line, blocks=[block, *items]))
        rest = [block for block in blocks if id(block) not in taken]
        if not taken:
            kept.append(piece)
        elif any(block.text.strip() or block.rows for block in rest):  # what the advice leaves of the text
            kept.append(dataclasses.replace(piece, blocks=rest))
    return kept, tips


def advice_piece(body: list[Block]) -> Piece | None:
    """The tips piece a question heading's ``body`` makes when it is a list of advice, else ``None``."""
    return Piece("tips", body[0].line, blocks=list(body)) if is_advice_list(body) else None


def advised(pieces: Sequence[Piece]) -> bool:
    """Whether a note's unlabelled text (``pieces``, none with a label or text of its own) is a list of advice."""
    return bool(pieces) and all(p.slot is None and not p.rest.strip() for p in pieces) \
        and is_advice_list([b for p in pieces for b in p.blocks])


def advice_before_answer(pieces: Sequence[Piece]) -> tuple[list[Piece], list[Piece]]:
    """``(the pieces without it, the tips)``: a note's unlabelled paragraphs of advice before its labelled answer
    (see the module docstring)."""
    at = next((i for i, p in enumerate(pieces) if p.slot == "answer" and p.label and not p.empty), None)
    before = pieces[:at] if at else []
    loose = [p for p in before if p.slot is None]  # labelled coaching between them and the answer stays as it is
    blocks = [b for p in loose for b in p.blocks if b.text.strip() or b.rows]
    if not blocks or any(p.rest.strip() for p in loose) \
            or any(p.slot is not None and p.slot not in COACH_SLOTS for p in before) \
            or not all(_unanswering(block) for block in blocks) \
            or not any(advises(block) or coaching_lead(block.text) or _ON_INTERVIEW.search(block.text)
                       for block in blocks):
        return list(pieces), []
    return [*(p for p in before if p.slot is not None), *pieces[at:]], \
        [Piece("tips", block.line, blocks=[block]) for block in blocks]


# a page's words on the interview or its questions ("Conflict questions come up in almost every interview."), told
# by no I: its opening remarks, never the sample answer's
_ON_INTERVIEW = lazy_re(r"\binterview(?:s|ers?)?\b|\b(?:this|these|such) questions?\b", re.IGNORECASE)


def _unanswering(block: Block) -> bool:
    """A paragraph that is no part of an answer told: unquoted, unlabelled, told by no "I" and asking nothing."""
    text = " ".join(plain_words(block.text).split())
    return block.kind is PARAGRAPH and not block.quoted and not block.lead and bool(text) \
        and not told_by_me(text) and not ends_asking(text, "\"”’)")


def advises(block: Block) -> bool:
    """A paragraph of advice to the reader: an imperative or words to "you", told by no "I", asking nothing."""
    text = " ".join(plain_words(block.text).split())
    return block.kind is PARAGRAPH and not block.quoted and not block.lead and bool(text) \
        and not first_person(text) and not ends_asking(text, "\"”’)") \
        and bool(ADVICE_START.match(text) or is_instruction(text) or to_you(text))
