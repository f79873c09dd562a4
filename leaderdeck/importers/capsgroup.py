"""A plain-text group line typed in capitals (``TECH LEADERSHIP``, ``PEOPLE & HIRING``): a heading over the
questions under it.

A quick typist sorts a bank by writing the group's name in capitals on a line of its own after a blank line, or
right over a question with no blank line at all (the file's first line is its title, read as before). Read as a paragraph, it became the answer of the question above it, or a note's only answer
when that question had none. Such a line is a heading when it is a few words all in capitals that neither ask,
nor end a sentence or a label, nor name a label we read (``SITUATION``, ``ANSWER``).
"""

from __future__ import annotations

from .blocks import Block
from .labels import slot
from .text import is_question

_WORDS = 5  # a group's name is short


def capitals_group(block: Block) -> bool:
    """Whether the bare paragraph ``block`` (no label of its own) is a group's name in capitals (see the module)."""
    text = block.text
    if block.lead or not text[:1].isalpha() or not text.isupper() or len(text.split()) > _WORDS \
            or text.endswith((".", "!", "?", ",", ";", ":", "？")):
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    return letters >= 3 and slot(text) is None and not is_question(text)
