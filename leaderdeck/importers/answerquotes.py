"""How a sample answer is wrapped: one pair of double quotes around all of it, a table's stray closing pipe after
it, and advice on what to say before a quotation spread over a list's items.

``“I admire how the team ships small changes.” |`` is the answer ``I admire how the team ships small changes.``;
the pipe goes only when it is the answer's one pipe (no table in it). A list whose first items tell the reader
what to do (``- Pick two values that matter to you.``) and whose other items are one quotation, opened on the
first of them and closed on the last (``- “What I value most is ...`` ... ``- ... in production.”``), is that
quotation, still a list without its quotes; the items before it are tips on how to answer.
"""

from __future__ import annotations

from ..lazyre import lazy_re
from .quoting import CLOSING, DOUBLE_QUOTES, OPENING, inside_quotes
from .text import is_instruction

_PIPE = lazy_re(r"[ \t]+\|[ \t]*$")  # "... services.” |": a table row's closing pipe left after the text
_ITEM = lazy_re(r"^(?P<mark>[-*+]|\d{1,2}[.)])[ \t]+(?P<text>\S.*)$")


def unwrapped(answer: str) -> tuple[str, list[str]]:
    """``(answer, tips)``: ``answer`` without its stray pipe and the quotes around it all, and the advice
    items before a quotation spread over a list (see the module docstring)."""
    if answer.count("|") == 1 and _PIPE.search(answer):
        answer = _PIPE.sub("", answer)
    if inner := inside_quotes(answer):
        return inner, []
    return _quoted_items(answer)


def _quoted_items(answer: str) -> tuple[str, list[str]]:
    """A list of advice items then one quotation over the other items: the quotation's items, unquoted, and the
    advice; ``(answer, [])`` for any other answer."""
    found = [_ITEM.match(line) for line in answer.split("\n")]
    items = [match for match in found if match is not None]
    if len(items) < 2 or len(items) < len(found):
        return answer, []
    texts = [match["text"].rstrip() for match in items]
    start = next((i for i, text in enumerate(texts) if text[0] in OPENING), None)
    if start is None or texts[-1][-1] not in CLOSING \
            or sum(text.count(mark) for text in texts[start:] for mark in DOUBLE_QUOTES) != 2:
        return answer, []  # no quotation, or one that does not run to the list's end, or more than one
    advice = texts[:start]
    if not all(is_instruction(text) for text in advice):
        return answer, []  # "- Context: the billing move" before the quotation: part of the answer
    texts[start] = texts[start][1:].lstrip()
    texts[-1] = texts[-1][:-1].rstrip()
    return "\n".join(f"{match['mark']} {text}" for match, text in zip(items[start:], texts[start:])), advice
