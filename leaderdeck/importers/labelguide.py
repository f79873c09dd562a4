"""An interviewer's guidance under a question, written as label lines (the paragraphs in the interviewer's voice are
:mod:`.guidance`'s): ``Owner vs participant: Many candidates
will claim ...`` / ``Good vs great: ... the candidate's impact ...``. Each line names what to probe and says it of
"the candidate" (or to the interviewer): what the interviewer looks for, the question's signals, not its answer.
A line told in the first person ("Hiring: I met forty candidates") is an answer's."""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH
from .labels import slot
from .text import is_question, plain_words
from .voice import as_i
from ..lazyre import lazy_re

_LABEL_LINE = lazy_re(r"^(?P<label>[A-Z][^:.?!]{1,60}?):[ \t]+(?P<text>\S.*)$")
_OF_CANDIDATE = lazy_re(r"\b(?:candidates?(?:['’]s)?|interviewers?|interviewees?)\b", re.IGNORECASE)
_MAX_LABEL_WORDS = 6


def guidance_lines(block: Block) -> list[str]:
    """Each line of ``block``, a paragraph made only of label lines that speak of the candidate, as a signal
    (``**Owner vs participant:** Many candidates ...``); empty when ``block`` is anything else."""
    if block.kind is not PARAGRAPH or block.quoted:
        return []
    found = []
    for line in plain_words(block.text).split("\n"):
        match = _LABEL_LINE.match(line.strip())
        if match is None:
            return []
        label, text = match["label"].strip(), match["text"].strip()
        if len(label.split()) > _MAX_LABEL_WORDS or slot(label) is not None or is_question(label) \
                or not _OF_CANDIDATE.search(text) or as_i(text):  # "Hiring: I met forty ...": told
            return []
        found.append(f"**{label}:** {text}")
    return found
