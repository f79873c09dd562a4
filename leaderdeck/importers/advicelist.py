"""A list of advice under a question's heading: what to say in the answer, not more questions.

``### Tell me about a time you led a hard project`` over ``- Focus on scope ...``, ``- Explain how you split the
work ...``, ``- Show how you protected quality ...``: the items instruct the reader (an imperative, or words to
"you" about "how you ..."), none asks with a question mark and none tells in the first person. Such a list, when it
is all that stands under the heading, is the question's tips; an item among them opening with a request verb
(``Explain how you ...``, ``Describe the outcome``) is one of them, not a new question. At least one item must be
plain advice that asks nothing (a list made only of requests may be follow-up prompts).
"""

from __future__ import annotations

from .blocks import Block, BlockKind
from .labels import slot
from .text import ends_asking, is_instruction, is_question, plain_words
from .unit import Piece
from .voice import first_person, to_you

_MIN_ITEMS = 2


def advice_list(body: list[Block]) -> Piece | None:
    """The tips piece ``body`` makes when it is a list of advice about the answer (see the module docstring)."""
    if len(body) < _MIN_ITEMS or any(block.kind is not BlockKind.ITEM for block in body):
        return None  # cheap first: only a body made of list items can be one
    tops = [block for block in body if block.indent == 0]
    if len(tops) < _MIN_ITEMS or any(block.quoted or block.lead and slot(block.lead) for block in tops):
        return None  # "- **Situation:** ...", "- **Follow-up:** ...": labelled parts, read as such
    advice, plain = 0, False
    for block in tops:
        text = " ".join(plain_words(block.text).split())
        if not text or ends_asking(text, "\"”’)") or first_person(text):
            return None
        if is_instruction(text) or to_you(text):
            advice += 1
            plain = plain or not is_question(text)
    if not plain or 2 * advice < len(tops):
        return None
    return Piece("tips", body[0].line, blocks=list(body))
