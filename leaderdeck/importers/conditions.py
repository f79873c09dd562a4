"""A first-person statement that opens with a condition ("When the team is stretched, I cut scope."): what the
teller does when something happens, an answer however much it opens like a question ("When ... is ..."). Advice
that opens with a condition on "you" and asks nothing ("If you have no exact numbers, approximate honestly.") is
no question either. Nor is a condition on something else followed by a statement ("When a startup is a few
people, management can wait."), or by nothing at all: the first line of a wrapped sentence ending on its comma."""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# "When there are conflicts, I always step up.": a condition, then what the teller does; a statement, not a question
_TOLD_IF = lazy_re(r"^(?:when|whenever|if|once|where)\b[^.?!:;]{1,200}?,\s*(?:i|we|my|our)\b(?!\s*\w*\?)[^?]*$",
                   re.IGNORECASE)
# "When I was at the clinic there was a situation ...": a time told by the teller as its subject, asking nothing
_TOLD_WHEN = lazy_re(r"^(?:when|whenever|while|once)\s+(?:i|we)\b[^?？﹖]*$", re.IGNORECASE)
# "If you have no exact numbers, approximate honestly.": a condition on the reader, then what to do, no question
_ADVISED_IF = lazy_re(r"^(?:when|whenever|if|once)\s+you\b[^?？﹖]*$", re.IGNORECASE)
# what a condition may hold without ending its sentence: an aside in brackets ("(e.g., a reorg)"), an abbreviation
_ASIDE = lazy_re(r"\s*\([^()]{0,200}\)")
_ABBREVIATION = lazy_re(r"\b(?:e\.g|i\.e|etc|vs|cf|approx|incl)\.", re.IGNORECASE)


def tells_condition(sentence: str) -> bool:
    """``sentence`` (plain words) opens with a condition and goes on as "I"/"we" ("When the team is under pressure
    (e.g., layoffs), I rely on focus."), its asides and abbreviations not ending the condition; or opens with a
    time whose subject is the teller and asks nothing ("When I was at the clinic there was a situation ...")."""
    return bool(_TOLD_IF.match(_ABBREVIATION.sub(" ", _ASIDE.sub("", sentence)))) or bool(_TOLD_WHEN.match(sentence))


def states_condition(sentence: str) -> bool:
    """``sentence`` opens with a condition and states, asking nothing: what the teller does when it holds
    (:func:`tells_condition`), or advice to "you" ("If you can, give numbers.")."""
    return tells_condition(sentence) or bool(_ADVISED_IF.match(sentence))


# "When your startup is small, nobody manages.": a condition on something other than the reader or the teller (a
# wh-word followed by its verb, "When was ...", asks instead), then what follows its comma, asking no question
_CONDITION = lazy_re(r"^(?:when|whenever|while|once|if)\s+(?!(?:you|i|we|was|is|are|were|did|do|does|have|has|had"
                     r"|would|could|should|can|will|might|must)\b)[^.?!:;,]{1,200},\s*(?P<rest>[^?？﹖]*)$",
                     re.IGNORECASE)


def condition_rest(sentence: str) -> str | None:
    """What follows the comma of a condition that opens ``sentence`` (plain words, no question mark) on something
    other than "you" or the teller ("When a team is small, <rest>"); ``""`` when the sentence stops at the comma;
    ``None`` when it opens with no such condition."""
    if not sentence[:1] in "wWiIoO" or "," not in sentence:
        return None  # most sentences open otherwise or hold no comma: no need to look closer
    match = _CONDITION.match(sentence)
    return None if match is None else match["rest"].strip()
