"""A question answered only by the name of a story to tell, and a story's name written as a reminder to tell it.

A prep list often puts a story's name under a question that asks for an instance, as a reminder of what to tell
("Tell me about a time you helped a peer." over "Flaky tests in the billing service"). That line is no answer:
it names the story, like a ``Story: name`` line, so the question becomes a draft story of that name. Only a line
shaped like a title counts: one line of two to eight words, opening with a capital or a digit, no sentence
punctuation, no one speaking (I, we, you), not a terse note of what was done ("Fixed the flaky tests"), not a
yes or no ("Yes twice") and not a slot marked to fill in ("Fill in later"). A question that asks for no instance
("What languages do you use?") keeps such a line as its short answer ("Python and Go").

A story's name may itself be written as such a reminder, set apart in brackets or ending on "story": ``[Use the
queue migration story]``, ``(tell my pricing example)``, ``Use the on-call rota story``. The name is the words it
points at (``Queue migration``), never the reminder.
"""

from __future__ import annotations

import re

from .content import piece_text
from .placeholders import is_placeholder
from .unit import Piece, Unit
from .voice import first_person, in_past, to_you
from .wordgate import gated_search
from ..lazyre import lazy_re

# what asks for one instance to tell: "a time", "times when", "an example of", "one situation", "a story about"
# (the lookahead names the letters they open with, so the search skips the others quickly)
_INSTANCE = lazy_re(r"(?=[aot])(?:\b(?:an?|one|the) (?:time|example|instance|situation|occasion|moment|story)\b"
                    r"|\btimes? (?:when|where|that)\b)", re.IGNORECASE)
# a word every match of :data:`_INSTANCE` holds, in lower case
_INSTANCE_WORDS = ("time", "example", "instance", "situation", "occasion", "moment", "story")
_SENTENCE = lazy_re(r"[.!?;:,…]\s|[.!?;:,…]$|`|\]\(|https?:|\*\*")
# "[Use the queue migration story]", "Tell my pricing example", "(see: the rota story)": the story pointed at
_REMINDER = lazy_re(r"^(?P<open>[\[(])?\s*(?:re-?)?(?:use|tell|see)\b:?\s+(?:the |my |our |this )?"
                    r"(?!(?:me|us|about)\b)(?P<name>[^\s?].*?)(?P<story>\s+(?:story|example|one))?\s*(?(open)[\])])$",
                    re.IGNORECASE)
_NOT_NAME = frozenset("yes no not never always maybe sometimes none n/a nothing both neither".split())


def _asks_instance(question: str) -> bool:
    """Whether ``question`` asks for one instance to tell (:data:`_INSTANCE`), searched only where a word every such
    ask holds is ("time", "example", ...; most questions asking how hold none)."""
    return gated_search(_INSTANCE, _INSTANCE_WORDS, question)


def story_pointer(question: str, text: str) -> bool:
    """``text``, the whole answer to ``question``, only names a story to tell (see the module's docstring)."""
    line = text.strip()
    if not line or "\n" in line or not (line[0].isupper() or line[0].isdigit()) or _SENTENCE.search(line):
        return False
    words = line.split()
    return 2 <= len(words) <= 8 and words[0].casefold() not in _NOT_NAME and not in_past(words[0].casefold()) \
        and not first_person(line) and not to_you(line) and _asks_instance(question) \
        and not is_placeholder(line)


def pointed_story(unit: Unit, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without the one line naming the story the unit's question is answered by, that line then the
    unit's story title; ``pieces`` as they were when the unit has any other answer, a title or sections."""
    if unit.title or unit.sections or not unit.question.strip() or not _asks_instance(unit.question):
        return pieces  # the question asks for an instance: checked first, most do not
    told = [(p, text) for p in pieces if p.slot in (None, "answer") and (text := piece_text(p).strip())]
    if len(told) != 1 or told[0][0].slot == "answer" and told[0][0].label or not story_pointer(unit.question,
                                                                                               told[0][1]):
        return pieces
    unit.title, unit.story = told[0][1], True
    return [p for p in pieces if p is not told[0][0]]


def reminded_name(name: str) -> str:
    """The story's name a title written as a reminder to tell it gives (``[Use the queue migration story]``:
    ``Queue migration``); ``name`` itself when it is no such reminder (one in neither brackets nor ending on "story"
    or "example", ``Use feature flags``, names what it says)."""
    found = _REMINDER.match(name.strip())
    if found is None or not (found["open"] or found["story"]):
        return name
    pointed = found["name"].strip()
    return pointed[:1].upper() + pointed[1:]
