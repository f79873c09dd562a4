"""Prompts in a bank of questions.

An item worded as a prompt rather than a question ("Differences between X and Y.", "Caching vs queues: when
would you pick each? Trade-offs.", "Compare two rollout plans.") is asked too when a neighbouring item of its
list asks. An item ending in ":" among asking items, over nested items ("Design exercises:" over "- A ride-share
app"), is a group of prompts: each nested item is asked, the group's name a hint. A list of advice or steps has
no asking neighbours, so its items stay what they are.
"""

from __future__ import annotations

import re

from .blocks import Block, ITEM
from .questions import question_of
from .text import ASK, holds_question_mark, plain_words
from ..lazyre import lazy_re

_COMPARE = lazy_re(r"^(?:(?:key |main )?(?:differences?|similarities)\s+(?:between|of)\b"
                   r"|(?:compare|contrast|define|outline|discuss|design|evaluate|summari[sz]e|elaborate)\b)",
                   re.IGNORECASE)
_VERSUS = lazy_re(r"\w\s+(?:vs\.?|versus)\s+\w", re.IGNORECASE)
_QUOTED = lazy_re(r"\"[^\"]*\"|“[^”]*”")
_ASKS_INSIDE = lazy_re(rf"\w[{ASK}](?=\s|$)")


def worded_as_prompt(text: str) -> bool:
    """A prompt that is no question of its own: it compares ("X vs Y", "Difference between ..."), opens with an
    instruction ("Compare ...", "Define ..."), or holds a question among fragments ("X: when? Key points.")."""
    core = " ".join(plain_words(text).split())
    if core.endswith(":"):
        return False  # "Design exercises:": a group's name, its prompts under it
    # each search needs what most prompts lack, looked for first: a "v" for "vs" (no other letter is a v whatever
    # the case) and a question mark
    return bool(_COMPARE.match(core) or ("v" in core or "V" in core) and _VERSUS.search(core)
                or holds_question_mark(core) and _ASKS_INSIDE.search(_QUOTED.sub(" ", core)))


def among_questions(seen: list[Block], block: Block, following: Block | None) -> bool:
    """Whether ``block`` (the last of ``seen``) is an item next to an item of its list that asks."""
    if block.kind is not ITEM or block.quoted:
        return False
    before = _item_before(seen, block)
    if before is not None and _same_list(before, block) and question_of(before) is not None:
        return True
    return following is not None and following.kind is ITEM and following.indent == block.indent \
        and _same_list(following, block) and question_of(following) is not None


def _same_list(one: Block, other: Block) -> bool:
    """Whether two items at one depth are of one list: both numbered or both bulleted. A bullet right under a
    numbered question (``7) Which call do you regret?`` then ``* Going to X vs. Y``) is its answer's note."""
    return (one.number is None) is (other.number is None)


def _item_before(seen: list[Block], block: Block) -> Block | None:
    """The item of ``block``'s list right before it (``seen`` ends with ``block``), past what is nested under it."""
    for previous in reversed(seen[:-1]):
        if previous.indent > block.indent:
            continue
        if previous.kind is not ITEM or previous.indent < block.indent:
            return None
        if previous.indent == block.indent:
            return previous
    return None


def heads_prompts(seen: list[Block], block: Block, following: Block | None) -> bool:
    """An item ending in ":" among asking items, with items nested under it: a group of prompts."""
    return block.text.rstrip().endswith(":") and "\n" not in block.text.strip() and following is not None \
        and following.kind is ITEM and following.indent > block.indent \
        and among_questions(seen, block, None)


def prompt_asked(seen: list[Block], block: Block, group: int | None, following: Block | None) -> tuple[str, str] | None:
    """``(prompt, answer on the same block)`` when ``block`` is a prompt of a bank: an item nested under a group of
    prompts (``group`` the group's depth), or an item worded as a prompt next to an item that asks (the one before
    it, or ``following``: none when the first item of a list may be a question's answer). A whole-bold item right over
an item that asks names their group."""
    if block.kind is not ITEM or block.quoted or block.bold and following is not None \
            and following.kind is ITEM and question_of(following) is not None:
        return None  # "13. **Speed vs. quality**" over the questions of its group: their name, not a prompt
    first, _, rest = block.text.partition("\n")
    if group is not None and block.indent > group or worded_as_prompt(first) and among_questions(seen, block, following):
        return first.strip(), rest.strip()
    return None


def still_prompting(group: int | None, block: Block) -> int | None:
    """The depth of the group of prompts still read at ``block``: none once a block is no item nested under it."""
    return group if group is not None and block.kind is ITEM and block.indent > group else None
