"""Follow-ups written as fragments under a question heading: ``- With your manager?``, ``- At 10x the load?``.

A list item under a question's heading that ends in "?" but has no verb of its own (a few words opening with a
preposition or a conjunction, or at most two words) narrows the heading's question: it is one of its follow-ups,
not a question of its own. One that does not open like a phrase ("Why `X`?") and holds its own nested items (the
advice on answering it) asks a question of its own.
"""

from __future__ import annotations

import re

from .blocks import Block, ITEM
from .text import ASK, clean_title, ends_asking, is_question, unquote, words
from ..lazyre import lazy_re

_OPENER = lazy_re(r"^(?:with|without|for|to|in|on|at|by|from|under|over|across|during|after|before|and|or|but"
                  r"|versus|vs\.?|compared to|instead of|even|also)\b", re.IGNORECASE)
_MAX_WORDS = 5


def is_fragment(text: str) -> bool:
    """A short question with no verb of its own: a prepositional phrase or at most two words, ending in "?"."""
    core = unquote(clean_title(text)).strip()
    if "\n" in core or not ends_asking(core) or words(core) > _MAX_WORDS:
        return False
    return bool(_OPENER.match(core)) or words(core) <= 2 and not is_question(core.rstrip(ASK) + ".")


def follow_up_fragments(body: list[Block]) -> tuple[list[Block], tuple[str, ...]]:
    """``body`` without the outermost items that are fragments, and those fragments as follow-ups."""
    fragments = [b for i, b in enumerate(body) if b.kind is ITEM and b.indent == 0 and not b.quoted
                 and is_fragment(b.text) and not _heads_own(b, body[i + 1:i + 2])]
    if not fragments:
        return body, ()
    return [b for b in body if b not in fragments], tuple(unquote(clean_title(b.text)).strip() for b in fragments)


def _heads_own(item: Block, after: list[Block]) -> bool:
    """Whether the fragment ``item`` asks on its own: it does not open with a preposition or a conjunction
    ("Why `X`?", not "With your manager?") and the block after it is nested under it."""
    core = unquote(clean_title(item.text)).strip()
    return not _OPENER.match(core) and bool(after) and after[0].indent > item.indent and after[0].line > item.line
