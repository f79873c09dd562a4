"""The one line between a bare ``Question:`` label and the ``Answer:`` label under it: the question, however worded.

    ### 2. Queues
    **Question:**
    - Compare two message brokers you have run in production.

    **Answer:**
    - One was simple to run, the other kept order per key.

A question label with nothing after it gives its question on the next line. That line is read as the question when it
asks (:func:`.questions.asked_line`); a task set as a statement ("Compare ...", "描述一次你如何 ...。") does not ask,
and was left as text under the heading, the heading's words made the question. Framed by the two labels, the line
can be nothing but the question: a single line (an item or a paragraph, with no label of its own) right under a bare
question label and right over an answer label is the question. A line followed by more text, or by anything but the
answer's label, is left to the rules as before.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, ITEM
from .parts import label_of
from .text import unquote

_GAP = 2  # lines from the question to the answer's label: the next line, or after one blank line


def framed_question(before: Block | None, block: Block, following: Block | None) -> tuple[str, str] | None:
    """``(question, "")`` when ``block``, right after the bare question label ``before``, is one line right over an
    answer label (see the module docstring); ``None`` otherwise."""
    if following is None or before is None or not before.lead or before.rest.strip() \
            or block.kind not in (PARAGRAPH, ITEM) or "\n" in block.text.strip() or block.lead \
            or following.line - block.end > _GAP or following.kind not in (PARAGRAPH, ITEM) or not following.lead:
        return None
    found, asked = label_of(following), label_of(before)
    if found is None or found[0] != "answer" or asked is None or asked[0] != "question" or label_of(block) is not None:
        return None
    text = unquote(block.text.strip())
    return (text, "") if text else None
