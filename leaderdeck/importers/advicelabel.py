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
"""

from __future__ import annotations

from collections.abc import Sequence

from .advice import ADVICE_START, is_advice_list
from .blocks import Block, PARAGRAPH, ITEM
from .labels import slot
from .text import is_instruction, plain_words
from .unit import Piece
from .voice import first_person

_MIN_ITEMS = 2


def labelled_advice(content: Sequence[Piece]) -> Piece | None:
    """The tips piece ``content`` (a note's answer pieces) makes when it is one bare label over a list of named
    advice (see the module docstring), else ``None``."""
    filled = [p for p in content if not p.empty]
    if len(filled) != 1 or filled[0].rest.strip():
        return None
    piece = filled[0]
    blocks = [b for b in piece.blocks if b.text.strip() or b.rows]
    label = piece.label
    if not label and blocks and blocks[0].kind is PARAGRAPH and blocks[0].lead and not blocks[0].rest.strip():
        label, blocks = blocks[0].lead, blocks[1:]  # "**Guidelines**:" on a line of its own over the list
    if not label or not _names_advice(label) or not _named_advice(blocks):
        return None
    return Piece("tips", blocks[0].line, blocks=list(blocks))


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
