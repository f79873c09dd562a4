"""Plain text whose list lost its nesting: each question an item, its answer the items after it at the same depth.

A bank copied from a web page or typed in a plain editor keeps its bullets but not their indents: ``• Tell me
about a time you moved fast.``, then ``• The migration weekend``, ``• R: Plan the rollback first.``, then the next
question's item. Where items are nested, an item is never the answer to the one before it (it is the list's next
prompt); in a plain-text list of bullets (or of numbers) that asks in three items or more, where at least half the
questions are followed by items that do not ask, the items after a question are its answer. Items before the first
question head the list, and an item of the other kind right after the list (``2. Be Bold`` after bullets) ends
the last answer: it heads what follows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .blocks import Block, ITEM
from .questions import question_of

_LEAST_QUESTIONS = 3


@dataclass(frozen=True, slots=True)
class Flat:
    """The lines of the items that answer the question above them, and of those that end such a list."""

    answers: frozenset[int] = frozenset()
    ends: frozenset[int] = frozenset()


def flat_answers(blocks: Sequence[Block]) -> Flat:
    """The flat lists' answers and ends in ``blocks`` (see the module)."""
    answers: set[int] = set()
    ends: set[int] = set()
    run: list[Block] = []
    for block in [*blocks, None]:
        item = block is not None and block.kind is ITEM and block.plain
        if item and (not run or block.indent == run[0].indent and (block.number is None) == (run[0].number is None)):
            run.append(block)
            continue
        found = _answering(run)
        answers.update(found)
        if found and item and block.indent == run[0].indent:
            ends.add(block.line)
        run = [block] if item else []
    return Flat(frozenset(answers), frozenset(ends))


def _answering(run: list[Block]) -> list[int]:
    if len(run) < _LEAST_QUESTIONS + 1:
        return []
    asks = [question_of(block) is not None for block in run]
    if sum(asks) < _LEAST_QUESTIONS:
        return []
    first = asks.index(True)  # items before the first question: a heading or notes of the list's own, not answers
    run, asks = run[first:], asks[first:]
    answered = sum(1 for at, asked in enumerate(asks[:-1]) if asked and not asks[at + 1])
    if answered * 2 < sum(asks):
        return []  # mostly questions one after another: a list of questions, a few with notes between
    return [block.line for block, asked in zip(run, asks) if not asked]
