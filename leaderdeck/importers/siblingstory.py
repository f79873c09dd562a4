"""A question section with no answer, then a section of its own telling one story with no question under a title
that only says it answers ("# Question 1" over the question, then "# Improved Version" over its Situation, Task,
Action and Result): the story told for that question, taking the question and no title.

A story with a name of its own ("# Platform Case Study: Halving the Build Time") after a question may be told
for another: it stays its own. Only one to one: a run of questions followed by a run of stories pairs nothing
(which story answers which is not said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .sections import is_story, tell_the_answer
from .unit import Unit

_REWRITE = frozenset("version improved revised rewritten better stronger polished final answer response".split())
_REWRITE_WORDS = _REWRITE | frozenset("a an the my your our answer story level principal staff senior "
                                      "manager director executive".split())


class _Holds(Protocol):
    units: list[Unit]


def pair_told(results: Sequence[_Holds]) -> None:
    """Each section of ``results`` (sibling sections in order) asking one question it does not answer, followed
    by a section telling one story without a question: the story is told for the question, which makes no note of
    its own."""
    asks = [_asks_alone(result.units) for result in results]  # read before any pairing changes them
    tells = [_tells_alone(result.units) for result in results]
    for index in range(len(results) - 1):
        if not (asks[index] and tells[index + 1]):
            continue
        if index > 0 and asks[index - 1] or index + 2 < len(results) and tells[index + 2]:
            continue  # questions, then stories: which answers which is not said
        ours, theirs = results[index].units, results[index + 1].units
        question, story = ours[0], theirs[0]
        if rewrite_title(story.title) and tell_the_answer(question, [story]):
            ours.remove(question)
            story.title = ""


def rewrite_title(title: str) -> bool:
    """Whether a story's title only says it is a rewrite of an answer ("Improved Version")."""
    words = set(re.findall(r"[a-z]+", title.casefold()))
    return bool(words & _REWRITE) and words <= _REWRITE_WORDS


def _asks_alone(units: list[Unit]) -> bool:
    return len(units) == 1 and bool(units[0].question) and not units[0].title


def _tells_alone(units: list[Unit]) -> bool:
    return len(units) == 1 and bool(units[0].title) and not units[0].question and is_story(units[0].slots())
