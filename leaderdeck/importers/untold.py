"""STAR parts that tell no story: a framework whose parts instruct ("Set the context", "Explain your role") and
the pacing of an answer (``Action: 60-90 seconds``).

Both are decided by the parts' text, not by a heading's words. Parts instruct when most of their lines (a list's
items, a paragraph's sentences) open with a verb telling the reader what to do or speak to "you", and no line
tells what happened (the first person in the past, or a line opening with a past verb as terse notes do). A part
is a timing when the text on its label's line (else its whole text) is a duration or a share (``30 seconds``,
``2-3 minutes per story``, ``20%``, ``60-90 seconds (the bulk)``).
"""

from __future__ import annotations

import re

from .content import piece_text
from .labels import STAR_SLOTS
from .text import clean_title, plain_words, sentence_split
from .unit import Piece
from .voice import first_person, in_past, to_you
from ..lazyre import lazy_re

# the verbs a framework's lines open with ("Set the context", "Connect it to the role"); "what"/"how" ask the reader
_DOING = lazy_re(
    r"^(?:set|define|detail|quantify|describe|explain|share|give|state|list|include|mention|highlight|show|focus"
    r"|use|outline|summari[sz]e|provide|talk|tell|walk|discuss|identify|demonstrate|emphasi[sz]e|keep|avoid|be"
    r"|start|end|begin|add|write|note|name|pick|choose|clarify|connect|tie|link|frame|close|finish|conclude"
    r"|reflect|measure|remember|stay|make|spend|cover|specify|elaborate|present|illustrate|offer|lead|open"
    r"|sketch|say|paint|recap"
    r"|don'?t|do|never|always|what|how|why|which|who|when|where)\b", re.IGNORECASE)
# a label alone on its line over a sample of the part ("Example:", "Sample answer:", "For example:")
_EXAMPLE_LABEL = lazy_re(r"^(?:for )?(?:an? )?(?:example|sample)(?: (?:answer|response|line|phrasing|story))?s?\s*:$",
                         re.IGNORECASE)
_PAST_OPENER = lazy_re(r"^[A-Za-z]+ed\b")  # "Paged the team", "Moved the job": a terse note of what was done
_BULLET = lazy_re(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
# "30 seconds", "60-90 seconds", "~2 min", "2-3 minutes per story", "20%", "10-15% of the time", "1-2"
_TIMING = lazy_re(
    r"^[~≈]?\s*(?:about|around|roughly|up to|under|max(?:imum)?|at most)?\s*"
    r"\d+(?:\.\d+)?\s*(?:(?:-|–|—|to)\s*\d+(?:\.\d+)?)?\s*"
    r"(?:(?:%|percent|s|secs?|seconds?|mins?|minutes?)(?:\s+(?:\w+\s*){0,3})?|(?<=\d))\s*[.)]?"
    r"(?:\s*\([^()]{1,60}\)?)?$", re.IGNORECASE)  # "60-90 seconds (this is the bulk)": a remark in brackets too
_RANGE = lazy_re(r"\d\s*(?:-|–|—|to)\s*\d")


def instructs(texts: list[str]) -> bool:
    """Whether a story's part texts tell the reader how to answer rather than tell a story: no sentence of any part
    tells what happened, and most of them instruct (open with a verb of doing or speak to "you"). What follows an
    example label alone on its line ("**Example:**" over a quoted sample) is the guide's sample of the part: not
    read."""
    sentences = []
    for text in texts:
        for raw in text.split("\n"):
            if _EXAMPLE_LABEL.match(plain_words(raw).strip()):
                break  # "**Example:**" alone on its line: the rest of the part is the guide's sample of it
            if line := _BULLET.sub("", plain_words(raw)).strip():
                for sentence in (s.strip() for s in sentence_split(line) if s.strip()):
                    if tells(sentence):
                        return False  # one sentence that tells what happened: a story
                    sentences.append(sentence)
    return bool(sentences) and sum(1 for s in sentences if _DOING.match(s) or to_you(s)) * 2 > len(sentences)


def tells(sentence: str) -> bool:
    """A sentence that tells what happened: "I paged the team", "Moved the export to Sunday". Examples given in
    brackets (``Name the source (e.g., "my manager")``) are the guide's, not the teller's: not read."""
    if "(" in sentence:
        sentence = _EXAMPLE_ASIDE.sub(" ", sentence)
    return bool(first_person(sentence) and in_past(sentence) or _PAST_OPENER.match(sentence))


_EXAMPLE_ASIDE = lazy_re(r"\(\s*(?:e\.\s?g\.|i\.\s?e\.|for example|for instance|such as)[^()]*\)", re.IGNORECASE)


def paced(pieces: list[Piece]) -> bool:
    """Whether a unit's STAR parts are all timings ("Situation/Task: 30 seconds", "Action: 60-90 seconds")."""
    found = False
    for piece in pieces:
        if piece.slot in STAR_SLOTS and (text := piece.rest or piece_text(piece)):  # the label's line, when it has one
            if not is_timing(text):
                return False  # the first part that tells more than a timing settles it
            found = True
    return found


def pacing_tips(pieces: list[Piece]) -> None:
    """Each timing part becomes a tip that keeps its label ("Action: 60-90 seconds")."""
    for piece in pieces:
        if piece.slot in STAR_SLOTS and piece_text(piece):
            piece.rest, piece.blocks = f"{clean_title(piece.label).rstrip(':')}: {piece_text(piece)}", []
            piece.slot = "tips"


def paces(line: str) -> bool:
    """A line that only says how long to spend on a part ("Time: 10-15% of answer", "~2 minutes"): pacing advice."""
    return is_timing(line) or ":" in line and is_timing(line.partition(":")[2])


def is_timing(text: str) -> bool:
    """Whether a part's whole text is how long to spend on it ("60-90 seconds", "20%", "1-2"), not a story."""
    flat = " ".join(_BULLET.sub("", plain_words(text)).split()).strip("()")
    match = _TIMING.match(flat)
    return bool(match) and (not flat[-1].isdigit() or bool(_RANGE.search(flat)))


# "(2-3 sentences)", "(detailed, 4-5 bullet points)", "(one line)" closing a part: how much to write there
_SIZED = lazy_re(r"\((?:[^()]*[,;]\s*)?(?:about |around |roughly |~)?(?:\d+(?:\s*(?:-|–|—|to)\s*\d+)?|one|two|three"
                 r"|four|five)\s*(?:sentences?|bullets?(?: points?)?|bullet points?|lines?|words?|paragraphs?|points?)\)"
                 r"\s*\.?$", re.IGNORECASE)


def sized_guide(texts: list[str]) -> bool:
    """Whether two or more parts each are one line ending in how much to write there ("Org-level context (2-3
    sentences)", "What you did (detailed, 4-5 bullet points)"): a key to the parts, not a story."""
    lines = [t.strip() for t in texts if t.strip()]
    return len(lines) >= 2 and all("\n" not in t and _SIZED.search(plain_words(t)) for t in lines)


def is_sized(text: str) -> bool:
    """Whether ``text`` ends in how much to write there ("Set the scene (2-3 sentences)")."""
    return bool(_SIZED.search(plain_words(text.strip())))
