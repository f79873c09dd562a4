"""Coaching a guide writes after its sample answer: the note's tips, not more of the answer.

A guide that opens a question with a word to the reader (taken by :mod:`.leadcoaching`) often closes it the same
way, after the sample answer it tells::

    ## Conflict with a coworker
    This question tests whether you can work with others.

    Our checkout page was slow and a teammate and I ...

    You can pick another story too. When you answer, keep in mind:
    - Talk about the problem, never blame the person.

Once a paragraph of the answer has been told by its teller ("I", "we"; in Chinese 我), the first later paragraph
that speaks to the reader or of the interviewer and not as the teller (``you``, 你 or 您, advice, "the
interviewer", 面试官, 这个问题) closes the answer: it and everything after it (its list, further paragraphs) are
tips. Only in a note whose answer the guide opened with coaching (taken out already, or its first paragraph),
whose text has no sub-sections, and when only paragraphs and list items follow (no table, code or heading).
"""

from __future__ import annotations

import dataclasses

from ..lazyre import lazy_re
from .blocks import Block, PARAGRAPH, ITEM
from .leadcoaching import coaching_lead, told_by_me
from .text import is_coaching, plain_words
from .unit import Piece
from .voice import unquoted

_CJK_ME = lazy_re(r"[我咱]")
_CJK_YOU = lazy_re(r"[你您]")
_TIPS = (PARAGRAPH, ITEM)  # what can close an answer as tips: no table, code or heading


def closing_coaching(content: list[Piece], coached: list[Piece], below: list[str]) -> tuple[list[Piece], list[Piece]]:
    """``(the content without it, the tips)``: the coaching that closes a note's answer after the sample the
    teller told (see the module docstring); nothing when the note's answer was not opened by coaching (``coached``,
    taken out already, or its first paragraph)."""
    if below or len(content) != 1 or content[0].slot is not None or content[0].label or content[0].rest.strip():
        return content, []
    blocks = [b for b in content[0].blocks if b.text.strip() or b.rows]
    if not blocks or not coached and not _coaches(blocks[0]):  # the guide did not open the answer with coaching
        return content, []
    told = False
    for index, block in enumerate(blocks):
        if told and _coaches(block) and all(b.kind in _TIPS for b in blocks[index:]):
            tips = [Piece("tips", b.line, rest=" ".join(plain_words(b.text).split())) for b in blocks[index:]]
            return [dataclasses.replace(content[0], blocks=blocks[:index])], tips
        told = told or block.kind is PARAGRAPH and _told(block.text)
    return content, []


def _told(text: str) -> bool:
    """The paragraph speaks as the teller: "I" or "we" (or Spanish), 我 in Chinese."""
    return told_by_me(text) or bool(_CJK_ME.search(unquoted(text)))


def _coaches(block: Block) -> bool:
    """A paragraph of the reader's own, not the teller's: it speaks to the reader or of the interviewer."""
    if block.kind is not PARAGRAPH or block.quoted or block.lead or _told(block.text):
        return False
    spoken = unquoted(block.text)
    return coaching_lead(block.text) or bool(_CJK_YOU.search(spoken)) or is_coaching(block.text)
