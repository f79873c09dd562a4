"""Where the answer of a lettered bank's last question ends.

A question lettered ``a.``, ``b.`` ... is answered by what follows it up to the next letter; the last one has no
next letter, and the writer's loose notes often come after it (reminders, a list of other questions heard, design
jottings). Its answer stops where the writer plainly turns to something else: after a run of blank lines, a
paragraph in another script than the answer (an answer in English, then a note in Chinese, or the reverse) is the
writer's own voice again, not more of the answer. A rule is set there, so what follows belongs to no question and
is reported.
"""

from __future__ import annotations

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .cjkwrap import CJK
from ..lazyre import lazy_re

_CJK_CHAR = lazy_re(rf"[{CJK}]")
_LATIN_LETTER = lazy_re(r"[A-Za-z]")
_MIN_GAP = 2  # blank lines between the answer and the note that ends it
_TEXT = (PARAGRAPH, ITEM)


def close_last_answer(blocks: list[Block], question: int) -> list[Block]:
    """``blocks`` with a rule set before the first block after the answer of the question at index ``question``
    (the bank's last) that follows a run of blank lines and is written in another script than that answer."""
    start = next((i for i in range(question + 1, len(blocks))
                  if blocks[i].kind in _TEXT and _script(blocks[i].text)), None)
    if start is None:
        return blocks
    answer = blocks[start]
    for index in range(start + 1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind is HEADING or block.kind is RULE:
            return blocks
        gap = block.line - above.end - 1
        script = _script(block.text) if block.kind in _TEXT else ""
        if gap >= _MIN_GAP and script and script != _script(answer.text):
            rule = Block(RULE, block.line, block.line, plain=True)
            return [*blocks[:index], rule, *blocks[index:]]
    return blocks


def _script(text: str) -> str:
    """``"cjk"`` or ``"latin"``: the script most of ``text``'s letters are in (``""``: no letters)."""
    cjk, latin = len(_CJK_CHAR.findall(text)), len(_LATIN_LETTER.findall(text))
    if not cjk and not latin:
        return ""
    return "cjk" if cjk > latin else "latin"
