"""Highlight marks (``==text==``, the highlight of Typora, Obsidian and Markdown extensions), read for their text.

A writer may highlight a question they answered (``- ==Tell me about a time ...==``) or a whole answer line.
markdown-it keeps the marks in the text, so the question would end in ``==`` and not ask. The marks go, the text
stays. Only a pair that hugs its text counts (``==`` before a non-space, after one, neither next to another ``=``
or a word character outside): ``a == b`` and a row of ``=`` stay. Code spans are code and stay.

Pandoc writes a Word document's highlight and underline as bracketed spans, ``[Privately and quickly.]{.mark}``,
``[Prepared for the panel]{.underline}``, and a link's as an attribute list after it (``[doc](url){.underline}``):
the brackets and the attributes (a class, ``.mark``, or an id, ``#intro``, first) go, the text stays; a link keeps
its target.
"""

from __future__ import annotations

from ..lazyre import lazy_re
from .codespans import outside_code

_MARKED = lazy_re(r"(?<![=\w])==(?![=\s])(?P<text>[^\n=]*?[^\s=])==(?![=\w])")
_SPAN = lazy_re(r"\[(?P<text>[^\[\]\n]*(?:\[[^\[\]\n]*\]\([^()\s]*\)[^\[\]\n]*)*)\]\{[.#][^{}\n]*\}"
                r"|(?<=\))\{[.#][^{}\n]*\}")


def unhighlighted(text: str) -> str:
    """``text`` without highlight marks around its words (see the module docstring)."""
    if "]{" in text or "){" in text:
        text = unspanned(text)
    if "==" not in text:
        return text
    return outside_code(text, lambda words: _MARKED.sub(r"\g<text>", words))


def unspanned(text: str) -> str:
    """``text`` without Pandoc's bracketed spans and attribute lists around its words (see the module docstring)."""
    return outside_code(text, lambda words: _SPAN.sub(_span_text, words))


def _span_text(match) -> str:
    return match.group("text") or ""
