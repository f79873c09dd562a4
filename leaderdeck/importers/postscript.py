"""A postscript of advice to the reader: ``**PS:** Keep in mind that ...``, ``P.S. When you answer, ...``,
``N.B. Practise each story aloud.``

Pages of questions often close with a word to the one preparing, after the last question. Labelled as a
postscript (``PS``, ``P.S.``, ``PPS``, ``N.B.``, ``Side note``) and speaking to the reader (``you``, or opening
with an imperative) as no "I" or "we" does, it is advice: tips, never the answer of the question above it. A
postscript told in the first person (``P.S. I still mentor her.``) stays in the text where it stands.
"""

from __future__ import annotations

from .blocks import Block, PARAGRAPH, ITEM
from .labels import normalise
from .text import is_instruction, plain_words, sentence_split
from .voice import first_person, to_you, unquoted
from ..lazyre import lazy_re

_POSTSCRIPT = lazy_re(r"(?:p\.?\s?)+s\.?|n\.?\s?b\.?|side ?note")


def postscript_label(block: Block) -> str | None:
    """``"tips"`` when ``block`` is a postscript of advice to the reader (see the module docstring), else ``None``."""
    if block.kind not in (PARAGRAPH, ITEM) or not block.lead \
            or not _POSTSCRIPT.fullmatch(normalise(block.lead)):
        return None
    said = " ".join(unquoted(plain_words(block.rest)).split())
    if not said or first_person(said):
        return None
    return "tips" if to_you(said) or is_instruction(sentence_split(said)[0]) else None
