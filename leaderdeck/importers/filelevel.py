"""The level words of a file name that name the role the document is for, not part of another name.

A saved file's name joins where it came from and what it is (``owner__repo__file``), and a project's name may hold
a role word (``open-ceo``, ``awesome-cto``): no document about that role. A level word counts when it opens a
part of the name (``vp-interview-questions``), follows a number (``15_EnggManager_QA``) or a word of a role's own
title or a linking word (``software-engineering-manager``, ``for-staff``), or is followed by a word naming
interview material (``acme-em-prep``); after any other word it is the tail of another name and is set aside. A
grade's code (``e6_notes``, ``l5-prep``) names no level in a file name: ``e5_`` numbers an exercise or a draft as
often as a grade, and a name that is about a level says so in a word.
"""

from __future__ import annotations


from ..taxonomy import Taxonomy
from ..lazyre import lazy_re

_CAMEL = lazy_re(r"(?<=[a-z])(?=[A-Z])|[_\-.\s]+")
_WORD = lazy_re(r"[a-z0-9&]+")
# a grade's code, a letter or two and a number ("e6", "l5"): in a file name, as often an exercise's or a lesson's
_CODE = lazy_re(r"^[a-z]{1,2}\d{1,2}$")
# words that may stand before a role's title and keep it a role: linking words and how new or aspiring it is
_LINKS = frozenset("a an the for as of to and or vs versus new first aspiring future becoming become".split())
# words naming interview material: "em-prep", "cto-interview-questions"
_MATERIAL = frozenset("""interview interviews interviewing question questions qa q prep preparation behavioral
behavioural round rounds loop loops screen screens story stories answers guide notes bank faq handbook""".split())


def file_name_label(stem: str, taxonomy: Taxonomy) -> str:
    """The words of the file name ``stem``, its parts (``__``) apart, with each level word that is part of another
    name blanked (``yamz8__open-ceo__behavioral-questions`` -> ``yamz8 · open · behavioral questions``)."""
    aliases = [tuple(_WORD.findall(alias.casefold())) for alias, _ in taxonomy.aliases]
    title_words = {word for alias in aliases for word in alias} | _LINKS
    parts = []
    for part in stem.split("__"):
        words = [w for w in _CAMEL.split(part) if w]
        lowered = [w.casefold() for w in words]
        spans = [(i, i + len(alias)) for alias in aliases if alias for i in range(len(lowered))
                 if tuple(lowered[i:i + len(alias)]) == alias]
        named = [span for span in spans if not _CODE.match(" ".join(lowered[span[0]:span[1]]))]
        kept = [span for span in named if _names_role(lowered, *span, title_words)]
        kept += [span for span in named if any(start < span[1] and span[0] < end for start, end in kept)]
        parts.append(" ".join("·" if _covered(i, spans) and not _covered(i, kept) else w
                              for i, w in enumerate(words)))
    return " · ".join(parts)


def _names_role(words: list[str], start: int, end: int, title_words: set[str]) -> bool:
    """Whether the role title at ``words[start:end]`` opens the part, follows a number or a word of a title or
    link, or comes before a word naming interview material."""
    before = words[start - 1] if start else ""
    after = words[end] if end < len(words) else ""
    return not before or any(c.isdigit() for c in before) or before in title_words or after in _MATERIAL


def _covered(index: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in spans)
