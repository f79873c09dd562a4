"""Areas an interviewer will probe, stated rather than asked, in a list beside questions.

A company's prep note lists what the loop covers: ``- Your reasons for changing roles, and why you found those
teams exciting.``, ``- The ability to spot issues early and act on them.``, next to items that ask (``- How do you
approach ambiguous situations? ...``). The candidate nests their own notes under some of them. In a list where two
or more other items put something to the reader, an item that is no question of its own is such an area, a prompt
to prepare (its nested notes its answer, a draft without them), when a sentence of it asks or asks the reader to
tell (``Tell us about times ...``; the interviewers may speak as "we" there), when the candidate's notes are nested
under it (not in a guide's list, where advice is nested under the items that ask: ``- Wins`` over ``- List your
launches.`` stays text), or when it speaks of the reader (``you``, ``your``) without telling them what to do (no imperative, no
``should``/``must``). Its question is the whole item, however its lines were wrapped. An item told as I, a group's
name ending in ``:``, a labelled point (``Reasons: ...``, ``**Ownership**: Do you ...?``; one that asks the reader
to tell, ``Move quickly: ... Tell us about times ...``, is an area), or advice stays what it was. Markdown
lists only: in plain text, indented lines are as often an answer's notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .advice import ADVICE_START
from .blocks import Block, ITEM
from .labels import slot
from .questions import question_of
from .storyprompts import list_span
from .text import holds_question_mark, plain_words
from .voice import first_person
from .wordgate import gated_search
from ..lazyre import lazy_re

_YOU = lazy_re(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_TELLS = lazy_re(r"\b(?:should|must|need to|needs to|have to|has to|make sure|ought to)\b|\byou(?:'ll| will)\b",
                 re.IGNORECASE)
# "Tell us more about times you ...", "Walk me through ...": a prompt put to the reader inside an item
_PUT = lazy_re(r"(?:^|[.:;!?]\s+)(?:tell|walk|give|share with) (?:us|me)\b", re.IGNORECASE)
_PUT_WORDS = ("tell", "walk", "give", "share")  # each match of _PUT holds one (:mod:`.wordgate`)
_ASKED = lazy_re(r"[?？](?:\s|$)")
_TELLER = lazy_re(r"\b(?:I|I'm|I've|I'd|my|mine)\b")  # told as I: the writer's own note
_MAX_WORDS = 60
_MIN_ASKING = 2


class StatedAreas:
    """Finds stated areas in the lists of one run of blocks, reading each list's asking items once (a list of a
    thousand stated areas is read once, not once an item)."""

    def __init__(self) -> None:
        self._blocks: Sequence[Block] | None = None  # the blocks whose lists are known
        # per depth and kind of list (numbered or not), the last list read there: start, end, (index, line) of its
        # items that put something to the reader, and whether advice is nested under one of them
        self._lists: dict[tuple[int, bool], tuple[int, int, tuple[tuple[int, int], ...], bool]] = {}

    def at(self, blocks: Sequence[Block], index: int, block: Block, after_only: bool) -> str | None:
        """The whole text of the item ``block`` (at ``index`` of ``blocks``) when it is an area stated among asking
        siblings (see the module), else ``None``; ``after_only`` (under a question) wants an asking item before it."""
        if block.kind is not ITEM or block.plain or block.quoted or block.bold or blocks[index] is not block \
                or block.lead and slot(block.lead) is not None:
            return None  # a list item of Markdown: plain text's indented lines are an answer's as often
        text = " ".join(plain_words(block.text).split())
        if not text or text.endswith((":", "：")) or len(text.split()) > _MAX_WORDS:
            return None
        put = _puts(text)  # "Move quickly: we like to ship. Tell us about times ...": "we" are the interviewers
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        noted = following is not None and following.kind is ITEM and following.indent > block.indent
        addressed = _YOU.search(text) and not _TELLS.search(text)
        if not (put or noted or addressed):
            return None  # puts nothing to the reader, speaks to no one, holds no notes: most items, before their words
        if ADVICE_START.match(text) or _TELLER.search(text) or question_of(block) is not None:
            return None
        if not put and first_person(text) or block.lead and not (_PUT.search(text) and not _ASKED.search(text)):
            return None  # "Reasons: ...", "**Ownership**: Do you ...?": a labelled point, unless it asks the reader to tell
        asking, guide = self._among_asking(blocks, index, block, after_only)
        return " ".join(block.text.split()) if asking and (put or addressed or not guide) else None

    def _among_asking(self, blocks: Sequence[Block], index: int, block: Block, after_only: bool) -> tuple[bool, bool]:
        """``(asking, guide)``: whether two or more other items of ``block``'s list put something to the reader (one
        before it when ``after_only``), and whether advice is nested under one of them (``Say what pulled you to the
        team.``: a guide's list, whose nested lines are more advice, not the writer's notes). Items of the other kind
        of list beside it (numbered questions over bulleted notes) are not of its list."""
        found, guide = self._asking(blocks, index, block)
        others = [line for at, line in found if at != index]
        before = sum(1 for line in others if line < block.line)
        return len(others) >= _MIN_ASKING and (bool(before) or not after_only), guide

    def _asking(self, blocks: Sequence[Block], index: int, block: Block) -> tuple[tuple[tuple[int, int], ...], bool]:
        """``((index, line) of each item of ``block``'s list and kind that puts something to the reader, guide)``,
        read once per list."""
        if blocks is not self._blocks:
            self._blocks, self._lists = blocks, {}
        key = (block.indent, block.number is None)
        known = self._lists.get(key)
        if known is not None and known[0] <= index <= known[1]:
            return known[2], known[3]
        start, end = list_span(blocks, index)
        found, guide = [], False
        for at in range(start, end + 1):
            item = blocks[at]
            if item.kind is not ITEM or item.indent != block.indent \
                    or (item.number is None) != (block.number is None) or not _asks(item):
                continue
            found.append((at, item.line))
            guide = guide or _advised(blocks, at)
        self._lists[key] = (start, end, tuple(found), guide)
        return tuple(found), guide


def _advised(blocks: Sequence[Block], index: int) -> bool:
    """Whether an item nested right under ``blocks[index]`` advises the reader (opens on an imperative)."""
    for below in blocks[index + 1:]:
        if below.indent <= blocks[index].indent:
            return False
        if ADVICE_START.match(" ".join(plain_words(below.text).split())):
            return True
    return False


def _asks(item: Block) -> bool:
    """Whether a sibling ``item`` puts something to the reader: it is a question, or :func:`_puts`."""
    return question_of(item) is not None or _puts(" ".join(plain_words(item.text).split()))


def _puts(text: str) -> bool:
    """Whether a sentence of an item's ``text`` (its words, spaced once) asks ("... How do you voice feedback? ...
    experiences.") or asks the reader to tell ("Tell us more about times ...")."""
    return bool(holds_question_mark(text) and _ASKED.search(text) or gated_search(_PUT, _PUT_WORDS, text))
