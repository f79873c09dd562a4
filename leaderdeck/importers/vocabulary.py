"""The compiled patterns of a vocabulary of labels: each slot's words, matched against a whole label.

A vocabulary (:mod:`.labels`, :mod:`.spanishlabels`, :mod:`.cjklabels`) gives for each slot a regular expression
over a whole normalised label, written with plain brackets to stay readable: ``(the )?situation``. A label is only
ever asked whether it matches one, never what a group caught, and a capturing group costs the engine work at each
try (marking where the group opened and closed, and undoing that as it backtracks): about two fifths of the work of
trying a label that matches none of the thirty English patterns. So :func:`vocabulary_patterns` compiles each one
with its groups non-capturing (``(?:the )?situation``), which matches exactly the labels it matched.

A label's slot is that of the first pattern it matches, and most labels (a bank's story headings) match none, so
each pattern would be tried in turn for each of them: :class:`Vocabulary` tries them as one alternation instead, each
in a group of its own, in their order. The engine tries an alternation's branches in order and takes the first that
matches the whole label (``$`` failing after one branch makes it try the next), so the group that matched is the
first pattern that matches: one call, where trying them in turn costs a call for each.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re


def vocabulary_patterns(vocabulary: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(slot, pattern)`` for each ``(slot, source)`` of ``vocabulary``: the source matched against a whole label,
    its groups capturing nothing (see the module)."""
    return tuple((name, lazy_re(rf"^(?:{uncaptured(source)})$")) for name, source in vocabulary)


def uncaptured(source: str) -> str:
    """``source`` with each capturing group made non-capturing: a ``(`` that opens a group (not escaped as ``\\(``,
    not inside a character class such as ``[(]``, not an extension already such as ``(?:`` or ``(?!``) becomes
    ``(?:``. Only for a pattern with no back-reference to a group by number."""
    out: list[str] = []
    at, in_class = 0, False
    while at < len(source):
        char = source[at]
        if char == "\\":  # an escape, in a class or not: two characters taken as they are
            out.append(source[at:at + 2])
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            opening = at + 1 + source.startswith("^", at + 1)  # "[^" opens a negated class
            if source.startswith("]", opening):  # a "]" first in the class is one of its characters
                opening += 1
            out.append(source[at:opening])
            at = opening
            continue
        elif char == "(" and not source.startswith("?", at + 1):
            char = "(?:"
        out.append(char)
        at += 1
    return "".join(out)



class Vocabulary:
    """A vocabulary's sources tried as one pattern over a whole normalised label, each in a group of its own in
    their order (see the module); its sources hold no group of their own once :func:`uncaptured`."""

    __slots__ = ("_slots", "_pattern")

    def __init__(self, vocabulary: tuple[tuple[str, str], ...]) -> None:
        self._slots = tuple(name for name, _ in vocabulary)
        self._pattern = lazy_re("^(?:" + "|".join(f"({uncaptured(source)})" for _, source in vocabulary) + ")$")

    def first_slot(self, label: str) -> str | None:
        """The slot of the first source that matches the whole of ``label``; ``None`` when none does."""
        match = self._pattern.match(label)
        return None if match is None else self._slots[match.lastindex - 1]  # type: ignore[operator]
