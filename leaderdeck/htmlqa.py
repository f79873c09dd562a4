"""Questions and answers a saved web page marks by their class.

A page of questions and answers often says which is which only in its markup: ``<p class="question">Expected
Salary</p>`` then ``<p class="answer">...</p>`` (also ``faq-question`` / ``faq-answer``, ``qa__question``...).
Turned into Markdown, the class would be lost and a question that does not end asking would read as more of the
answer above it. When a page marks both, each marked question is written as a ``Q:`` line and each marked answer
opens with ``A:``, which the importer reads as a question and its answer however the question is worded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lazyre import lazy_re

if TYPE_CHECKING:  # BeautifulSoup is imported by htmlmd alone, which hands its pages to this module
    from .htmlmd import Tag

# A class naming a question or an answer: the word alone or the last part of a compound ("faq-question")
_QUESTION = lazy_re(r"^(?:[\w-]*[-_])?questions?$", re.IGNORECASE)
_ANSWER = lazy_re(r"^(?:[\w-]*[-_])?answers?$", re.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def label_marked(soup: Tag) -> bool:
    """Write each question and answer ``soup`` marks by class as a ``Q:`` line and an ``A:`` block (see the module
    docstring); a page that does not mark both is left as it is. Whether it marks them."""
    questions = _marked(soup, _QUESTION)
    answers = _marked(soup, _ANSWER)
    if not questions or not answers:
        return False
    for element in questions:
        if element.name in _HEADINGS:
            element.name = "p"  # a question heading: a line of its own, labelled
        element.insert(0, "Q: ")
    for element in answers:
        element.insert(0, "A: ")
    return True


def _marked(soup: Tag, pattern: re.Pattern[str]) -> list[Tag]:
    """The elements of ``soup`` with a class ``pattern`` matches that hold no other marked element (a container
    of a question and its answer is neither)."""
    found = [tag for tag in soup.find_all(True) if any(pattern.match(name) for name in _classes(tag))]
    return [tag for tag in found if not tag.find(lambda inner: inner is not tag and _is_marked(inner))]


def _is_marked(tag: Tag) -> bool:
    return any(_QUESTION.match(name) or _ANSWER.match(name) for name in _classes(tag))


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return value.split() if isinstance(value, str) else list(value)
