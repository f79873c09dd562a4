"""A line standing alone over the questions the writer will ask the interviewer: ``Ask interviewer``, ``Ask the
interviewer``, ``To ask``, a numbered ``4. Question to ask interviewers (pick two)``, then ``Q What does a good first
quarter look like?`` lines. Those questions are the writer's to ask, not questions to answer: set aside with the
line, reported once."""

from __future__ import annotations

import re

from .blocks import Block, BlockKind
from .text import is_question
from ..lazyre import lazy_re

# "Ask interviewer", "Ask the interviewers", "To ask", "Things to ask them", "Ask them"
# (the interviewers however spelt: "Question to Ask Interviwers")
_ASK_THEM = lazy_re(r"^(?:(?:things |questions? |qs |what )?to ask(?: (?:them|(?:the |your |my )?interv\w*ers?"
                    r"|the panel|the team|at the end))?|ask (?:the |your |my )?(?:interv\w*ers?|panel|them))$",
                    re.IGNORECASE)
_REMARK = lazy_re(r"\s*[(（][^()（）]*[)）]$")  # "(pick a few)" after the line: the writer's remark


def asks_them(label: str) -> bool:
    """``label`` (a title line's words, any ``:`` after them aside) is a line over questions for the interviewer."""
    return bool(_ASK_THEM.match(_REMARK.sub("", " ".join(label.replace("*", "").strip(" \t:_#").split())).strip(" :")))


def their_questions_at(blocks: list[Block], index: int) -> int:
    """How many blocks after ``blocks[index]`` are the writer's questions for the interviewer, when that block is a
    line of its own asking nothing that says so (``Ask interviewer``) and a question follows it; ``0`` otherwise."""
    line = blocks[index]
    if line.kind not in (BlockKind.PARAGRAPH, BlockKind.ITEM) or line.quoted or "\n" in line.text.strip() \
            or not asks_them(line.text):  # "Ask interviewer", "4. Questions to ask them": the line over them
        return 0
    count = 0
    for block in blocks[index + 1:]:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.ITEM) or block.indent < line.indent \
                or not all(is_question(text) for text in block.text.split("\n") if text.strip()):
            break
        count += 1
    return count
