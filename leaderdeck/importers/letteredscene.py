"""An exercise written as a scene, lettered options and the question put about them: one scenario.

A writer who sets an exercise tells the scene, lists the choices lettered in order (``A. Answer the director``,
``B. ...``; none of them asks), then asks about them right under the last one (``What do you do, and why?``)::

    **Priority exercise**                 <- its title (a bold line or a heading), if any

    It is late on Friday ...:             <- the scene: its situation

    A. Answer the director ...            <- the options: its discussion points, letters kept
    B. Finish the fix ...

    What do you do, and why?              <- its question

    * * *                                 <- the rule closes what the question is answered by

    Each choice shows something:          <- what each option shows: its signals
    A: managing up
    B: keeping commitments

    How would you answer?                 <- the writer's closing words: reported

The text before the options belongs to the question, never to an answer; a rule right under the question, or a
remark lettered like the options (from ``A``, no more letters than the options), ends what could answer it. The
paragraphs after that remark (or after the rule), up to the next heading or rule when they are the last of their
section (two at most), are the writer's closing words: reported, never a question of their own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .lettered import letter_style, line_letters
from .text import clean_title, is_question
from .unit import UNASKED, Piece, Unit

_MIN_OPTIONS = 2
_MAX_SCENE = 3  # paragraphs of the scene above the options
_MAX_CLOSING = 2  # paragraphs of the writer's closing words
_TITLE_WORDS = 8  # words of a title typed as a plain line
# how the first option's line opens when :func:`.lettered.letter_style` reads the letter "a" in it
_FIRST_OPENINGS = frozenset({"(a", "(A", *(letter + mark for letter in "aA" for mark in ".)．")})


@dataclass(frozen=True, slots=True)
class Exercise:
    """One lettered exercise: the unit it makes, the indexes of the blocks it takes and what it reports."""

    unit: Unit
    taken: frozenset[int]
    skipped: tuple[Skipped, ...]


def lettered_exercises(blocks: list[Block]) -> tuple[list[Block], list[Exercise]]:
    """``blocks`` without the lettered exercises in them (see the module), and those exercises."""
    found: list[tuple[int, int, int, int]] = []  # (first block, options' first, question, end) of each
    index = 0
    while index < len(blocks):
        options = _options(blocks, index) if blocks[index].text.lstrip()[:2] in _FIRST_OPENINGS else 0  # most: no "A."
        question = index + options
        if options and question < len(blocks) and _asks(blocks[question]) \
                and (start := _scene_start(blocks, index)) < index:
            end = _answered_end(blocks, question + 1, options)
            if end is not None:
                found.append((start, index, question, end))
                index = end
                continue
        index += 1
    exercises: list[Exercise] = []
    for number, (start, first, question, end) in enumerate(found):
        limit = found[number + 1][0] if number + 1 < len(found) else len(blocks)
        exercises.append(_exercise(blocks, start, first, question, end, limit))
    taken = {index for exercise in exercises for index in exercise.taken}
    return [b for i, b in enumerate(blocks) if i not in taken], exercises


def _letters(block: Block) -> tuple[str, str] | None:
    """``(letter, style)`` of a lettered paragraph that does not ask."""
    found = letter_style(block)
    return None if found is None or is_question(block.text) else found


def _options(blocks: list[Block], index: int) -> int:
    """How many lettered paragraphs in order from the first letter, one style, none asking, start at ``index`` (0:
    fewer than two)."""
    if blocks[index].text.lstrip()[:2] not in _FIRST_OPENINGS:
        return 0  # no "A." or "(a)" opening it: no first option (a quick look spares the pattern)
    first = _letters(blocks[index])
    if first is None or first[0].lower() != "a":
        return 0
    count = 1
    while index + count < len(blocks) and _letters(blocks[index + count]) == (chr(ord(first[0]) + count), first[1]):
        count += 1
    return count if count >= _MIN_OPTIONS else 0


def _asks(block: Block) -> bool:
    """A paragraph of one line that asks, lettered by no letter: the exercise's question."""
    return block.kind is PARAGRAPH and not block.quoted and letter_style(block) is None \
        and "\n" not in block.text.strip() and is_question(block.text)


def _prose(block: Block) -> bool:
    """A paragraph of plain prose: no title line, label over text, letter or question (a sentence closing on a colon,
    ``Each choice shows something:``, is prose)."""
    return block.kind is PARAGRAPH and not block.quoted and not block.bold and not block.rest.strip() \
        and letter_style(block) is None and not line_letters(block.text) and not is_question(block.text)


