"""Text a scraper glued onto a cell's question: the end of the page's previous sentence, or a counter
("Question 1 of 39"), written before the question with no space between them.

``...at all times.”What is your experience...?`` and ``Learn more here. Question 1 of 39What kind of...?`` keep
only the question; the cut is reported. A question after a sentence and a space ("Attention to detail matters
here. How do you...?") is the interviewer's context and is left whole.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re
from .text import ends_asking

# A sentence's end (a lower-case word or a number, then its stop, a closing quote or bracket allowed) or a counter,
# then at once a capitalised word: the joint where the scraper put two texts together. "ASP.Net", "e.g.Go": no
# stop; "Why?What next?": two questions, kept
_JOINT = lazy_re(r"(?:(?:\b[a-z]{2,}|\d)[.!][”\"’')\]]?|\b(?:Question|Q)\s*\d+\s*(?:of|/)\s*\d+)"
                 r"(?=[A-Z][a-z]+\b)")
_WORDS = 3  # the question kept has at least this many words


def unglued(cell: str) -> tuple[str, str]:
    """``(question, cut)``: the question written after the last joint, and the text before it (stripped); or
    ``(cell, "")`` when the cell has no joint, or what follows its last joint is not a question of its own."""
    joints = list(_JOINT.finditer(cell))
    if not joints:
        return cell, ""
    joint = joints[-1]
    question, cut = cell[joint.end():].strip(), cell[:joint.end()].strip()
    if len(question.split()) < _WORDS or not ends_asking(question):
        return cell, ""
    return question, re.sub(r"\s+", " ", cut)
