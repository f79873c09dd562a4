"""A STAR framework written out as a list under a line naming it ("STAR method:", "**The STAR format**"), or in
plain text as the lines right under it up to a blank line or a line that is no part: each item a part ("Situation. Describe the context", "Task: what were you asked to do?") that tells how to answer. A
template, not an answer and not questions. A sentence leading into the list may name it (``Use the STAR-D method
(STAR for what you would do):``), and a labelled step the framework adds between the parts (``**Weigh:** ...``) is
one of its items.

The list decides, not the words: its items start with a STAR part each, three parts or more, and they instruct
(they speak to "you", ask, or open with a verb such as "Describe"): most of them, or some while none speaks in the
first person as a story told in parts does.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .labels import STAR_SLOTS, star_slot
from .text import ends_asking
from .voice import first_person, to_you, unquoted
from ..lazyre import lazy_re

_NAMES = frozenset({"star", "template", "framework", "method", "format", "structure"})
_PART = lazy_re(r"^\W*([A-Za-z]+)\W*\s*[.:—–-]\s*(\S.*)$", re.DOTALL)
_INSTRUCTION = lazy_re(r"^(?:describe|explain|say|give|share|state|talk|mention|highlight|focus|quantify|include"
                       r"|outline|set|summari[sz]e|list|detail|walk|what|how|why|which)\b", re.IGNORECASE)
_MAX_NAME_WORDS = 6
_MAX_LEAD_IN_WORDS = 16  # a sentence leading into the list, closed by a colon


def framework_length(blocks: list[Block], index: int) -> int:
    """How many blocks after ``blocks[index]`` are the list of a STAR framework that line names (0: none)."""
    line = blocks[index]
    if line.kind is not PARAGRAPH or line.quoted or not _names_framework(line):
        return 0
    items: list[Block] = []
    parts: list[tuple[str, str]] = []
    for block in blocks[index + 1:]:
        lined = _next_line(block, items[-1] if items else line)
        if block.kind is not ITEM and not lined or block.indent < line.indent:
            break
        if lined or not items or block.indent <= items[0].indent:
            if (part := _part(block)) is not None:
                parts.append(part)
            elif not (parts and block.lead and block.rest.strip()):
                break  # the parts' run is over: a list of something else goes on
            # else a step the framework adds to the method's parts ("**Weigh:** ..." in a STAR-D): one of its items
        items.append(block)
    if len({name for name, _ in parts}) < 3:
        return 0
    instructing = sum(1 for _, text in parts if _instructs(text))
    told = any(first_person(unquoted(text)) for _, text in parts)
    return len(items) if instructing * 2 > len(parts) or instructing and not told else 0


def _next_line(block: Block, before: Block) -> bool:
    """Plain text: a line right under the one before it (no blank line between), as a list's next item."""
    return block.plain and block.kind is PARAGRAPH and block.line == before.end + 1


def _names_framework(block: Block) -> bool:
    """A line naming the framework (``STAR method:``), or a sentence leading into its list with a colon that names
    it (``Use the **STAR-D method** (STAR for what you would do):``)."""
    name = block.lead if block.lead and not block.rest.strip() else "" if block.lead else block.text
    most = _MAX_LEAD_IN_WORDS if name.rstrip().endswith((":", "：")) else _MAX_NAME_WORDS
    named = name.split(None, most)  # one word more than a name may have, the rest left unsplit
    return "\n" not in name and 0 < len(named) <= most \
        and bool(_NAMES & {w.strip("*_:.()").casefold() for w in named})


def _part(item: Block) -> tuple[str, str] | None:
    """``(STAR part, its text)`` of an item that starts with a part's name ("Situation. ...", "**Task:** ...")."""
    if item.lead:
        name, text = star_slot(item.lead), item.rest
    elif match := _PART.match(item.text.strip()):
        name, text = star_slot(match.group(1)), match.group(2)
    else:
        return None
    return (name, text) if name in STAR_SLOTS else None


def _instructs(text: str) -> bool:
    text = text.strip()
    return bool(to_you(text) or ends_asking(text.rstrip()) or _INSTRUCTION.match(text))
