"""An interviewer's probe turned to the reader.

A rubric written for interviewers opens a competency's section with what to find out, in the third person
("What is the candidate's philosophy on retaining people? How do they go about it? Look for examples."). The
candidate preparing from it is asked the same thing in the second person: the probe's questions, turned to
"you", are the question to prepare; the sentences around them that tell the interviewer what to do are what
the interviewer looks for.
"""

from __future__ import annotations

import re

from .text import ASK, ends_asking
from ..lazyre import lazy_re

_SENTENCE = lazy_re(rf"(?<=[.!{ASK}])\s+")
_OPEN = lazy_re(r"^(?:what|how|why|when|where|which)\b", re.IGNORECASE)
_CANDIDATE = lazy_re(r"\b(?:the )?candidate(?:('s)|\s+(?!is\b|has\b|was\b|does\b)([a-z]+s)\b(?<!ss)(?<!us))?",
                     re.IGNORECASE)  # "the candidate's", "candidate establishes": "your", "you establish"
_SOME = lazy_re(r"\b(?:a|an|any|another|each|every)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TURNS = (
    (lazy_re(r"\btheir\b", re.IGNORECASE), "your"),
    (lazy_re(r"\bthey\b|\bthem\b", re.IGNORECASE), "you"),
    (lazy_re(r"\bthemselves\b", re.IGNORECASE), "yourself"),
    (lazy_re(r"\bdoes you\b", re.IGNORECASE), "do you"),
    (lazy_re(r"\bis you\b", re.IGNORECASE), "are you"),
    (lazy_re(r"\bhas you\b", re.IGNORECASE), "have you"),
    (lazy_re(r"\bwas you\b", re.IGNORECASE), "were you"),
    (lazy_re(r"\byou (?:is)\b", re.IGNORECASE), "you are"),
    (lazy_re(r"\byou (?:has)\b", re.IGNORECASE), "you have"),
)


def turned_probe(text: str) -> tuple[str, str] | None:
    """``(question, rest)``: the open questions that start ``text``, asked of the candidate in the third person,
    turned to "you", and the sentences after them; ``None`` when ``text`` does not open on such questions (a
    yes/no criterion, "Is the candidate curious?", stays what the interviewer looks for)."""
    if not _OPEN.match(text.lstrip()):
        return None  # no question word opens it (nor its first sentence): most paragraphs, before they are split
    sentences = [s for s in _SENTENCE.split(" ".join(text.split())) if s]
    asked = 0
    while asked < len(sentences) and ends_asking(sentences[asked]):
        asked += 1
    if not asked or not _OPEN.match(sentences[0]):
        return None
    question = _CANDIDATE.sub(_turned, " ".join(sentences[:asked]))
    for pattern, turned in _TURNS:
        question = pattern.sub(turned, question)
    return question[0].upper() + question[1:], " ".join(sentences[asked:])


def _turned(match: re.Match) -> str:
    """"the candidate" (the one interviewed) as "you"; "a senior candidate" (anyone) stays."""
    if _SOME.search(match.string[:match.start()]):
        return match.group(0)
    if match.group(1):
        return "your"
    verb = match.group(2)
    if not verb:
        return "you"
    return "you " + (verb[:-3] + "y" if verb.endswith("ies") else verb[:-2]
                     if verb.endswith(("shes", "ches", "xes", "oes", "zes")) else verb[:-1])
