"""STAR parts that tell no story: a framework whose parts instruct ("Set the context", "Explain your role").

It is decided by the parts' text, not by a heading's words. Parts instruct when most of their lines (a list's
items, a paragraph's sentences) open with a verb telling the reader what to do or speak to "you", and no line
tells what happened (the first person in the past, or a line opening with a past verb as terse notes do).
"""

from __future__ import annotations

import re

from .text import plain_words, sentence_split
from .voice import first_person, in_past, to_you

# the verbs a framework's lines open with ("Set the context", "Connect it to the role"); "what"/"how" ask the reader
_DOING = re.compile(
    r"^(?:set|define|detail|quantify|describe|explain|share|give|state|list|include|mention|highlight|show|focus"
    r"|use|outline|summari[sz]e|provide|talk|tell|walk|discuss|identify|demonstrate|emphasi[sz]e|keep|avoid|be"
    r"|start|end|begin|add|write|note|name|pick|choose|clarify|connect|tie|link|frame|close|finish|conclude"
    r"|reflect|measure|remember|stay|make|spend|cover|specify|elaborate|present|illustrate|offer|lead|open"
    r"|sketch|say|paint|recap"
    r"|don'?t|do|never|always|what|how|why|which|who|when|where)\b", re.IGNORECASE)
_PAST_OPENER = re.compile(r"^[A-Za-z]+ed\b")  # "Paged the team", "Moved the job": a terse note of what was done
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")


def instructs(texts: list[str]) -> bool:
    """Whether a story's part texts tell the reader how to answer rather than tell a story: no sentence of any part
    tells what happened, and most of them instruct (open with a verb of doing or speak to "you")."""
    sentences = [s.strip() for text in texts for raw in text.split("\n")
                 if (line := _BULLET.sub("", plain_words(raw)).strip()) for s in sentence_split(line) if s.strip()]
    if not sentences or any(_tells(s) for s in sentences):
        return False
    return sum(1 for s in sentences if _DOING.match(s) or to_you(s)) * 2 > len(sentences)


def _tells(sentence: str) -> bool:
    """A sentence that tells what happened: "I paged the team", "Moved the export to Sunday"."""
    return bool(first_person(sentence) and in_past(sentence) or _PAST_OPENER.match(sentence))