def _scene_start(blocks: list[Block], options: int) -> int:
    """The index of the scene's first paragraph above the options at ``options`` (``options``: none)."""
    start = options
    while start > 0 and options - start < _MAX_SCENE and _prose(blocks[start - 1]):
        start -= 1
    return start


def _answered_end(blocks: list[Block], after: int, options: int) -> int | None:
    """The index after what closes the question above ``after``: a rule and the remark on the options under it, a
    remark lettered like the options right under it, or the end of its section. ``None``: text that may answer it."""
    index = after + 1 if after < len(blocks) and blocks[after].kind is RULE else after
    remark = _remark(blocks, index, options)
    if remark:
        return index + remark
    if index > after or index >= len(blocks) or blocks[index].kind is HEADING:
        return index
    return None


def _remark(blocks: list[Block], index: int, options: int) -> int:
    """How many blocks from ``index`` say what each option shows: a paragraph or none, then lines lettered from
    ``A`` (in one paragraph, or paragraphs of their own), no more letters than the options (0: none)."""
    for start in (index + 1, index) if index < len(blocks) and _prose(blocks[index]) else (index,):
        if start >= len(blocks):
            continue
        letters = line_letters(blocks[start].text) if blocks[start].kind is PARAGRAPH else []
        count = 1 if letters and letters[0].lower() == "a" and len(letters) <= options else _options(blocks, start)
        if 0 < count <= options:
            return start - index + count
    return 0


def _exercise(blocks: list[Block], start: int, first: int, question: int, end: int, limit: int) -> Exercise:
    """The exercise whose scene starts at ``start``, options at ``first``, question at ``question``; what closes it
    ends before ``end``, and the next exercise starts at ``limit``."""
    title = blocks[start - 1] if start and (blocks[start - 1].bold or blocks[start - 1].kind is HEADING) \
        else None
    if title is None and first - start > 1 and _names(blocks[start]):
        title, start = blocks[start], start + 1  # "Pager exercise" standing alone over the scene
    closing = _closing(blocks, end, limit)
    stop = end + len(closing)
    filled = stop >= len(blocks) or blocks[stop].kind in (HEADING, RULE)
    if title is not None and title.kind is HEADING and not filled:
        title = None  # a section's heading over more than the exercise: it stays the section's
    taken = set(range(start, end)) | set(closing) | ({start - 1} if title is not None else set())
    pieces = [Piece("scenario", blocks[start].line, blocks=blocks[start:first]),
              Piece("discussion", blocks[first].line, blocks=[dataclasses.replace(b, kind=ITEM)
                                                               for b in blocks[first:question]])]  # a point each
    remark = [b for b in blocks[question + 1:end] if b.kind is not RULE]
    if remark:
        pieces.append(Piece("signals", remark[0].line, blocks=_one_a_line(remark)))
    unit = Unit(line=(title or blocks[question]).line, question=blocks[question].text.strip(),
                title=clean_title(title.text) if title is not None else "", pieces=pieces)
    skipped = tuple(Skipped(blocks[closing[0]].line, "the writer's closing words after the exercise", UNASKED)
                    for _ in closing[:1])
    return Exercise(unit, frozenset(taken), skipped)


def _names(block: Block) -> bool:
    """A line standing alone that names what follows (a few words, no sentence's end): a title typed plainly."""
    text = block.text.strip()
    return "\n" not in text and len(text.split()) <= _TITLE_WORDS and not text.endswith((".", ":", ";", "!", "?"))


def _closing(blocks: list[Block], end: int, limit: int) -> list[int]:
    """The indexes of the paragraphs from ``end`` that close the exercise's section (up to a heading, a rule or the
    end of the document, before the next exercise at ``limit``): two at most, else none."""
    index = end
    while index < limit and blocks[index].kind is PARAGRAPH:
        index += 1
    closes = index >= len(blocks) or index < limit and blocks[index].kind in (HEADING, RULE)
    return list(range(end, index)) if closes and index - end <= _MAX_CLOSING else []


def _one_a_line(blocks: list[Block]) -> list[Block]:
    """The blocks of a remark, a paragraph of lettered lines cut into a paragraph per line (one signal each)."""
    out: list[Block] = []
    for block in blocks:
        lines = block.text.split("\n") if line_letters(block.text) else []
        out.extend([Block(PARAGRAPH, block.line + n, block.line + n, line.strip())
                    for n, line in enumerate(lines)] or [block])
    return out
