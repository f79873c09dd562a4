"""A question in Chinese, Japanese or Korean hard-wrapped over lines, read as one line.

CJK text has no spaces between words, and editors wrap it anywhere: ``你发现同事的任务赶不上进度，你老`` over
``板也不清楚情况，你该怎么做？``. A line that ends on a CJK character right above a line that opens on one (no space,
no sentence's end between them) is the same sentence carried on. When the lines so joined at the start of a paragraph
(or, in plain text, on lines right under one another) ask and the first of them alone does not, they are the one
line of that question, and the lines after them stay what they were (its answer, in a paragraph that holds both).
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, PARAGRAPH
from .text import is_question
from ..lazyre import lazy_re

# a CJK ideograph, kana or hangul (not punctuation): a word that may go on past the line's end
CJK = "\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_ENDS_WORD = lazy_re(rf"[{CJK}A-Za-z0-9]$")
_OPENS_WORD = lazy_re(rf"^[{CJK}]")
_HOLDS_CJK = lazy_re(rf"[{CJK}]")
_MAX_LINES = 4


def wrapped_run(lines: list[str]) -> int:
    """How many of ``lines`` from the first one are one CJK sentence wrapped by an editor (1: not wrapped): each
    break falls between a CJK character (or a word of Latin letters run into CJK) and a CJK character."""
    count = 1
    while count < min(len(lines), _MAX_LINES):
        above, below = lines[count - 1].rstrip(), lines[count].strip()
        if not (_HOLDS_CJK.search(above) and _ENDS_WORD.search(above) and _OPENS_WORD.match(below)):
            break
        count += 1
    return count


def join_wrapped(lines: list[str], count: int) -> str:
    """The first ``count`` of ``lines`` as one line, with no space where they were broken."""
    return "".join(line.strip() for line in lines[:count])


def wrapped_questions(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each CJK question wrapped over lines read as one line (see the module)."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind is PARAGRAPH and block.plain and not block.lead and "\n" not in block.text \
                and not block.text.isascii():  # a line of ASCII holds no CJK character to wrap at
            taken = _plain_run(blocks, index)
            if taken > 1:
                text = join_wrapped([b.text for b in blocks[index:index + taken]], taken)
                out.append(dataclasses.replace(block, end=blocks[index + taken - 1].end, text=text, lead="",
                                               rest=""))
                index += taken
                continue
        out.append(_joined_start(block) if block.kind is PARAGRAPH and not block.plain else block)
        index += 1
    return out


def _plain_run(blocks: list[Block], index: int) -> int:
    """Plain text: how many one-line paragraphs from ``index``, each on the line right under the one before, are
    one wrapped question (1: none)."""
    run = [blocks[index]]
    for block in blocks[index + 1:index + _MAX_LINES]:
        if block.kind is not PARAGRAPH or not block.plain or block.line != run[-1].end + 1 \
                or block.lead or "\n" in block.text:
            break
        run.append(block)
    texts = [b.text for b in run]
    count = wrapped_run(texts)
    return _asking_count(texts, count)


def _joined_start(block: Block) -> Block:
    """A Markdown paragraph whose first lines are a wrapped CJK question, with those lines as one."""
    if block.lead or block.quoted or "\n" not in block.text or block.text.isascii():
        return block  # a label's text, one line, or ASCII (no CJK character): nothing wrapped to join
    lines = block.text.split("\n")
    count = _asking_count(lines, wrapped_run(lines))
    if count == 1:
        return block
    return dataclasses.replace(block, text="\n".join([join_wrapped(lines, count), *lines[count:]]))


def _asking_count(lines: list[str], count: int) -> int:
    """The ``count`` wrapped lines when they ask together, else the fewest of them that do when the first alone does
    not; 1 otherwise."""
    if count > 1 and is_question(join_wrapped(lines, count)):
        return count
    if count == 1 or is_question(lines[0]):
        return 1
    return next((taken for taken in range(2, count + 1) if is_question(join_wrapped(lines, taken))), 1)
