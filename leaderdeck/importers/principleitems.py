"""Numbered principles over the questions that test them: ``2. Ownership`` with the principle's text on the
lines after it, then the question, then ``3. Invent and Simplify`` and its text, then its question.

Markdown reads each principle as a list item and the question after it as a paragraph, so the next principle would
be read as the question's answer. Items shaped alike (a number, a short name in title case on the first line and
the principle's text on the lines below it), two or more in one section with a question between them, are
headings of their own instead (unless a question stands above the first in its section, or most tell in the first
person: steps of an answer): each heads the questions after it up to the next, and the run of such headings
gives their questions its competency (:mod:`.principlegroups`). The principle's own text is reported, never read
as an answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .text import QUESTION_MARKS, is_question, plain_words
from .voice import first_person
from ..lazyre import lazy_re

_MAX_WORDS = 5
_SMALL = frozenset("a an and as at by for in of on or the to with".split())
_WORD = lazy_re(r"[^\W\d_][\w’'-]*")
_MIN_RUN = 2
_SENTENCE_ENDS = (".", ":", "!", ",", *QUESTION_MARKS)
_WHY = "what the principle means, not part of a question"


def principle_heads(blocks: Sequence[Block]) -> tuple[Sequence[Block], list[Skipped]]:
    """``blocks`` with each numbered principle of a run turned into a heading, and the report lines of the
    principles' text (see the module docstring); ``blocks`` itself when there is no such run."""
    found = [index for index, block in enumerate(blocks) if _principle(block)]
    if len(found) < _MIN_RUN or not _asked_between(blocks, found) or _asked_before(blocks, found[0]) \
            or 2 * sum(1 for index in found if first_person(blocks[index].text)) > len(found):
        return blocks, []  # steps of an answer ("1. Planning Phase / We mapped ...") after its question
    out: list[Block] = []
    skipped: list[Skipped] = []
    level = 1
    chosen = set(found)
    for index, block in enumerate(blocks):
        if block.kind is HEADING:
            level = block.level
        if index not in chosen:
            out.append(block)
            continue
        name = block.text.partition("\n")[0].strip()
        out.append(Block(HEADING, block.line, block.line, text=f"{block.number}. {name}",
                         level=min(level + 1, 6)))
        skipped.append(Skipped(block.line + 1, f"text under '{plain_words(name).strip()}'", _WHY))
    return out, skipped


def _principle(block: Block) -> bool:
    """A numbered item of a name in title case over lines of text that ask nothing."""
    if block.number is None or block.kind is not ITEM or block.indent or block.quoted \
            or "\n" not in block.text:
        return False
    name, _, text = block.text.partition("\n")
    name = plain_words(name).strip()
    if name.endswith(_SENTENCE_ENDS) or not text.strip():
        return False  # a sentence or a question, not a name (told before its words are read)
    words = _WORD.findall(name)
    if not words or len(words) > _MAX_WORDS or first_person(name):
        return False
    return all(word[0].isupper() or word.casefold() in _SMALL for word in words) and not is_question(text)


def _asked_before(blocks: Sequence[Block], first: int) -> bool:
    """Whether a question stands in the section of the first principle before it: the items answer it."""
    for block in reversed(blocks[:first]):
        if block.kind is HEADING:
            return is_question(block.text)
        if block.kind is PARAGRAPH and is_question(block.text.partition("\n")[0]):
            return True
    return False


def _asked_between(blocks: Sequence[Block], found: list[int]) -> bool:
    """Whether a question that is no list item stands after one of the principles, before the last one's next."""
    for start, end in zip(found, [*found[1:], len(blocks)]):
        for block in blocks[start + 1:end]:
            if block.kind is HEADING:
                break
            if block.kind is PARAGRAPH and is_question(block.text.partition("\n")[0]):
                return True
    return False
