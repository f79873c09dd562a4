"""Question headings stacked as alternatives of one question, joined by "or":

    #### 5. Tell me about a time your fix did not work. (or)
    #### Tell me about a process you tried to simplify and could not.
    <the one answer>

    #### 1. How do you support a teammate who struggles?
    #### or How would you guide someone who keeps missing deadlines?

Headings of one level, one right under the other with nothing between them, the upper one ending with ``(or)`` (or
a bare ``or``), or the lower one starting with ``or`` / ``(or)``: the writer asks one question several ways and
answers it once, under the last. Read each as its own heading, every one but the last would be a question with no
answer. The first is the question, each heading stacked under it its variant: the first heading is made to name
them all as quoted prompts joined by "or" (``"A?" or "B?"``, read as a question and its variants, see
:mod:`.orprompts`) and the others go, so the answer under the last is the question's.
Headings holding quotes of their own are left as they are.
Stacked question headings with no "or" between them stay questions of their own (a bank of unanswered prompts).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .blocks import Block, HEADING
from .text import clean_title, is_question
from ..lazyre import lazy_re

_OR_AFTER = lazy_re(r"\s*(?:\(\s*or\s*\)|\bor)\s*[:.]?\s*$", re.IGNORECASE)  # "...? (or)", "... differently? or"
_OR_BEFORE = lazy_re(r"^\s*(?:\(\s*or\s*\)|or\b)\s*[:,]?\s*", re.IGNORECASE)  # "or Your teammate is ...", "(or) How ..."
_QUOTES = frozenset('"“”')


def or_heads(blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with each run of question headings stacked as alternatives (see the module docstring) made one
    heading, the first, that names them all as quoted prompts joined by "or" (read as the question and its
    variants); ``blocks`` itself when there is none."""
    runs: list[list[int]] = []
    for index in range(1, len(blocks)):
        above, block = blocks[index - 1], blocks[index]
        if runs and runs[-1][-1] == index - 1 and _joined(above, block):
            runs[-1].append(index)
        elif _joined(above, block) and _asks(above):  # the cheap test first: most headings join nothing
            runs.append([index - 1, index])
    runs = [run for run in runs if not any(_QUOTES.intersection(blocks[i].text) for i in run)]
    if not runs:
        return blocks
    out: list[Block | None] = list(blocks)
    for run in runs:
        prompts = " or ".join(f'"{clean_title(_without_or(blocks[i].text))}"' for i in run)
        out[run[0]] = dataclasses.replace(blocks[run[0]], text=prompts)
        for i in run[1:]:
            out[i] = None
    return [block for block in out if block is not None]


_BLANK_LINES = 1  # "#### A (or)" / blank line / "#### B": still one above the other


def _joined(above: Block, block: Block) -> bool:
    """Whether ``block`` is a heading right under the heading ``above``, of its level, the two joined by "or"."""
    if block.kind is not HEADING or above.kind is not HEADING or block.level != above.level \
            or block.line > above.end + 1 + _BLANK_LINES:
        return False
    return bool(_OR_AFTER.search(above.text) or _OR_BEFORE.match(block.text)) and _asks(block)


def _asks(block: Block) -> bool:
    """Whether ``block`` is a heading whose words, "or" markers aside, ask a question."""
    return block.kind is HEADING and is_question(clean_title(_without_or(block.text)))


def _without_or(text: str) -> str:
    """``text`` without a trailing ``(or)`` / ``or`` nor a leading ``or``."""
    return _OR_BEFORE.sub("", _OR_AFTER.sub("", text), count=1).strip()
