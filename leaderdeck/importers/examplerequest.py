"""A request for an example closing a question: ``How do you decide which alerts to keep? Give a specific
example.``, ``What did you change afterwards? Be specific.``.

An interviewer often follows the question with a short order to make the answer concrete. The order speaks to
no one by name (no "me", unlike "Tell me about ..."), so it does not open as a prompt; it still belongs to the
question before it. The sentence decides: a few words that open with a verb of giving or being (``give``,
``share``, ``provide``, ``use``, ``include``, ``be``) and name what is asked for (an example, an instance, a
story, specifics, details), never told as I.
"""

from __future__ import annotations

import re

from .voice import first_person
from ..lazyre import lazy_re

_MAX_WORDS = 6
_ORDER = lazy_re(r"^(?:please,? )?(?:give|share|provide|offer|use|include|cite|name|pick|be)\b", re.IGNORECASE)
_CONCRETE = lazy_re(r"\b(?:examples?|instances?|stor(?:y|ies)|specifics?|specifically|concrete|details?"
                    r"|detailed|numbers|cases?)\b", re.IGNORECASE)
_CLOSE = lazy_re(r"[.!]?[\"”’)]*$")


def asks_for_example(sentence: str) -> bool:
    """``sentence`` is a short order for a concrete example, said after a question (see the module docstring)."""
    text = _CLOSE.sub("", " ".join(sentence.split()))
    return 0 < len(text.split()) <= _MAX_WORDS and bool(_ORDER.match(text)) and bool(_CONCRETE.search(text)) \
        and not first_person(text)
