"""A personal answer typed into a bare code fence right under its question, read as the prose it is.

A page of answers kept as text may put each answer between bare fence lines to set it apart::

    ### Why do you want to join the platform team?
    ```
    I like building the tools other engineers depend on. Last year I rebuilt
    our deploy pipeline and cut a release from an hour to ten minutes.
    ```

A fence with no language (or ``text``) right under a line that asks or numbers a question, or under a line that is
only an answer's label (``**Strong answer**``), told as I or we, with
no line of code and no Markdown heading, is that question's answer: its hard-wrapped lines are joined (list lines
stay list lines, each going on over its wrapped lines) and it is read as Markdown. The Markdown has no more lines
than the fence, so its blocks stay within the fence's lines.
"""

from __future__ import annotations

from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .hardwrap import joined
from .labels import slot
from .refence import question_line
from .voice import first_person
from .wholefence import is_code
from ..lazyre import lazy_re

_PLAIN_INFOS = frozenset({"", "text", "txt", "plain", "plaintext"})
_ITEM = lazy_re(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+\S")
_ASKING = (HEADING, PARAGRAPH, ITEM)


def told_fence(content: str, info: str, above: Block | None) -> str | None:
    """Markdown for a fence of first-person prose right under the question ``above`` (see the module docstring),
    line for line; None for any other fence."""
    if info.casefold() not in _PLAIN_INFOS or above is None or above.kind not in _ASKING:
        return None
    lines = content.rstrip("\n").split("\n")
    if any(is_code(line) or line.lstrip()[:1] == "#" for line in lines) or not first_person(content):
        return None
    if not question_line(above.text.strip().partition("\n")[0]) and not _labels_answer(above):
        return None
    return "\n".join(joined(lines, _item))


def _labels_answer(block: Block) -> bool:
    """A line that is only an answer's label (``**Strong answer**``, ``Sample answer:``): the fence under it is
    that answer."""
    text = block.text.strip()
    return block.kind is PARAGRAPH and "\n" not in text and len(text) <= 60 and not block.rest.strip() \
        and slot(block.lead or text.strip("*_: ")) == "answer"


def _item(line: str) -> tuple[str, bool] | None:
    """A list line opens an item its wrapped lines go on with."""
    return (line.rstrip(), True) if _ITEM.match(line) else None
