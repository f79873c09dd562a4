"""A self-check list: closed questions about how the answer went ("Did you run long?", "Was the result
clear?") under a line about feedback, review or checking ("Afterwards, review:"). A list to rehearse with,
not questions to be asked.

Structure decides: the line right above the list ends with a colon and speaks of feedback, review or checking
(not of questions or an interviewer: those introduce questions to answer), and most of the list's questions are closed ones (they open with "did", "was", "is" ...), not the open
"how"/"why"/"tell me" of an interview.
"""

from __future__ import annotations

import re

from .blocks import Block, BlockKind
from .text import is_question

_REVIEW = re.compile(r"\b(?:feedback|review\w*|check\w*|self-?check\w*|self-?assess\w*|evaluat\w*|critiqu\w*"
                     r"|reflect\w*|ask yourself|grade|score)\b", re.IGNORECASE)
_CLOSED = re.compile(r"^\W*(?:did|was|were|is|are|do|does|have|has|had|can|could|would|will|should)\s+\w",
                     re.IGNORECASE)
_ASKED = re.compile(r"\b(?:questions?|interviewers?|asked|ask you)\b", re.IGNORECASE)  # a lead-in to questions asked
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def checklist_length(blocks: list[Block], index: int) -> tuple[str, int]:
    """``(the lead-in's words, how many blocks after blocks[index] are its self-check list)``; ``("", 0)`` when
    ``blocks[index]`` does not open one."""
    line = blocks[index]
    if line.kind is not BlockKind.PARAGRAPH or line.quoted:
        return "", 0
    lead_in = _SENTENCE_END.split(line.text.strip())[-1]
    if not lead_in.endswith(":") or not _REVIEW.search(lead_in) or _ASKED.search(lead_in):
        return "", 0
    items: list[Block] = []
    for block in blocks[index + 1:]:
        if block.kind is not BlockKind.ITEM or block.indent < line.indent:
            break
        items.append(block)
    asked = [item.text for item in items if is_question(item.text)]
    closed = sum(1 for text in asked if _CLOSED.match(text))
    return (lead_in.rstrip(":").strip(" *_"), len(items)) if asked and closed * 2 > len(asked) else ("", 0)
