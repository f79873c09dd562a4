"""One text written in two languages, each line named by its language: ``- 中文：...`` over ``- English: ...``.

Bilingual banks give every question (and often every answer) twice, one line per language, each opened by the
language's name:

    1. **问题：**
       - 中文：你如何安排优先级？
       - English: How do you set priorities?

The names are no speakers taking turns (a chat whose questions are nobody's) and no labels of a note's parts: the
lines are one question, or one answer, in two languages. A run of such lines (two or more in a row, at one depth,
each naming a different language) becomes one line: a question asked in each language reads as the question, the
English wording first, with the other wordings as its variants (``How do you set priorities? / 你如何安排优先级？``);
anything else (an answer) keeps every language, each on a line of its own, in the writer's order. A line named by a
language that stands alone, or two lines naming the same language, are left as they are.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, PARAGRAPH, ITEM
from .text import is_question
from ..lazyre import lazy_re

# the languages' names (in English or in themselves) and their upper-case codes
_LANGUAGES = ("english chinese mandarin japanese korean spanish portuguese german french italian russian español espanol "
              "português portugues deutsch français francais italiano русский 中文 英文 汉语 漢語 简体中文 簡體中文 繁体中文 "
              "繁體中文 日本語 日文 한국어").split()
_CODES = "EN ZH CN ES PT DE FR JA JP KO".split()
# a language's name or code, in bold or not, then a colon: "中文：", "**English:**", "EN:", "Español:"
_NAMED = lazy_re(
    rf"^(?:\*\*|__)?(?P<lang>{'|'.join(_LANGUAGES)}|(?-i:{'|'.join(_CODES)}))"
    r"(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<said>\S.*)$", re.IGNORECASE)
# the same names, casefolded, looked up before the pattern is tried (the codes' case is the pattern's to check)
_NAMES = frozenset([*_LANGUAGES, *(code.casefold() for code in _CODES)])
_ENGLISH = frozenset({"english", "en", "英文"})
_GAP = 2  # lines from one language's line to the next: the next line, or after one blank line
_ASKS = ("?", "？")


def _named(block: Block) -> tuple[str, str] | None:
    """``(language, text)`` of a line named by its language, the language casefolded; ``None`` for any other."""
    if block.kind is not PARAGRAPH and block.kind is not ITEM:
        return None
    head = block.text[:24]
    colon = head.find(":")
    if colon < 0 or "：" in head[:colon]:
        colon = head.find("：")
    if colon < 0 or head[:colon].strip(" *_\t").casefold() not in _NAMES:
        return None  # most blocks: no colon near the start, or no language's name before it
    first, _, more = block.text.partition("\n")
    match = _NAMED.match(first.strip())
    if match is None:
        return None
    said = match.group("said").strip()
    return match.group("lang").casefold(), f"{said}\n{more}".strip() if more.strip() else said


def translated_lines(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each run of lines named by their languages made one line (see the module docstring);
    ``blocks`` itself when there is none. One pass: each block is looked at once, a run read as it goes."""
    out: list[Block] | None = None
    run: list[tuple[Block, str, str]] = []

    def close() -> None:
        nonlocal out
        if len(run) >= 2:
            if out is None:
                out = list(blocks[:index - len(run)])
            out.append(_joined(run))
        elif out is not None:
            out.extend(block for block, _, _ in run)
        run.clear()

    index = 0
    for index, block in enumerate(blocks):
        named = _named(block)
        if named is not None and run and _follows(run, block, named[0]):
            run.append((block, *named))
            continue
        if run:  # nothing to close otherwise: most blocks
            close()
        if named is not None:
            run.append((block, *named))
        elif out is not None:
            out.append(block)
    index = len(blocks)
    close()
    return blocks if out is None else out


def _follows(run: list[tuple[Block, str, str]], block: Block, language: str) -> bool:
    """``block`` carries on ``run``: the same kind at the same depth, a line or two below, in a language new to it."""
    last = run[-1][0]
    return block.kind is last.kind and block.indent == last.indent and block.number is None \
        and 0 < block.line - last.end <= _GAP and all(language != seen for _, seen, _ in run)


def _joined(run: list[tuple[Block, str, str]]) -> Block:
    """The run's lines as one: a question asked in each language, English first, the wordings split by `` / ``;
    else every language's text on its own line, in the writer's order."""
    first, last = run[0][0], run[-1][0]
    texts = [said for _, _, said in run]
    if all("\n" not in said for said in texts) and any(said.endswith(_ASKS) or is_question(said) for said in texts):
        ordered = sorted(run, key=lambda part: part[1] not in _ENGLISH)  # stable: the rest keep their order
        text = " / ".join(said for _, _, said in ordered)
    else:
        text = "\n".join(texts)
    return dataclasses.replace(first, text=text, end=last.end, lead="", rest="", bold=False)
