"""A list item written wholly in italics that asks (``2. *When did you miss a deadline? What did you learn?*``):
the question, read without its emphasis and joined over the lines its italics span, as a plain item would be."""

from __future__ import annotations

import re

from .text import ends_asking, is_question
from ..lazyre import lazy_re

# "*...*" or "_..._" around the whole item, single markers only (bold, "**...**", is read elsewhere)
_ITALIC = lazy_re(r"^(?P<mark>[*_])(?![*_\s])(?P<inner>[^*_]+?)(?<![\s*_])(?P=mark)$", re.DOTALL)


def unitalicised(text: str) -> str:
    """``text`` without the italics around it, its lines joined, when it is a list item's question in italics
    (it asks at its end or opens asking); else ``text`` unchanged."""
    match = _ITALIC.match(text.strip())
    if match is None:
        return text
    asked = " ".join(line.strip() for line in match["inner"].split("\n") if line.strip())
    return asked if ends_asking(asked) or is_question(asked) else text
