"""Story prompts in a list of prompts, worded without a question: ``- Time when you helped a peer.``,
``* Times when you fixed something that was broken.``, ``* example of leadership or ownership``,
``* story about what you would do differently``.

Such an item names the story to tell, as ``A time you missed a deadline`` does: in a list where another item asks,
or where every item is such a prompt, it is a question (a draft until answered). An item told in the first person
(``- Time when I rewrote the parser``) names a story of the writer's, and a group's name (ending in ``:``) heads
what is under it: neither is a prompt.
"""

from __future__ import annotations

import re

from .blocks import Block, ITEM
from .questions import question_of
from .text import plain_words, words
from .voice import first_person
from ..lazyre import lazy_re

_PROMPT = lazy_re(r"^(?:(?:an?|the|another|other|one)\s+)?(?:(?:times?|moments?|occasions?|situations?)"
                  r"\s+(?:when|where|in which|that)\s+(?:you|your)\b"
                  r"|(?:examples?|stor(?:y|ies)|instances?)\s+(?:of|about|where|when)\s+\w)", re.IGNORECASE)
_MAX_WORDS = 40


def story_prompt(text: str) -> bool:
    """Whether ``text`` (one line) names a story to tell without asking: ``Time when you ...``, ``Example of ...``."""
    core = " ".join(plain_words(text).split())
    return bool(_PROMPT.match(core)) and not core.endswith(":") and words(core) <= _MAX_WORDS \
        and not first_person(core)


def prompt_in_list(blocks: list[Block], index: int, block: Block, after_only: bool) -> bool:
    """Whether ``block``, the item at ``index`` of ``blocks``, is a story prompt in a list of prompts: another item
    of its list asks (one before it when ``after_only``: under a question, the first items may be its answer), or,
    when not ``after_only``, every item of the list is such a prompt (two or more)."""
    if index >= len(blocks) or blocks[index] is not block or block.kind is not ITEM or block.quoted \
            or block.lead or not story_prompt(_first(block)):
        return False
    items = blocks_of_list(blocks, index)
    asking = [item for item in items if item is not block and question_of(item) is not None]
    if after_only:
        return any(item.line < block.line for item in asking)
    return bool(asking) or len(items) > 1 and all(story_prompt(_first(item)) for item in items)


def blocks_of_list(blocks: list[Block], index: int) -> list[Block]:
    """The items of the list holding ``blocks[index]`` at its depth, what is nested under them left out."""
    start, end = list_span(blocks, index)
    indent = blocks[index].indent
    return [b for b in blocks[start:end + 1] if b.indent == indent and b.kind is ITEM]


def list_span(blocks: list[Block], index: int) -> tuple[int, int]:
    """The first and last index of the list holding ``blocks[index]`` at its depth, with what is nested in it."""
    indent = blocks[index].indent
    start = index
    while start > 0 and _in_list(blocks[start - 1], indent):
        start -= 1
    end = index
    while end + 1 < len(blocks) and _in_list(blocks[end + 1], indent):
        end += 1
    return start, end


def _in_list(block: Block, indent: int) -> bool:
    """``block`` belongs to a list at depth ``indent``: an item at that depth, or anything nested deeper."""
    return block.indent > indent or block.kind is ITEM and block.indent == indent


def _first(block: Block) -> str:
    """The first line of ``block``'s text."""
    return block.text.partition("\n")[0]
