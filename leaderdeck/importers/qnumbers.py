"""A question given a number of its own before a colon: ``**Q1**: "Tell me about ..."``, ``**Q1:** ...``,
``Q1: ...`` (plain text or Markdown, quoted or not).

The number labels the line as one question of a bank: the line is that question when what follows the colon asks
or is a quoted prompt. A quarter (``**Q3**: Shipped the billing rewrite``) asks nothing and stays text.
"""

from __future__ import annotations

import re

from .blocks import Block, BlockKind
from .text import is_question, marked_question, strip_emphasis, unquote

# "Q1", "Q 12", "Q#3", "Question 4": a question's number as a line's lead
_NUMBER_LEAD = re.compile(r"^(?:q|question)\s*#?\s*\d{1,4}$", re.IGNORECASE)
_WHOLLY_QUOTED = re.compile(r"^[\"“].+[\"”][.?!]?$", re.DOTALL)


def numbered_question(block: Block) -> tuple[str, str] | None:
    """``(question, text on the block's next lines)`` when ``block`` opens with a question's number as its lead
    (``**Q1**: "..."``) and the rest of its first line asks or quotes a prompt; ``None`` otherwise."""
    if block.quoted or block.kind not in (BlockKind.PARAGRAPH, BlockKind.ITEM) \
            or not _NUMBER_LEAD.match(block.lead.strip(" *_")):
        return None
    first, _, more = block.rest.partition("\n")
    first = strip_emphasis(first.strip())
    if not first or not (is_question(first) or _WHOLLY_QUOTED.match(first)):
        return None
    return unquote(first), more.strip()


def marks_question(block: Block) -> bool:
    """Whether ``block`` is a numbered question line (:func:`numbered_question`, or ``Q3: How do you ...?`` read
    with no lead): a new question whatever label was being read (a list of follow-ups, criteria), as the next
    number of a bank."""
    if block.lead:
        return numbered_question(block) is not None
    first = block.text.partition("\n")[0]
    return block.kind is BlockKind.PARAGRAPH and not block.quoted and marked_question(first) and is_question(first)
