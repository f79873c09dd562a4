"""Which topic of the taxonomy a mistyped ``topic:`` probably means.

Tried in order: the name or slug written in another case or with other
punctuation ('org design'), a keyword of one topic ('Reorgs' is the plural of
the keyword 'reorg' of Org Design & Scaling), then the closest name, slug or
keyword by spelling ('Hirring'). A word that is a keyword of several topics
points at none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Topic

CLOSE = 0.75  # difflib ratio from which a spelling counts as a slip


def guess_topic(text: str, topics: Iterable[Topic]) -> Topic | None:
    topics = tuple(topics)
    wanted = _compact(text)
    if not wanted:
        return None
    by_name = {_compact(form): t for t in topics for form in (t.name, t.slug)}
    if wanted in by_name:
        return by_name[wanted]
    keyword_topics = {t for t in topics for k in t.keywords if _stem(_compact(k)) == _stem(wanted)}
    if len(keyword_topics) == 1:
        return keyword_topics.pop()
    import difflib  # here: only a topic written with a slip needs it

    spellings = by_name | _unique_keywords(topics)
    close = difflib.get_close_matches(wanted, list(spellings), n=1, cutoff=CLOSE)
    return spellings[close[0]] if close else None


def _unique_keywords(topics: tuple[Topic, ...]) -> dict[str, Topic]:
    owners: dict[str, set[Topic]] = {}
    for topic in topics:
        for keyword in topic.keywords:
            owners.setdefault(_compact(keyword), set()).add(topic)
    return {k: next(iter(ts)) for k, ts in owners.items() if len(ts) == 1}


def _compact(text: str) -> str:
    """Lower case, '&' read as 'and', letters and digits only: 'Org-Design' -> 'orgdesign'."""
    return re.sub(r"[^a-z0-9]+", "", text.casefold().replace("&", "and"))


def _stem(word: str) -> str:
    """A plural's singular, roughly: 'reorgs' -> 'reorg', 'policies' -> 'policy'."""
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    return word
