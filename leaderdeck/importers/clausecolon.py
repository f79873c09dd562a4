"""A colon that ends a clause of prose, not a label: ``I sort the requests into three bins: urgent, ...``,
``Trust is the currency: ...``, ``With new hires, the rule is simple: ...``.

A label is a short noun phrase (``Result:``, ``My role:``, ``Lessons learned:``); an answer often opens with a
sentence whose first clause ends in a colon, and that clause is the answer's own words, not a label over the rest.
Before a colon, words that are not one of our labels read as such a clause when they open with a subject
pronoun (``I``, ``We``, ``They``) or hold a form of *to be* after their first word (``Preparation is key``),
unless they open with a question word (``What is tested``, ``Why it matters``: a label's own phrasing). The
clause goes on after its colon on the same line; words ending their line at the colon (``They may ask:`` over a
list) introduce what follows, as a label does.
"""

from __future__ import annotations

_SUBJECTS = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "we", "we're", "we’re", "we've", "we’ve",
                       "you", "they", "he", "she"})
_COPULAS = frozenset({"is", "are", "was", "were", "am", "it's", "it’s", "that's", "that’s", "here's", "here’s",
                      "there's", "there’s"})
_ASKING = frozenset({"what", "why", "how", "when", "where", "who", "which", "whom", "whose"})
_EDGES = "\"'“”‘’*_()[],.;!"


def reads_as_clause(label: str) -> bool:
    """Whether ``label`` (the words before a line's colon) is a clause of prose rather than a label's name."""
    if " " not in label:
        return False  # one word ("Result", "Note") names
    words = [word.strip(_EDGES).casefold() for word in label.split()]
    if not words[0] or words[0] in _ASKING:
        return False
    return words[0] in _SUBJECTS or any(word in _COPULAS for word in words[1:])
