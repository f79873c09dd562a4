"""Quoted prompts offered as alternatives after a ``Question:`` label.

    **Question:** "Tell me about your proudest achievement." or "Describe the project with the biggest impact."

Two or more prompts, each wholly in double quotes, joined by "or", a slash or a comma: the first is the question,
the others its variants, whether each ends with a question mark or a full stop.
"""

from __future__ import annotations

import re

from .text import is_question
from ..lazyre import lazy_re

_QUOTED = r"[\"“][^\"“”]+[\"”]"
_ALTERNATIVES = lazy_re(rf"^\s*{_QUOTED}(?:\s*(?:,\s*)?(?:\bor\b|/|,)\s*{_QUOTED})+\s*[.;]?\s*$", re.IGNORECASE)
_EACH = lazy_re(r"[\"“]([^\"“”]+)[\"”]")


def quoted_alternatives(text: str) -> list[str]:
    """The prompts of ``text`` when it is only quoted prompts joined as alternatives (see the module docstring),
    without their quotes; ``[]`` otherwise."""
    if not _ALTERNATIVES.match(text):
        return []
    prompts = [match.strip() for match in _EACH.findall(text)]
    return prompts if all(is_question(prompt) for prompt in prompts) else []
