"""A guide's list of conduct advice, outside any question: requests in it are advice too, not questions.

A guide tells the reader how to behave in the round in a list, some items worded as requests::

    ## During the interview
    - Describe the principle behind what you did and give a short example.
    - Be honest about the areas you know little about.
    - Contrast how your last company decided things with other ways of deciding.

``Describe ...`` opens like an interview prompt, but its list is advice to the reader (:func:`.advice.is_advice_list`:
two items or more, at least two thirds of them advice, one plain advice that no prompt reads as, nothing asking
with a question mark or told as I), and none of its requests asks for an episode of the reader's past ("a time",
"a situation", "an example of", "when you"); an item that opens on a question word is asked, never such a
request. Outside a question's heading such a list is the section's text (reported with it), never one note per
request; a bank of prompts (``- Describe a time you ...``) keeps its questions, and a list under a question's
heading is read by :mod:`.advice`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .advice import is_advice_list
from .blocks import Block, ITEM
from .storyprompts import list_span
from .text import plain_words
from ..lazyre import lazy_re

# a request for an episode of the reader's own past: a prompt of a bank, whatever advice stands beside it
_EPISODE = lazy_re(r"\b(?:an?|one|the last|the first) (?:time|situation|moment|example|occasion|instance|case)\b"
                   r"|\bwhen you\b|\byour (?:biggest|greatest|hardest|best|worst|most)\b", re.IGNORECASE)


# an item opening on a question word ("How you would ...", "What you would delegate"): asked, however it ends
_WORDED_ASK = lazy_re(r"^(?:how|what|why|when|where|who|which|whom|whose)\b", re.IGNORECASE)


class AdviceRuns:
    """Finds the items of conduct-advice lists in one run of blocks, reading each list once."""

    def __init__(self) -> None:
        self._blocks: Sequence[Block] | None = None
        self._known: tuple[int, int, bool] = (-1, -1, False)  # the span of the last list read, and its verdict

    def at(self, blocks: Sequence[Block], index: int) -> bool:
        """Whether the outermost item at ``index`` stands in a list of conduct advice (see the module docstring)."""
        block = blocks[index]
        if block.kind is not ITEM or block.indent or block.quoted \
                or _WORDED_ASK.match(plain_words(block.text).lstrip()):  # the first word alone decides
            return False  # "3. How you would explain it to the board:": what is asked, not a request to the reader
        if blocks is not self._blocks:
            self._blocks, self._known = blocks, (-1, -1, False)
        start, end, verdict = self._known
        if start <= index <= end:
            return verdict
        start, end = list_span(blocks, index)
        run = blocks[start:end + 1]
        verdict = is_advice_list(run) and not any(
            b.indent == 0 and _EPISODE.search(" ".join(plain_words(b.text).split())) for b in run)
        self._known = (start, end, verdict)
        return verdict
