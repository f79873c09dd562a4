"""A bare label over a list of named advice under a question: that question's tips, the note a draft.

Coaching guides give each classic question a label of their own words over what to put in the answer::

    ### What would your last manager say you should work on?

    **Approach**:
    - **Be specific**: name one thing they really said
    - **Show the work**: say what you changed since
    - **End on progress**: say where it stands now

The label ("Approach", "Guidelines", "Do this") has no text on its line and names no answer ("Sample answer",
"Example") and no "my"; every item at the list's outer level, two or more, opens with a lead-in (bold, or
``Label:``) that is itself
advice to the reader (an imperative: "Be specific", "Keep it short", "Don't ramble") and nothing in the list is
told in the first person or asks. Such a list is how to answer, not the answer: the note's tips, as the same list
without the label already is (:mod:`.advice`). A list whose lead-ins name things ("**Company**: ...", "**Role**:
...") or that a label claims as the writer's own ("My approach") is left as it was.

A label that is itself advice to the reader, two words or more, over the one list that is all a question heading
holds, is how to answer whatever the items say (:func:`advice_led`)::

    ### "Tell me about a call you got wrong"

    Show what you learned:
    - What did you decide?
    - What made it look right then?

The items, questions to cover or steps ("- Weigh the options"), are the question's tips with their label, never
questions of their own or the answer; the note is a draft. Nothing in the list is told in the first person,
quoted or labelled, and the label names no answer ("Sample answer") and no "my".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .advice import ADVICE_START, is_advice_list
from .blocks import Block, PARAGRAPH, ITEM
from .itemadvice import advises_you
from .labels import slot
from .text import is_instruction, plain_words
from .unit import Piece
from .voice import first_person

_MIN_ITEMS = 2
_MIN_WORDS = 2  # \"Show judgment:\", \"Structure your answer:\"; a bare \"Say:\" may lead the words to say


def labelled_advice(content: Sequence[Piece]) -> Piece | None:
    """The tips piece ``content`` (a note's answer pieces) makes when it is one bare label over a list of named
    advice (see the module docstring), else ``None``."""
    filled = [p for p in content if not p.empty]
    if len(filled) != 1:
        return None
    piece = filled[0]
    if piece.rest.strip():  # "**Approach:** Be honest. Pick a real gap and say what you are doing about it."
        return _told_advice(piece)
    blocks = [b for b in piece.blocks if b.text.strip() or b.rows]
    label = piece.label
    if not label and blocks and blocks[0].kind is PARAGRAPH and blocks[0].lead and not blocks[0].rest.strip():
        label, blocks = blocks[0].lead, blocks[1:]  # "**Guidelines**:" on a line of its own over the list
    if not label or not _names_advice(label) or not _named_advice(blocks):
        return None
    return Piece("tips", blocks[0].line, blocks=list(blocks))


def advice_led(body: Sequence[Block]) -> Piece | None:
    """The tips piece a question heading's ``body`` makes when it is a label of advice over one list (see the module
    docstring), else ``None``."""
    filled = [b for b in body if b.text.strip() or b.rows]
    if len(filled) <= _MIN_ITEMS or filled[0].kind is not PARAGRAPH:
        return None  # cheap first: a label line, then two items at least
    label, items = filled[0], filled[1:]
    if not label.lead or label.rest.strip() or label.quoted or len(label.lead.split()) < _MIN_WORDS \
            or not _names_advice(label.lead) or not _advises(label.lead) or slot(label.lead.strip(" *_:")):
        return None
    if any(b.kind is not ITEM or b.quoted or b.lead and slot(b.lead) for b in items) \
            or any(first_person(" ".join(plain_words(b.text).split())) for b in items):
        return None
    base = min(b.indent for b in items)  # the label as one tip, the list nested under it
    nested = [dataclasses.replace(b, indent=b.indent - base + 1) for b in items]
    return Piece("tips", label.line, blocks=[dataclasses.replace(label, kind=ITEM, indent=0, number=None), *nested])


def _told_advice(piece: Piece) -> Piece | None:
    """The tips piece of a label naming advice with its text on its own line and nothing under it, every sentence of
    which advises the reader and one speaks to "you" (:func:`.itemadvice.advises_you`), else ``None``."""
    if not piece.label or any(b.text.strip() or b.rows for b in piece.blocks) or not _names_advice(piece.label) \
            or not advises_you(piece.rest):
        return None
    return Piece("tips", piece.line, rest=f"**{piece.label}:** {piece.rest.strip()}")


def _names_advice(label: str) -> bool:
    """A label that may head advice: not an answer's ("Sample answer", "Example") nor the writer's own ("My ...")."""
    words = label.strip(" *_:").casefold().split()
    return bool(words) and slot(label.strip(" *_:")) != "answer" and not {"my", "our", "i"} & set(words)


def _named_advice(blocks: Sequence[Block]) -> bool:
    """A list, two items or more at its outer level, each opening with a lead-in that is advice, and the list
    advice as a whole (no first person, no question)."""
    if len(blocks) < _MIN_ITEMS or any(b.kind is not ITEM for b in blocks):
        return False
    outer = min(b.indent for b in blocks)
    tops = [b for b in blocks if b.indent == outer]
    if len(tops) < _MIN_ITEMS or not all(b.bold is False and b.lead and _advises(b.lead) for b in tops):
        return False
    bare = [Block(ITEM, b.line, b.end, f"{b.lead}: {b.rest}", indent=b.indent) for b in tops]
    return is_advice_list(bare) and not any(first_person(" ".join(plain_words(b.text).split())) for b in blocks)


def _advises(lead: str) -> bool:
    """A lead-in that is an imperative to the reader ("Be specific", "Keep it short", "Don't ramble")."""
    text = " ".join(plain_words(lead).split()).strip(" :")
    return bool(text) and not first_person(text) and bool(ADVICE_START.match(text) or is_instruction(text))
