"""Plain text: a key to the STAR acronym as label lines over indented explanations, a template the rest of the
file is not part of::

    STAR
    Scene 场景
        what was going on, and why it mattered
    Task 任务
        what you had to achieve
    Action 行动
        ...
    Result 结果
        ...

A line that is only the method's name, then three label lines or more (a few words each) whose first letters run
through the acronym in order (``Situation``, or the writer's own ``Scene``, ``Story``), each over lines indented
under it: the key. Its label lines are read as lines of the key, not as a story's parts (``Situation`` alone on
its line would label one), and the key ends after its last indented line: what comes after it is read on its own,
neither part of the template nor the answer of a question above the key.
"""

from __future__ import annotations

import dataclasses

from .blocks import Block, PARAGRAPH, ITEM, RULE
from ..lazyre import lazy_re

_ACRONYM = "STAR"
# the method's name alone on its line: "STAR", "S.T.A.R.", "STAR method:"
_METHOD = lazy_re(r"^\W*(?:STAR|S\.T\.A\.R\.?)(?:\s+(?:[Mm]ethod|[Ff]ormat|[Ff]ramework|[Ss]tructure|[Kk]ey))?\W*$")
_MAX_LABEL_WORDS = 4
_MIN_PARTS = 3


def text_star_keys(blocks: list[Block]) -> list[Block]:
    """``blocks`` of a plain-text document with each STAR key's label lines made lines of the key and a rule
    after its last line (see the module): a key read only under a block naming the method."""
    out: list[Block] = []
    index = 0  # the blocks before it are in ``out``
    for start in [at for at, block in enumerate(blocks) if _names_method(block.text)]:
        labels, end = _key(blocks, start) if start >= index else ([], start)
        if not labels:
            continue
        out.extend(blocks[index:start + 1])
        for at in range(start + 1, end):
            below = blocks[at]
            out.append(dataclasses.replace(below, kind=ITEM, lead="", rest="") if at in labels else below)
        out.append(Block(RULE, blocks[end - 1].end, blocks[end - 1].end, plain=True))
        index = end
    out.extend(blocks[index:])
    return out


def _names_method(text: str) -> bool:
    """Whether ``text`` is the method's name alone on its line (no pattern tried on a text without it)."""
    return ("STAR" in text or "S.T.A.R" in text) and bool(_METHOD.match(text.strip()))


def _key(blocks: list[Block], index: int) -> tuple[list[int], int]:
    """``(the indexes of the key's label lines, the index after its last line)`` of a key under the method's name
    at ``index``; ``([], index)`` when no key follows it."""
    labels: list[int] = []
    at = index + 1
    while at < len(blocks) and len(labels) < len(_ACRONYM):
        label = blocks[at]
        text = label.text.strip()
        if label.kind is not PARAGRAPH or "\n" in text or not text \
                or len(text.split()) > _MAX_LABEL_WORDS or text[0].upper() != _ACRONYM[len(labels)]:
            break
        explained = at + 1
        while explained < len(blocks) and blocks[explained].kind is ITEM:  # its lines, indented
            explained += 1
        if explained == at + 1:
            break
        labels.append(at)
        at = explained
    return (labels, at) if len(labels) >= _MIN_PARTS else ([], index)
