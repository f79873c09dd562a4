"""Behaviour indicators: a list whose items finish a question the line above leaves open ("As a team lead do
you…" over "· Unblock your reports the same day?", "· Follow through on what you promised?"). A self-assessment
of how a competency looks in practice, not questions an interviewer asks; several may share a line joined by
" · ".

Structure decides: the line right above the list ends on an auxiliary and a pronoun left open by an ellipsis or a
colon ("do you…", "Do you:", "does the candidate..."), and most of the list's items carry on from it (they open
with a verb or another word of their own, never a question word or an auxiliary that would make them questions in
their own right).
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .text import plain_words
from ..lazyre import lazy_re

INDICATORS = "behaviour indicators to assess yourself against, not questions"

# "... do you…", "Do you:", "does the candidate..." closing the line: a question left open for the items to finish
_STEM = lazy_re(r"\b(?:do|does|did|are|is|can|will|would|have|has|should)\s+(?:you|they|we|I|he|she"
                r"|(?:the|your|a)\s+\w+)\s*(?:…|\.{3}|:)\s*$", re.IGNORECASE)
_OPEN = lazy_re(r"\b(?:what|how|why|when|where|which|who|whom)\b", re.IGNORECASE)  # a question word before it
_CLAUSE = lazy_re(r"[.?!…;]+\s*")
# an item that asks in its own right: it opens with a question word or an auxiliary, or tells "me"/"us" to answer
_OWN_QUESTION = lazy_re(r"^(?:what|how|why|when|where|which|who|whom|whose|do|does|did|are|is|was|were|can"
                        r"|could|would|will|have|has|had|should|tell|describe|give|share|walk)\b", re.IGNORECASE)


def stem(text: str) -> str:
    """The open yes/no question closing ``text`` ("As a people manager do you…"), its last line; "" when it has
    none. "How would you:" over "- Handle a missed deadline?" leaves open an interview question, not a check."""
    last = plain_words(text.strip().split("\n")[-1]).strip(" *_")
    found = _STEM.search(last)
    if found is None or _OPEN.search(_CLAUSE.split(last[:found.start()])[-1]):
        return ""
    return last


def indicator_items(blocks: list[Block], index: int) -> tuple[str, int]:
    """``(the open question, how many items from blocks[index] on finish it)`` when ``blocks[index]`` is the first
    item of a list of behaviour indicators under such a line; ``("", 0)`` otherwise."""
    if index == 0 or blocks[index].kind is not ITEM or blocks[index].number is not None:
        return "", 0
    above, first = blocks[index - 1], blocks[index]
    if above.kind is not PARAGRAPH or above.quoted or above.indent > first.indent \
            or not (lead_in := stem(above.text)):
        return "", 0
    items: list[Block] = []
    for block in blocks[index:]:
        if block.kind is not ITEM or block.indent < first.indent \
                or block.indent == first.indent and block.number is not None:
            break  # the list is over: text, or the numbered questions after the indicators
        items.append(block)
    tops = [plain_words(item.text.split("\n")[0]).strip(" *_") for item in items if item.indent == first.indent]
    carried = sum(1 for text in tops if text and not _OWN_QUESTION.match(text))
    return (lead_in, len(items)) if carried * 2 > len(tops) else ("", 0)


def indicates(label: str) -> bool:
    """Whether a skipped part's name is the open question of a list of behaviour indicators."""
    return bool(_STEM.search(label.strip(" *_")))
