"""The advice that turns a list of red flags round: what to do instead.

    Avoid:

    > First I joined a bank...
    >
    > Then I moved to a startup...

    Instead, open with the team you built.

Under a red-flag label, the examples to avoid are quoted or listed; a plain paragraph after them that opens with a
word of contrast ("Instead", "Rather", "Better") is the advice to follow: a tip, not one more red flag. So is
what a label of the remedy alone on its line (``**Fix:**``, ``How to avoid it:``, ``Solution:``) heads after the
mistake it answers (``### Mistake 2: Rambling`` over ``**Problem:** ...`` and ``**Fix:**`` over its steps).

The same on the label's own line: ``Trap: a humble-brag or a flaw that rules you out. Give a real weakness and what
you do about it.`` names the trap in its first sentence and runs on into advice; from the first sentence after it
that opens with an imperative of what to do (not "Don't", "Never", "Avoid") and tells nothing as I or we, the
rest is a tip (:func:`_advice_after`).
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import PARAGRAPH, ITEM
from .advice import ADVICE_START
from .text import is_instruction, plain_words, sentence_split
from .voice import first_person
from .unit import Piece
from ..lazyre import lazy_re

_DONT = lazy_re(r"^(?:don'?t|do not|never|avoid|stop)\b", re.IGNORECASE)
# a label alone on its line naming the remedy of the mistake above it: "Fix:", "How to fix it:", "Solution:"
_REMEDY = lazy_re(r"^(?:the )?(?:fix(?:es)?|how to (?:fix|avoid|recover)(?: it| this)?|solutions?|remed(?:y|ies)"
                  r"|what to do instead|do this instead)\s*:$", re.IGNORECASE)
_CONTRAST = lazy_re(r"^(?:instead|rather|better|do this instead|what works(?: better)?)\b", re.IGNORECASE)


def turned_apart(piece: Piece) -> list[Piece]:
    """``piece``, and when it is a red-flag piece, its paragraphs of contrary advice after its examples as a tips
    piece of their own (see the module docstring)."""
    if piece.slot != "redflags":
        return [piece]
    flag, advice = _advice_after(piece.rest)
    if advice:
        return [*turned_apart(dataclasses.replace(piece, rest=flag)), Piece("tips", piece.line, rest=advice)]
    if (fixed := _fix_apart(piece)) is not None:
        return fixed
    turned, seen = [], False
    for block in piece.blocks:
        if block.quoted or block.kind is ITEM:
            seen = True
        elif seen and block.kind is PARAGRAPH and not block.lead \
                and _CONTRAST.match(" ".join(plain_words(block.text).split())):
            turned.append(block)
    if not turned:
        return [piece]
    kept = dataclasses.replace(piece, blocks=[b for b in piece.blocks if all(b is not t for t in turned)])
    return [kept, Piece("tips", turned[0].line, blocks=turned)]


def _fix_apart(piece: Piece) -> list[Piece] | None:
    """A red-flag piece whose mistake is followed by a label of its remedy alone on its line (``**Fix:**``,
    ``How to avoid it:``) over what to do: the mistake stays a red flag, the blocks under the label are a tips piece
    (the label goes); ``None`` when no such label follows the mistake."""
    for index, block in enumerate(piece.blocks):
        if index and block.kind is PARAGRAPH and "\n" not in block.text.strip() \
                and _REMEDY.match(" ".join(plain_words(block.text).split())):
            after = [b for b in piece.blocks[index + 1:] if b.text.strip()]
            if not after:
                return None
            return [dataclasses.replace(piece, blocks=piece.blocks[:index]), Piece("tips", after[0].line, blocks=after)]
    return None


def _advice_after(rest: str) -> tuple[str, str]:
    """``(the red flag, the advice)``: a red-flag label's own line split where it runs on into advice to follow
    (see the module docstring); ``(rest, "")`` when it does not."""
    sentences = sentence_split(rest) if rest.strip() else []
    for index, sentence in enumerate(sentences[1:], start=1):
        flat = " ".join(plain_words(sentence).split())
        if not _DONT.match(flat) and not first_person(flat) and (ADVICE_START.match(flat) or is_instruction(flat)):
            return " ".join(sentences[:index]).strip(), " ".join(sentences[index:]).strip()
    return rest, ""
