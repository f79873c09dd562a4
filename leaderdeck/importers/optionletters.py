"""Options lettered in bold (``* **A.** Offer to pair``, ``* **B.** Tell the manager``): letters, not labels.

A situational-judgement exercise lists the choices to rank or pick as items lettered in bold. ``A`` alone is also the
answer's label of a Q/A page (``**A:** ...``), so the first option read as the answer and lost its letter while the
others kept theirs. An item (or paragraph) lettered ``A`` with a dot or a bracket (``**A.**``, ``**A)**``, ``A.``),
followed by one at its level lettered ``B`` the same way, opens a run of options: its letter is no label. ``**A:**``
with a colon over a ``**B:**``... is left to the readers of lettered lines. A ``Question:`` line right over such
options is the question however it is worded (``**Question:** Rank these actions from best to worst:``).
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Block, ITEM, PARAGRAPH
from ..lazyre import lazy_re

# "**A.** ...", "__A)__ ...", "A. ..." (the letter, then a dot or a bracket, in bold or not)
_OPTION = lazy_re(r"^(?P<marks>\*\*|__)?(?P<letter>[A-Za-z])[.)](?P=marks)?\s+\S", re.IGNORECASE)


def lettered_option(block: Block) -> bool:
    """Whether ``block`` is the first of such options: an item or paragraph lettered ``A`` (``**A.** ...``)."""
    found = _OPTION.match(block.text) if block.kind in (ITEM, PARAGRAPH) else None
    return found is not None and found["letter"] in "Aa"


def option_letters(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the lead taken off each option lettered ``A`` over a ``B`` (see the module docstring)."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if block.lead.casefold() != "a" or block.kind not in (ITEM, PARAGRAPH) or index + 1 >= len(blocks):
            continue
        found = _OPTION.match(block.text)
        after = blocks[index + 1]
        follows = _OPTION.match(after.text) if after.kind is block.kind and after.indent == block.indent else None
        if found and follows and follows["letter"] == chr(ord(found["letter"]) + 1) \
                and (follows["marks"] or "") == (found["marks"] or ""):
            out[index] = dataclasses.replace(block, lead="", rest="")
    return out
