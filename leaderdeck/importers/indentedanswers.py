"""Plain text: numbered prompts at the margin, each with its answer indented under it, however deep.

Notes typed in a plain editor often number the prompts and indent each answer under its own, a tab or six spaces
in, with no mark of its own::

    1) worst outage
          The billing queue stalled for an hour on a bad deploy.
          I rolled back and added a canary stage.

    2) Why this team?
          I want to work on the tools other teams stand on.

The prompt need not ask: a quick typist jots the topic to speak about (``worst outage``). Read line by line, the
indented lines were items nested under the numbered one, an outline, and a prompt that does not ask was no
question. When two or more numbered lines at the margin have such an answer right under them (an unmarked
indented line of a few words or more, not a label over a list nor a labelled field such as ``Question: ...``
or ``S - ...``, as under a story's numbered title), and they are half or more of the document's
numbered lines at the margin, each of them is a question and its indented lines its answer. A numbered line that
names a section (``1. First month:``), holds a sentence of its own, or is told as I, is no prompt; an outline
whose indented lines are short points (``    Python``) is no such file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .labels import slot
from .text import is_question
from .voice import first_person
from ..lazyre import lazy_re

_MIN_PROMPTS = 2
_MAX_WORDS = 10
_MAX_CHARS = 70
_MIN_ANSWER_WORDS = 4  # an answer's first line is a few words at least: "Python" under "1) Stack" is a point
_INNER_END = lazy_re(r"[.!;。！；](?=\s+\S)")  # a sentence's end before the line's own end


def indented_answers(lines: Sequence[str], numbered: Callable[[str], re.Match[str] | None],
                     marked: Callable[[str], bool], labelled: Callable[[str], bool]) -> frozenset[int]:
    """The indexes of the numbered lines of ``lines`` whose answer is indented under them (see the module), or none.
    ``numbered(line)``: the match of a numbered line (its ``pad`` and ``text``); ``marked(line)``: the line opens
    with a list mark; ``labelled(text)``: the stripped text opens with a ``Label:`` (a story's fields under its
    numbered title: ``   Question: ...``, ``   S - ...``)."""
    found: list[int] = []
    for index, line in enumerate(lines):  # the cheap looks first: a digit at the margin, an indented line under it
        if not line[:1].isdigit() or index + 1 >= len(lines) or not (below := lines[index + 1])[:1].isspace():
            continue
        if (match := numbered(line)) is not None and not match.group("pad") and _answer_line(below.strip()) \
                and not marked(below) and _prompt(match.group("text").strip()) and not labelled(below.strip()):
            found.append(index)
    if len(found) < _MIN_PROMPTS:
        return frozenset()
    total = sum(1 for line in lines if line[:1].isdigit() and (match := numbered(line)) and not match.group("pad"))
    return frozenset(found) if 2 * len(found) >= total else frozenset()


def _answer_line(text: str) -> bool:
    """A line that could open an answer: a few words, not a label over what follows (``Examples:``)."""
    return len(text.split()) >= _MIN_ANSWER_WORDS and not text.endswith((":", "："))


def _prompt(text: str) -> bool:
    """A numbered line's text that could be a prompt: it asks, or it is short, one phrase, no label, not told as I."""
    if is_question(text):
        return True
    return 0 < len(text) <= _MAX_CHARS and len(text.split()) <= _MAX_WORDS and not text.endswith((":", "：", "."))\
        and not _INNER_END.search(text) and not first_person(text) and slot(text) is None
