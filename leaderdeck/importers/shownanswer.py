"""A house label alone on its line over a quoted answer in the first person.

A coaching page shows the answer to give under a name of its own, on a line by itself::

    **How to answer:** Pick a real slip and own it.

    Model shape

    "I owned the slip, told the stakeholders first, and cut scope."

The short line (a few words, no sentence mark, no colon, no label the importer knows: "Clarifying Questions" keeps
its own meaning) names what follows; the paragraph after it, wholly in double quotes, said as "I" or "we" and
asking nothing, is the answer to the question above, whatever the house calls it, without its quotes. The label
itself is no tip.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH
from .labels import slot
from .quoting import inside_quotes
from .text import is_question
from .voice import first_person

_MAX_LABEL_WORDS = 4
_CLOSING_MARKS = ".!?:;,…？！。："


def quoted_answer(block: Block, following: Block | None) -> str:
    """The answer ``following`` quotes when ``block`` is a short label line over it (see the module docstring),
    without its quotes; ``""`` otherwise."""
    if following is None or block.kind is not PARAGRAPH or following.kind is not PARAGRAPH:
        return ""
    text = block.text.strip().strip("*_").strip()
    words = text.split()
    if not words or "\n" in text or len(words) > _MAX_LABEL_WORDS or text[-1] in _CLOSING_MARKS \
            or not text[0].isupper() or any(mark in text for mark in "\"“”:"):
        return ""
    said = inside_quotes(following.text.strip())
    return said if first_person(said) and not is_question(said) and slot(text) is None else ""
