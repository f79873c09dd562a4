"""Quoted prompts offered as alternatives after a ``Question:`` label.

    **Question:** "Tell me about your proudest achievement." or "Describe the project with the biggest impact."

Two or more prompts, each wholly in double quotes, joined by "or" (in any of several languages: ``ou``, ``o``,
``oder``, ``of``), a slash or a comma: the first is the question, the others its variants, whether each ends with a
question mark or a full stop. A heading so written (``#### "Who are you?" or "Tell me about yourself"``) gives its
question and variants too, when its first prompt asks.
"""

from __future__ import annotations

import re

from .text import is_question
from ..lazyre import lazy_re

_QUOTED = r"[\"“][^\"“”]+[\"”]"
_OR = r"\b(?:or|ou|o|oder|of|eller|или|lub)\b|或者|或|または"  # "or" as the languages of the documents write it
_ALTERNATIVES = lazy_re(rf"^\s*{_QUOTED}(?:\s*(?:,\s*)?(?:{_OR}|/|,)\s*{_QUOTED})+\s*[.;]?\s*$", re.IGNORECASE)
_EACH = lazy_re(r"[\"“]([^\"“”]+)[\"”]")


def _offers_alternatives(text: str) -> bool:
    """Whether ``text`` is only quoted prompts joined as alternatives (:data:`_ALTERNATIVES`). Two quoted prompts
    take four quotation marks: a text with fewer (a question quoted whole, most text) is not matched, as the
    pattern's backtracking through a long quoted question costs far more than counting them."""
    return text.count("\"") + text.count("“") + text.count("”") >= 4 and bool(_ALTERNATIVES.match(text))


def quoted_alternatives(text: str) -> list[str]:
    """The prompts of ``text`` when it is only quoted prompts joined as alternatives (see the module docstring),
    without their quotes; ``[]`` otherwise."""
    if not _offers_alternatives(text):
        return []
    prompts = [match.strip() for match in _EACH.findall(text)]
    return prompts if all(is_question(prompt) for prompt in prompts) else []


def heading_alternatives(text: str) -> list[str]:
    """The prompts of a heading that is only quoted prompts joined as alternatives, its first asking (the others
    may be requests worded in any way: ``"Who are you?" or "Tell me about yourself"``); ``[]`` otherwise."""
    if not _offers_alternatives(text):
        return []
    prompts = [match.strip() for match in _EACH.findall(text)]
    return prompts if is_question(prompts[0]) and all(prompts) else []


_LISTED = lazy_re(rf"^\s*{_QUOTED}(?:\s*(?:,\s*)?(?:\band\b|{_OR}|/|,|;)\s*{_QUOTED})*\s*[.;]?\s*$", re.IGNORECASE)


def answers_asked(text: str) -> list[str]:
    """The prompts of an ``Answers:`` line that lists questions a story answers, each wholly quoted and joined by
    "and", "or", commas or slashes (``"How ...?" and "Tell me about ..."``), the first asking; ``[]`` when the
    line is anything else (an answer)."""
    text = text.strip().strip("*_").strip()
    if not _LISTED.match(text):
        return []
    prompts = [match.strip() for match in _EACH.findall(text)]
    return prompts if prompts and all(is_question(prompt) for prompt in prompts) else []


_MAX_PROMPT_WORDS = 30


_SLASHED = lazy_re(r" / | \u00b7 ")  # a slash or a middle dot set between the prompts


def answers_slashed(text: str) -> list[str]:
    """The prompts of an ``Answers:`` line that lists questions a story answers unquoted, one or more set apart by
    slashes or middle dots (``Tell me about a project you led. / Describe a risk you managed.``), each a short
    prompt that asks; ``[]`` otherwise."""
    prompts = [part.strip().strip("*_").strip() for part in _SLASHED.split(text.strip().strip("*_"))]
    return prompts if all(prompts) and all(len(prompt.split()) <= _MAX_PROMPT_WORDS and is_question(prompt)
                                           for prompt in prompts) else []
