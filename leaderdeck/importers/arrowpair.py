"""A question paired with its answer by an arrow typed in plain notes: ``How did you roll it out? => Team by team,
behind a flag.``

Quick notes set a question's answer after ``=>`` on the question's own line. The arrow pairs the two as plainly as
a ``Q:``/``A:`` pair does, so the line is a question of its own wherever it stands, even under a label the notes
were filling (``Problem:`` over the story's lines): the words before the arrow ask (all of them questions), and
the line stands at the margin with no label of its own (``Results => 90% faster`` names a part, it asks nothing).
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH
from .text import only_questions

_ARROW = "=>"


def arrow_paired(block: Block) -> bool:
    """Whether ``block`` is a plain line ``Question? => answer`` at the margin (see the module)."""
    if block.kind is not PARAGRAPH or not block.plain or block.lead or block.indent or block.quoted:
        return False
    first = block.text.partition("\n")[0]
    if _ARROW not in first:
        return False
    asked = first.partition(_ARROW)[0].strip()
    return bool(asked) and only_questions(asked)
