"""A line standing alone over the questions the writer will ask the interviewer: ``Ask interviewer``, ``Ask the
interviewer``, ``To ask``, then ``Q What does a good first quarter look like?`` lines. Those questions are the
writer's to ask, not questions to answer: set aside with the line, reported once."""

from __future__ import annotations

import re

from .blocks import Block, BlockKind
from .text import is_question
from ..lazyre import lazy_re

# "Ask interviewer", "Ask the interviewers", "To ask", "Things to ask them", "Ask them"
_ASK_THEM = lazy_re(r"^(?:(?:things |questions |qs |what )?to ask(?: (?:them|the interviewers?|your interviewers?"
                    r"|the panel|the team|at the end))?|ask (?:the |your |my )?(?:interviewers?|panel|them))$",
                    re.IGNORECASE)


def asks_them(label: str) -> bool:
    """``label`` (a title line's words, any ``:`` after them aside) is a line over questions for the interviewer."""
    return bool(_ASK_THEM.match(" ".join(label.replace("*", "").strip(" \t:_#").split())))


def their_questions_at(blocks: list[Block], index: int) -> int:
    """How many blocks after ``blocks[index]`` are the writer's questions for the interviewer, when that block is a
    line of its own asking nothing that says so (``Ask interviewer``) and a question follows it; ``0`` otherwise."""
    line = blocks[index]
    if line.kind is not BlockKind.PARAGRAPH or line.quoted or "\n" in line.text.strip() \
            or not asks_them(line.text):
        return 0
    count = 0
    for block in blocks[index + 1:]:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.ITEM) or block.indent < line.indent \
                or not all(is_question(text) for text in block.text.split("\n") if text.strip()):
            break
        count += 1
    return count
