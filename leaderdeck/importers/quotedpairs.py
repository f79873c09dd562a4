"""Questions quoted on a page of answers, each over its answer: ``> Tell me about a time you gave hard feedback.``,
then the answer, not quoted, right under it.

A page of answers may quote each question as the interviewer put it, with no heading of its own, and answer it in
plain text under the quote. Read as a quote, the question is what someone said, not one of the page's questions,
and the answers are text under the page's title: the page gave "nothing recognisable". Where a page quotes two
questions or more so (each a quote of one paragraph, standing alone, that asks on its own and is not told as I,
right above a paragraph or list that is not quoted), each such quote is read as the question it quotes. A lone
quote that asks (a pull quote, a saying), a quote that tells, and a paragraph of a longer quote stay quotes; a
quote titled by a heading is read by :mod:`.quotedask` first.

On such a page, a quote that asks standing alone under a title of its own (a bold line or a heading) with the next
title, a rule or the page's end right under it is a question too, one with no answer yet: the last of a run of
titled prompts (``**6. Closing**`` over ``> "Any questions for me?"``, then ``### Scoring``) is asked like the
others, though nothing follows it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .text import is_question, unquote
from .voice import as_i

_LEAST = 2  # quoted questions over their answers, at least, on a page read so
_MOST_WORDS = 80


def quoted_pairs(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each quoted question over its answer read as a question (see the module docstring);
    ``blocks`` itself when the page quotes fewer than two so."""
    quotes = [index for index, block in enumerate(blocks) if block.quoted and block.kind is PARAGRAPH]
    found = [index for index in quotes if _quotes_question(blocks, index)]
    if len(found) < _LEAST:
        return blocks
    found.extend(index for index in quotes if _titled_alone(blocks, index))
    out = list(blocks)
    for index in found:
        block = blocks[index]
        out[index] = dataclasses.replace(block, text=unquote(" ".join(block.text.split())), quoted=False)
    return out


def _titled_alone(blocks: Sequence[Block], index: int) -> bool:
    """Whether the quote at ``index`` is all there is under its title: a title (a heading or a bold line) right
    above it, a heading, a rule or the page's end right under it; and asks as :func:`_quotes_question` wants."""
    if not index or blocks[index].lead:
        return False
    title = blocks[index - 1]
    if not (title.kind is HEADING or title.kind is PARAGRAPH and title.bold and not title.quoted):
        return False
    if index + 1 < len(blocks) and blocks[index + 1].kind not in (HEADING, RULE):
        return False  # text under it: its answer, read by :func:`_quotes_question`, or more of the quote
    return _asks(blocks[index])


def _quotes_question(blocks: Sequence[Block], index: int) -> bool:
    """Whether the quote at ``index`` stands alone, asks on its own and has its answer, not quoted, right under it."""
    block = blocks[index]
    if index + 1 >= len(blocks) or index and blocks[index - 1].quoted:
        return False  # the last block, or a paragraph of a longer quote
    after = blocks[index + 1]
    if after.quoted or after.kind not in (PARAGRAPH, ITEM) or block.lead:
        return False  # "> **Q:** ..." is read as a labelled question already
    return _asks(block)


def _asks(block: Block) -> bool:
    """Whether a quote of one paragraph asks on its own, short and not told as I."""
    question = unquote(" ".join(block.text.split()))
    if len(question.split()) > _MOST_WORDS or as_i(question) and not question.endswith("?"):
        return False  # a long passage, or "I led the rewrite.": a quoted answer
    return is_question(question)
