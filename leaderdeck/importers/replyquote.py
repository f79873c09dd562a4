"""A question quoted at the end of a lead-in sentence, over a sample reply wholly in quotes.

A coaching page names a question inside its own sentence and shows a reply under it::

    Processes are set at large companies, so show how you improved them. A good reply to "How do you work
    with recruiters?":

    "_I meet our recruiter every week and we review each rejected profile together._"

The quoted question is a note's question and the reply its answer when the sentence that quotes it is short,
speaks of a response, reply or answer and closes with a colon right after the quote, and the reply is one
paragraph or several running from an opening double quote to a closing one (an exporter may write the last as
an opening mark again), told as I or we and asking nothing. Its quotes and the italics around a whole paragraph
go. The sentences before the lead-in are advice on answering that question: its tip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from .blocks import Block, PARAGRAPH
from .quoting import DOUBLE_QUOTES, OPENING
from .text import is_question, only_questions, sentence_split
from .voice import first_person
from ..lazyre import lazy_re

INTRODUCES = lazy_re(  # words that name a sample reply
    r"\b(?:answers?|responses?|repl(?:y|ies))\b", re.IGNORECASE)
# The lead-in's end: a double-quoted question, then the colon that closes the paragraph
_QUOTED_END = lazy_re(r"^(?P<before>.*?)[\"“](?P<asked>[^\"“”]{3,300})[\"”][*_]*\s*:$", re.DOTALL)
_MAX_LEAD_WORDS = 12  # words of the lead-in sentence outside the quote
_MAX_REPLY_BLOCKS = 8
_EMPHASIS = "*_"
# A paragraph wholly in italics (its full stop may stand outside them)
_ITALIC = lazy_re(r"^(?P<mark>[*_])(?![*_\s])(?P<inner>[^*_]+?)(?<![\s*_])(?P=mark)(?P<stop>[.!]?)$", re.DOTALL)


class Reply(NamedTuple):
    """A quoted question, the sample reply that answers it, the blocks of that reply, and advice before the
    question's sentence."""

    question: str
    answer: str
    blocks: tuple[Block, ...]
    advice: str


def quoted_reply(blocks: list[Block] | tuple[Block, ...], index: int) -> Reply | None:
    """The :class:`Reply` when ``blocks[index]`` is a lead-in quoting a question over a quoted reply (see the module
    docstring); ``None`` otherwise."""
    block = blocks[index]
    text = block.text.strip()
    if block.kind is not PARAGRAPH or block.quoted or not text.endswith(":") \
            or (match := _QUOTED_END.match(text)) is None or not is_question(asked := match["asked"].strip()):
        return None
    *earlier, lead = sentence_split(match["before"]) or [""]
    if len(lead.split()) > _MAX_LEAD_WORDS or not INTRODUCES.search(lead):
        return None
    reply = _reply(blocks, index + 1)
    if reply is None:
        return None
    answer = "\n\n".join(_unwrapped(piece) for piece in _unquoted(b.text.strip() for b in reply))
    if not answer or not first_person(answer) or only_questions(answer):
        return None
    return Reply(asked, answer, reply, " ".join(sentence.strip() for sentence in earlier).strip())


def _reply(blocks: list[Block] | tuple[Block, ...], start: int) -> tuple[Block, ...] | None:
    """The paragraphs from ``blocks[start]``, which opens with a double quote, to the one that closes with one."""
    if start >= len(blocks) or not blocks[start].text.lstrip(_EMPHASIS).startswith(tuple(OPENING)):
        return None
    for end in range(start, min(len(blocks), start + _MAX_REPLY_BLOCKS)):
        block = blocks[end]
        if block.kind is not PARAGRAPH or block.quoted or block.lead:
            return None
        if block.text.rstrip().rstrip(_EMPHASIS + ".").endswith(tuple(DOUBLE_QUOTES)) \
                and (end > start or len(block.text.strip()) > 2):
            return tuple(blocks[start:end + 1])
    return None


def _unquoted(texts: Iterable[str]) -> list[str]:
    """The paragraphs of a reply without the quote that opens the first and the one that closes the last."""
    pieces = list(texts)
    first = pieces[0]
    marks = len(first) - len(first.lstrip(_EMPHASIS))
    pieces[0] = first[:marks] + first[marks:].lstrip()[1:]
    last = pieces[-1]
    trailing = last.rstrip()
    for position in range(len(trailing) - 1, -1, -1):
        if trailing[position] in DOUBLE_QUOTES:
            pieces[-1] = (trailing[:position] + trailing[position + 1:]).rstrip()
            break
        if trailing[position] not in _EMPHASIS + ".":
            break
    return [piece.strip() for piece in pieces if piece.strip()]


def _unwrapped(paragraph: str) -> str:
    """A paragraph without the italics around the whole of it."""
    match = _ITALIC.match(paragraph)
    return match["inner"].strip() + match["stop"] if match else paragraph
