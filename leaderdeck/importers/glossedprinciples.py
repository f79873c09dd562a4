"""Numbered principles glossed in brackets on their own line, each over the questions that test it:
``2.ownership (think long-term)``, ``bq examples:``, two questions, ``3.Invent and Simplify(keep it simple)``, ...

A bank typed as plain lines (often in one code fence) numbers its principles in order, each a short name with what
it means in brackets after it, and lists the principle's questions on the lines below. Read line by line, such a
line would be the answer of the question above it. Three or more such lines numbered one after another, two or
more of them followed by questions (a short label line such as ``examples:`` may come first), are the bank's
groups: each closes the answer above it (as a ``----`` line does) and gives its name as the competency of the
questions under it, up to the next principle or, for the last, to the end of its run of questions. The line itself
is reported, and a blank line after the last group's run of questions closes it too. A time in the brackets
(``**2. Hard feedback (15 min)**``) is no gloss: an interview guide's prompt, titled and timed, over its question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .askthem import asks_them
from .grouphead import give_competency, shows
from .text import is_question, plain_words
from .unit import Unit
from ..lazyre import lazy_re

# "2.ownership (think long-term ...)", "8. Think Big(think differently)": number, a name, its gloss closing the line
# (a gloss wrapped onto the next line leaves its bracket open here)
_GLOSSED = lazy_re(r"^(?P<number>\d{1,2})[.)]\s*(?P<name>[^\W\d_][^()（）\n]{0,60}?)\s*[(（](?P<gloss>[^\n]+?)"
                   r"(?:[)）]\s*)?$", re.DOTALL)
_WORD = lazy_re(r"[^\W\d_][\w’'-]*")
# a time given in the brackets ("15 min", "10-15 minutes", "1 hr"): how long a prompt of a guide takes
_TIMED = lazy_re(r"\s*~?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?|hrs?|hours?|h|m)\b", re.IGNORECASE)
_MAX_WORDS = 5
_MIN_RUN = 3
_MIN_ASKED = 2
_MAX_LABEL_WORDS = 4  # "bq examples:", "Sample questions:": a label over the principle's questions
_WHY = "a principle naming the questions under it (their competency), not part of a question"


def glossed_principles(blocks: Sequence[Block]) -> tuple[Sequence[Block], list[Skipped], list[tuple[str, int, int]]]:
    """``blocks`` with each glossed principle of a run made a closing rule, the report lines of the principles,
    and each principle's ``(name, first line, last line)`` of the questions it names (see the module docstring);
    ``blocks`` itself and nothing else when there is no such run."""
    found = [(index, name) for index, block in enumerate(blocks)  # no bracket: no gloss, no call (most blocks)
             if ("(" in block.text or "（" in block.text) and (name := _principle(block))]
    run = _in_order(found)
    if len(run) < _MIN_RUN:
        return blocks, [], []
    spans: list[tuple[str, int, int]] = []
    for (index, name), after in zip(run, [*(i for i, _ in run[1:]), None]):
        last = _questions_end(blocks, index, after)
        if last is not None:
            spans.append((name.partition(". ")[2], blocks[index].line, last))
    if len(spans) < _MIN_ASKED:
        return blocks, [], []
    chosen = {index for index, _ in run}
    out = [Block(RULE, b.line, b.end, plain=True) if i in chosen else b for i, b in enumerate(blocks)]
    end = spans[-1][2]  # the last group ends with its run of questions, as the others end at the next principle
    after = next((i for i, b in enumerate(out) if b.line > end), None)
    if after is not None and out[after].line > end + 1:
        out.insert(after, Block(RULE, end + 1, end + 1, plain=True))
    skipped = [Skipped(blocks[index].line, f"principle '{name}'", _WHY) for index, name in run]
    return out, skipped, spans


def give_principles(units: Sequence[Unit], spans: Sequence[tuple[str, int, int]]) -> None:
    """Give each question of ``units`` inside a principle's span (name, its line, its last question's line) that
    principle as a competency."""
    for name, start, end in spans:
        for unit in units:
            if unit.question and start < unit.line <= end:
                give_competency(unit, name, start)


def _principle(block: Block) -> str:
    """The name of a glossed principle's line (``3.Invent and Simplify(...)``), or ``""``."""
    if "(" not in block.text and "（" not in block.text \
            or block.kind not in (PARAGRAPH, ITEM) or block.indent or block.quoted:
        return ""  # cheap first: no gloss in brackets
    text = plain_words(block.text).strip()
    if block.kind is ITEM:
        if block.number is None:
            return ""
        text = f"{block.number}. {text}"
    match = _GLOSSED.match(text)
    if match is None or is_question(text):
        return ""
    name = match["name"].strip()
    if _TIMED.match(match["gloss"]):
        return ""  # "2. Hard feedback (15 min)": a guide's prompt and its time, never a principle's gloss
    words = _WORD.findall(name)
    if not words or len(words) > _MAX_WORDS or not shows(name) or asks_them(name):
        return ""  # "5. Questions to ask interviewers (pick two)": a label of ours, not a principle
    return f"{match['number']}. {name}"


def _in_order(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The longest run of ``found`` numbered one after another (1, 2, 3, ...)."""
    best: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    for index, name in found:
        number = int(name.split(".")[0])
        if run and number == int(run[-1][1].split(".")[0]) + 1:
            run.append((index, name))
        else:
            run = [(index, name)]
        if len(run) > len(best):
            best = list(run)
    return best


def _questions_end(blocks: Sequence[Block], index: int, after: int | None) -> int | None:
    """The line of the last question of the principle at ``index``: the questions after it (a short label line
    may come first), up to the next principle at ``after``, or, for the last, to its run's end; ``None`` when none
    follows."""
    last: int | None = None
    for block in blocks[index + 1:after]:
        first = block.text.split("\n")[0].strip()
        if block.kind in (PARAGRAPH, ITEM) and is_question(first):
            last = block.end
        elif last is None and first.endswith(":") and len(first.split()) <= _MAX_LABEL_WORDS:
            continue  # "bq examples:" over the questions
        elif after is None or block.kind is HEADING:
            break
    return last
