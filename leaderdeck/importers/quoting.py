"""Double quotes that wrap what a line says: a whole answer in one pair of quotes, and advice that quotes the
words to say ("When they probe, offer a choice: "Which part interests you?"")."""

from __future__ import annotations

import re

_WRAPPED = re.compile(r"^\s*(?:\"(?P<straight>[^\"“”]+)\"|“(?P<curly>[^\"“”]+)”)\s*$", re.DOTALL)
# a sentence that gives words to say after a colon: its question mark is the quotation's, not the sentence's
_QUOTED_ASIDE = re.compile(r"^([^:\"“”?？﹖]+):\s*[\"“][^\"“”]*[?？﹖][^\"“”]*[\"”]\W*$")
_ASK_VERB = re.compile(r"\b(?:asks?|asked|asking|questions?|probes?|wonder)\W*$", re.IGNORECASE)


def inside_quotes(text: str) -> str:
    """What one pair of double quotes around the whole of ``text`` holds, with no other double quote in it; ``""``
    when the quotes do not wrap it all."""
    match = _WRAPPED.match(text)
    return (match.group("straight") or match.group("curly") or "").strip() if match else ""


def quotes_advice(line: str) -> bool:
    """A line whose only question is quoted after a colon, the words before it advice to the teller: a sentence of
    four words or more, mostly in lower case (not a title, "Leadership Principle - Ownership"), that does not say
    the quotation is asked ("The panel will often ask")."""
    aside = _QUOTED_ASIDE.match(line)
    if aside is None:
        return False
    lead = aside.group(1)
    tail = lead.split()[1:]
    return len(tail) >= 3 and sum(w[:1].islower() for w in tail) * 2 > len(tail) and not _ASK_VERB.search(lead)
