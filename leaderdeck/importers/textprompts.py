"""Prompts of a plain-text bank that carry no question mark, read by their structure.

A personal bank typed in an editor is often a run of groups set apart by blank lines, each a short line (the
prompt: ``Hardest project you led``, ``最有趣的Project``, ``为什么想加入FB``) over its answer. Such a first line is a
prompt when it asks (an interview question or request, a CJK question word) or when the line under it is labelled
as its answer (``ans: ...``). When half or more of the groups of a document that open with such a short line (two
or more) open with a prompt so marked, the document is such a bank and every group's short first line is its
prompt: it is read as a question (as a ``Q:`` line is, however it ends) and the group's other lines as its answer.
A first line that is long, told as I, holds more than one sentence, stands over a line that asks itself, is a label
or names a section we read (``Notes``, ``Summary``) is never a prompt.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Block, PARAGRAPH
from .cjkasks import holds_interrogative
from .labels import slot
from .text import is_question, plain_words
from .voice import first_person
from ..lazyre import lazy_re

_MAX_WORDS = 12
_MAX_CHARS = 60
_FIRST_PERSON_CJK = lazy_re(r"我")
_INNER_END = lazy_re(r"[。！!；;]|[.?？](?=\s+\S)")  # a sentence's end before the line's own end
_MIN_GROUPS = 2
_LABEL = lazy_re(r"^(?P<label>[^\s:：]{1,12})\s*[:：]\s*(?P<rest>.*)$", re.DOTALL)


def text_prompts(blocks: list[Block]) -> list[Block]:
    """``blocks`` of a plain-text document with each group's prompt read as a question (see the module)."""
    groups = _groups(blocks)
    prompts = [index for index in groups if _short(blocks[index]) and not is_question(blocks[index + 1].first_line)]
    marked = [index for index in prompts if _marked(blocks, index)]
    if len(prompts) < _MIN_GROUPS or not marked or 2 * len(marked) < len(prompts):
        return blocks
    out = list(blocks)
    for index in prompts:
        below = out[index + 1]
        if not below.lead and (labelled := _answer_label(below)):  # "ans: ...": its answer, under its label
            out[index + 1] = dataclasses.replace(below, lead=labelled.group("label"), rest=labelled.group("rest"))
        block = out[index]
        if not is_question(block.text):
            out[index] = dataclasses.replace(block, text=f"Q: {block.text}", lead="Q", rest=block.text,
                                             prompt=True)
    return out


def _groups(blocks: list[Block]) -> list[int]:
    """The index of the first block of each group: a run of blocks after a blank line (or the document's start),
    with more than that one block."""
    out = []
    for index, block in enumerate(blocks):
        apart = index == 0 or block.line > blocks[index - 1].end + 1
        if apart and index + 1 < len(blocks) and blocks[index + 1].line == block.end + 1:
            out.append(index)
    return out


def _short(block: Block) -> bool:
    """A line that could be a prompt: a paragraph at the margin, short, one sentence, no label, not told as I."""
    if block.kind is not PARAGRAPH or block.indent != 0 or block.lead or "\n" in block.text:
        return False
    text = " ".join(plain_words(block.text).split())
    return 0 < len(text) <= _MAX_CHARS and len(text.split()) <= _MAX_WORDS and not _INNER_END.search(text) \
        and not first_person(text) and not _FIRST_PERSON_CJK.search(text) and slot(text) is None


def _marked(blocks: list[Block], index: int) -> bool:
    """Whether the prompt at ``index`` says it is one: it asks, or the line under it is labelled its answer."""
    text = blocks[index].text
    below = blocks[index + 1]
    return is_question(text) or holds_interrogative(text) or slot(below.lead) == "answer" \
        or _answer_label(below) is not None


def _answer_label(block: Block) -> re.Match[str] | None:
    """The answer's label opening ``block`` however it is cased (``ans: ...``), with the text after it."""
    found = _LABEL.match(block.text)
    return found if found and slot(found.group("label")) == "answer" else None
