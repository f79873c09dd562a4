"""STAR parts that explain the method rather than tell a story: an answer framework, skipped like a template.

Two shapes, both decided by the parts' text, never by one heading's words:

- an illustration of the method: parts told in no first person ("She falls for a poor artist"), none a terse note
  of what was done ("Moved the job"), set up by a line that speaks to the reader and introduces them rather than
  asks ("Imagine you're pitching a movie:"), or said to be the method by the text around them ("This is STAR.");
- a scoring rubric: every part only lists scores, each line led by a number ("- **5**: Rich context",
  "3 = clear role").
"""

from __future__ import annotations

import re

from .content import piece_text
from .labels import STAR_SLOTS
from .text import ends_asking, plain_words, sentence_split
from .unit import Piece
from .voice import first_person, to_you
from ..lazyre import lazy_re

# "STAR" in capitals (or "S.T.A.R."): the method named, not a word of a story ("star performer")
_METHOD = lazy_re(r"\b(?:STAR|S\.T\.A\.R)\b")
_PAST_OPENER = lazy_re(r"^[A-Za-z]+ed\b")  # "Paged the team": a terse note of what was done
_BULLET = lazy_re(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
# "- 5: Rich context", "4 = clear role", "3 - basic", "5/5: ...", "Score 5:", "2 points:"
_SCORE = lazy_re(r"^\s*(?:[-*+•]\s+)?(?:score\s*)?\d{1,2}(?:\s*/\s*\d{1,2}|\s*(?:points?|pts?|stars?))?"
                 r"\s*[:=–—-]\s*\S", re.IGNORECASE)
_MIN_SCORES = 2  # a rubric grades a part on a scale: two levels at least


def explains_method(question: str, pieces: list[Piece], parts: dict[str, list[str]]) -> str:
    """Why a story asking no question explains the STAR method instead of telling a story (``""``: it tells one).

    ``question`` is the note's question (empty, or a lead line read as one), ``pieces`` all the story's pieces,
    ``parts`` the text of each STAR part."""
    if question.strip() and not _introduces(question):
        return ""  # a question asked: its parts answer it, whatever they hold
    texts = [t for part in STAR_SLOTS for t in parts.get(part, [])]
    if len({p for p in STAR_SLOTS if parts.get(p)}) < 2:
        return ""
    if all(_scored(t) for t in texts):
        return "a scoring rubric for the STAR parts, not a story"
    if any(first_person(t) for t in texts) or any(_PAST_OPENER.match(s) for t in texts for s in _sentences(t)):
        return ""
    around = [piece_text(p) for p in pieces if p.slot not in STAR_SLOTS]
    introduced = bool(question.strip())  # by now only a lead to the reader: "Imagine you're pitching a movie:"
    if introduced or any(_METHOD.search(t) for t in (question, *texts, *around)):
        return "an illustration of the STAR method, not a story"
    return ""


def _scored(text: str) -> bool:
    """Whether a part's text only lists scores ("- **5**: Rich context"), two or more."""
    lines = [plain_words(line) for line in text.split("\n") if line.strip()]
    return len(lines) >= _MIN_SCORES and all(_SCORE.match(line) for line in lines)


def _introduces(question: str) -> bool:
    """A line speaking to the reader that introduces what follows rather than asks ("Imagine you're ...:")."""
    text = question.strip()
    return text.endswith(":") and to_you(text) and not ends_asking(text.rstrip(":"))


def _sentences(text: str) -> list[str]:
    """The sentences of a part, without list marks, emphasis or opening quotation marks."""
    return [s.strip().lstrip("\"“'") for raw in text.split("\n")
            if (line := _BULLET.sub("", plain_words(raw)).strip()) for s in sentence_split(line) if s.strip()]
