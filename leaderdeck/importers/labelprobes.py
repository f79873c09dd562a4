"""An interviewer's probe written after an answer's label, under a question of an interviewer's guide::

    **Question**: A customer's install keeps failing behind their proxy. How do you help?

    **What to Look For**:
    - **Logs first**: Do they ask for the installer's output?

    **Example**: The bank ran everything through one proxy. How did that change your plan?

The guide says what to look for under the question (signals or red flags read already); a line labelled as an
answer or an example there that ends asking, its asking sentence put to the candidate ("you") or about what it
just named ("that", "this", "it") and told by no "I" or "we", is what the interviewer asks next: a follow-up of
the question, never its answer, and the question stays a draft.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .parts import label_of
from .text import ends_asking, plain_words, sentence_split
from .unit import Unit
from .voice import first_person, to_you
from ..lazyre import lazy_re

_LOOKED_FOR = frozenset({"signals", "redflags"})
_REFERS_BACK = lazy_re(r"\b(?:that|this|it|those|these|they|them|he|she|him|her)\b", re.IGNORECASE)


def labelled_probe(unit: Unit, block: Block) -> str:
    """The probe ``block`` puts after an answer's label under ``unit`` (see the module docstring), else ``""``."""
    if block.kind not in (PARAGRAPH, ITEM) or block.quoted or not unit.question \
            or "?" not in block.text and "？" not in block.text and "﹖" not in block.text \
            or not any(piece.slot in _LOOKED_FOR for piece in unit.pieces) \
            or any(piece.slot == "answer" and not piece.empty for piece in unit.pieces):
        return ""
    found = label_of(block)
    if found is None or found[0] != "answer":
        return ""
    said = " ".join(plain_words(found[2]).split())
    if not ends_asking(said, "\"”’)"):
        return ""
    asked = sentence_split(said)[-1]
    if first_person(asked) or not (to_you(asked) or _REFERS_BACK.search(asked)):
        return ""
    return said
