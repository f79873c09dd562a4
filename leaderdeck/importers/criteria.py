"""A framework's criteria, each a term and the question it puts (``1. **Reach** - Who is hurt if it waits?``).

    ## Triage Framework

    Show the order you weigh things in:

    1. **Reach** - Who is hurt if this waits a week?
    2. **Date** - Is the deadline set outside the team?
    3. **Blocking** - Does anyone else wait on this?

Under a heading that names a framework, method, model or matrix, a list (three items or more) whose every item is
a bold term, a dash or colon, then a question is the framework's criteria: the questions one asks oneself in
applying it, not interview questions. It is set aside whole, with what is nested in it. A bank's list of bold
themes over questions (``1. **Conflict** - Tell me about a time ...?``) under any other heading stays questions.
"""

from __future__ import annotations

from functools import lru_cache

from .blocks import Block, ITEM
from ..lazyre import lazy_re
from .text import is_question

_NAMES = frozenset({"framework", "frameworks", "method", "methods", "model", "models", "matrix", "approach",
                    "criteria", "heuristics", "rubric"})
_TERM = lazy_re(r"^\*\*(?P<term>[^*\n]{1,40}?)\*\*\s*(?:[-–—:]\s+|:\*\*\s*)(?P<rest>\S[^\n]*)$")
_TERM_WORDS = 4  # words of a criterion's term, at the most
_LEAST = 3  # criteria in the list, at the least


def criteria_at(blocks: list[Block], index: int, head: str) -> int:
    """How many blocks after ``blocks[index]`` are the rest of a framework's list of criteria that ``blocks[index]``
    opens under the heading ``head`` (0: none; see the module docstring)."""
    first = blocks[index]
    if first.kind is not ITEM or not _names_framework(head) \
            or index and blocks[index - 1].kind is ITEM and blocks[index - 1].indent >= first.indent:
        return 0
    items = [first]
    for block in blocks[index + 1:]:
        if block.kind is not ITEM or block.indent < first.indent:
            break
        items.append(block)
    top = [b for b in items if b.indent == first.indent]
    if len(top) < _LEAST or not all(_criterion(b) for b in top):
        return 0
    return len(items) - 1


@lru_cache(maxsize=4096)
def _names_framework(head: str) -> bool:
    """``head`` names a framework by its last word ("Prioritization Framework", "The Eisenhower Matrix")."""
    named = head.strip(" *_:#").split()
    return bool(named) and named[-1].strip("*_:.").casefold() in _NAMES


def _criterion(item: Block) -> bool:
    """``item`` is a bold term of a few words, then a question (``**Reach** - Who is hurt ...?``)."""
    found = _TERM.match(item.text.split("\n", 1)[0].strip())
    return found is not None and len(found["term"].split()) <= _TERM_WORDS and is_question(found["rest"])
