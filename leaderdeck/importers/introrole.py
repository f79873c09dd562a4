"""The role a guide's opening sentence says its questions are for.

A guide for one kind of job often says whom it is for in its first paragraph rather than in its title: ``This guide
questions below come up most for engineering manager roles.``, ``A prep guide for the VP of Engineering
role.``. That sentence names the level of the whole page, as a title would. Only the paragraphs before the page's
first section count, and only a sentence that speaks of the page's questions, guide or interviews and then names the
role they are ``for`` before a word for a job (``positions``, ``role``, ``interviews``, ``candidates``): a page that
mentions a role in passing (``you may meet a VP of Engineering``) names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, HEADING, PARAGRAPH
from ..lazyre import lazy_re

# "... interview questions for software engineering manager positions", "a guide for the VP of Engineering role"
_FOR_ROLE = lazy_re(r"\b(?:questions?|guide|interviews?|preparation|prep)\b[^.!?\n]{0,80}?\bfor (?:an? |the )?"
                    r"(?P<role>[A-Za-z][\w/&' -]{1,50}?) (?:positions?|roles?|interviews?|candidates|jobs?|openings?)\b",
                    re.IGNORECASE)
_TOP = 8  # a page's opening: its first few blocks


def intro_roles(blocks: tuple[Block, ...] | list[Block]) -> Iterator[tuple[str, str]]:
    """``(where, role)`` for each opening paragraph of ``blocks`` that names the role the page is for."""
    for block in blocks[:_TOP]:
        if block.kind is HEADING and block.level >= 2:
            return  # the page's first section: its opening is over
        if block.kind is not PARAGRAPH or block.quoted or " for " not in block.text:
            continue
        if (named := _FOR_ROLE.search(block.text)) is not None:
            yield f"the introduction ('for {named['role']} …')", named["role"]
