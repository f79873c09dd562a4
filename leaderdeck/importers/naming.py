"""A sentence that speaks of a question it quotes: ``Imagine two responses to the stock interview question "Tell
me about yourself."``, ``Take another common question: "Why do you want to work here?"``. Its words are about
the question (advice on answering it, an example to come), not a question put to the reader."""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# the words before the quotation end with "question" (or "questions"), a colon or dash between them at most
_NAMING = lazy_re(r"^(?P<lead>[^\"“”]{3,200}?)\bquestions?\s*[:,–—-]?\s*[\"“](?P<quoted>[^\"“”]{3,300})[\"”]"
                  r"[\s.!?？﹖)]*$", re.IGNORECASE)
_ASKING = lazy_re(r"\bask(?:s|ed|ing)?\b|\binterviewers? (?:will|may|might|often|usually)\b", re.IGNORECASE)


def names_question(sentence: str) -> bool:
    """``sentence`` (plain words) quotes a question right after the word "question", the words before it a
    sentence of three words or more, mostly in lower case (not a label, "Sample question:"), that does not say the
    quotation is asked ("The panel asks the question ...")."""
    if "\"" not in sentence and "“" not in sentence:
        return False  # no quotation: a quick look spares the pattern
    match = _NAMING.match(sentence.strip())
    if match is None or _ASKING.search(match["lead"]):
        return False
    lead = match["lead"].split()
    return len(lead) >= 3 and sum(w[:1].islower() for w in lead[1:]) * 2 > len(lead) - 1
