"""A chat assistant's offer to do more, pasted with the answer it closed:

    Would you like:

    * A PDF version of this guide?
    * Mock answers tailored to your resume?

    Let me know how you'd like to proceed!

Banks copied from a chat assistant often keep its last words: a line offering more ("Would you like:", "Want me
to ...?", "If you'd like, I can also ...:"), the offers listed under it, each a short line that may end with a
question mark, and a line asking the reader to choose ("Let me know ..."). Read as a list, each offer became a
question. At the end of the document (nothing after it but rules), a paragraph opening with such an offer, the
items listed right under it and a closing "Let me know ..." line are the assistant's, not the writer's: set aside
and reported once. An offer that is not the document's last text (a question "Would you like to lead it?" asked
in a bank) is left alone, and so is a list at the end under any other line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Skipped
from .blocks import Block, PARAGRAPH, ITEM, RULE
from .text import strip_emphasis
from ..lazyre import lazy_re

# "Would you like:", "Would you like me to ...?", "Want me to ...", "Shall I ...", "If you'd like, I can ...",
# "I can also ...", "Do you want me to ..."
_OFFER = lazy_re(r"^(?:would you like(?: me)?(?: to)?|do you want me to|want me to|shall i|should i"
                 r"|if you(?:['’]d| would)? (?:like|want)(?:,|\s)\s*i (?:can|could)|i (?:can|could) also)\b",
                 re.IGNORECASE)
# "Let me know ...", "Just tell me ...": the reader asked to choose among the offers
_CHOOSE = lazy_re(r"^(?:just )?(?:let me know|tell me (?:which|what|if|how)|say the word)\b", re.IGNORECASE)
_LONGEST = 240  # characters: an offer, an offered item or the closing line is a sentence or two
_MOST_ITEMS = 8  # offers listed under the line, at most
WHAT = "a chat assistant's offer to do more"
WHY = "the assistant's closing words, pasted with the answer, not interview content"


def assistant_offer(blocks: Sequence[Block]) -> tuple[Sequence[Block], list[Skipped]]:
    """``blocks`` without a chat assistant's closing offer at the document's end (see the module docstring), and
    the report line for it; ``blocks`` itself when there is none. Only the last few blocks are looked at."""
    end = len(blocks)
    while end > 0 and blocks[end - 1].kind is RULE:
        end -= 1
    index = end - 1
    if index >= 0 and _line(blocks[index]) and _CHOOSE.match(_plain(blocks[index])):
        index -= 1  # "Let me know how you'd like to proceed!"
    items = 0
    while index >= 0 and blocks[index].kind is ITEM and items < _MOST_ITEMS and _line(blocks[index]):
        index -= 1
        items += 1
    if index < 0 or blocks[index].kind is not PARAGRAPH or not _line(blocks[index]) \
            or not _OFFER.match(_plain(blocks[index])):
        return blocks, []
    offer = blocks[index]
    if items and not _plain(offer).endswith((":", "?")):
        return blocks, []  # a list at the end under a line that does not lead into it: the list is not offered
    return list(blocks[:index]), [Skipped(offer.line, WHAT, WHY)]


def _line(block: Block) -> bool:
    """``block`` is a short unlabelled line of text, at the margin or in a list."""
    return block.kind in (PARAGRAPH, ITEM) and not block.quoted and len(block.text) <= _LONGEST \
        and "\n" not in block.text.strip()


def _plain(block: Block) -> str:
    return strip_emphasis(block.text.strip()).strip()
