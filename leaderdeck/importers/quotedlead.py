"""A question quoted at the opening of a paragraph, then a dash and coaching on it.

A coaching page may put each question under a topic heading that does not ask (``### Ownership``) and open a
paragraph with it, in double quotes, going on after a dash with what to show::

    "Tell me about a time you fixed something nobody owned" — show the scope you took on.

The quoted words are the question (however they end: a request to "me" or about "a time" asks too); the words after
the dash are not its answer but what the question looks for (its signals, when they speak of the interviewer or of
the candidate) or advice to the reader (its tips). Text told as I after the dash is the start of its answer. A quoted
remark that does not ask (``"I'll rewrite it myself" — the hero move``) is not a question. A quoted question set
in bold (``**"Tell me about a failure."** Pick a real one ...``) needs no dash: the bold closes it.
"""

from __future__ import annotations

from .commentary import interviewer_remark
from .text import is_question, only_questions
from .voice import as_i, first_person
from ..lazyre import lazy_re

_LEAD = lazy_re(r"^[\"“](?P<asked>[^\"“”\n]{8,300}?)[\"”][.,]?[ \t]+(?:—|–|--?)[ \t]+(?P<said>\S.*)$")
# '**"Tell me about a failure."** Pick a real one ...': the quoted question set in bold, no dash needed after it
_BOLD_LEAD = lazy_re(r"^(\*\*|__)[\"“](?P<asked>[^\"“”\n*_]{8,300}?)[\"”][.,]?\1[.,:]?[ \t]+"
                     r"(?:(?:—|–|--?)[ \t]+)?(?P<said>\S.*)$")


_BOLD_QUOTES = frozenset({'**"', "**“", '__"', "__“"})


def quoted_lead(line: str) -> tuple[str, str] | None:
    """``(question, words after the dash)`` of a line opening with a quoted question then a dash (see the module
    docstring); ``None`` otherwise."""
    line = line.strip()
    match = _LEAD.match(line) if line.startswith(("\"", "“")) else None  # most lines open with no quote
    if match is None and line[:3] in _BOLD_QUOTES:
        match = _BOLD_LEAD.match(line)
    if match is None:
        return None
    asked, said = match["asked"].strip(), match["said"].strip()
    if not is_question(asked) or only_questions(said):
        return None
    return asked, said


def bold_quoted(line: str) -> tuple[str, str] | None:
    """``(quoted words, words after them)`` of a line opening with words quoted in bold (``**"Influence without
    authority."** The gold-standard story ...``), whether the words ask or not: for a line already read as a prompt
    of its list, its prompt and the coaching on it."""
    line = line.strip()
    match = _BOLD_LEAD.match(line) if line[:3] in _BOLD_QUOTES else None
    return (match["asked"].strip(), match["said"].strip()) if match else None


def coaching_slot(said: str) -> str:
    """Where the words after a quoted question's dash go: ``"answer"`` when told as I or we from their first
    sentence, ``"signals"`` when they speak of what the interviewer looks for, else ``"tips"``."""
    opening = said.split(".", 1)[0]
    if as_i(opening) or first_person(opening):
        return "answer"
    return "signals" if interviewer_remark(said) else "tips"
