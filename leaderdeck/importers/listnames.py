"""The names a one-line list of competencies holds, without splitting a name at its own punctuation.

A list is written with one separator: ``Ownership, Bias for Action, Think Big`` or ``Ownership; Dive Deep``.
Where both commas and semicolons occur, the one used more often separates the names, and the other is inside a
name (``Ownership, Have Backbone; Disagree & Commit, Think Big`` lists three). An entry that cannot stand as a
name on its own, opening with an article or a conjunction (``A Lot`` of ``Are Right, A Lot``), is the end of the
name before it. A bar, a middle dot or a bullet (``Hiring · Mentoring``) separates names always, and a separator inside quotation marks is the name's own.
"""

from __future__ import annotations

from ..lazyre import lazy_re

# an entry between separators: a comma or semicolon inside quotation marks is the name's own
_BY_COMMA = lazy_re(r"(?:\"[^\"]*\"|“[^”]*”|[^,|·•\"“]|[\"“])+")
_BY_SEMICOLON = lazy_re(r"(?:\"[^\"]*\"|“[^”]*”|[^;|·•\"“]|[\"“])+")
# "A Lot", "and Be Curious", "the Highest Standards": no name opens so, the rest of the name before it
_TAIL = lazy_re(r"^\s*(?i:a|an|the|and|or|nor|but|of)\s")


def list_names(text: str) -> list[str]:
    """The entries of the list ``text``, each a name (see the module), with their surrounding spaces."""
    pattern = _BY_SEMICOLON if text.count(";") > text.count(",") else _BY_COMMA
    names: list[str] = []
    end = -1
    for match in pattern.finditer(text):
        if names and _TAIL.match(match.group()) and text[end:match.start()].strip() in (",", ";"):
            names[-1] = names[-1] + text[end:match.end()]
        else:
            names.append(match.group())
        end = match.end()
    return names
