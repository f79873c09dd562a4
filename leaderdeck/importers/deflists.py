"""Definition lists, as Pandoc and PHP Markdown Extra write them: a term on its own line, then its definition on a
line opening with a colon (``How do you grow senior engineers?`` over ``: I give each one a problem ...``).

A bank written so puts each question as a term and its answer as the definition. CommonMark has no such list: the
colon would stay at the head of the answer. A line opening with a colon and a space, right under a line of text or
one blank line below it, is a definition: the colon goes, and the definition is the paragraph under its term. Only
a document with two such lines at least is read so (one alone may be a line of its own); lines inside a fence stay
as they are.
"""

from __future__ import annotations

from .linesearch import fenced_lines, lines_opened
from ..lazyre import lazy_re

_DEFINITION = lazy_re(r"^:[ \t]+(?=\S)")
_CANDIDATE = lazy_re(r"\n:[ \t]+\S")  # such a line, after the line break before it
_LEAST = 2  # definitions, at least, in a document read so


def definitions_read(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with the colon opening each definition of a definition list taken off (see the module)."""
    text = "\n".join(lines)
    candidates = lines_opened(_CANDIDATE, text)  # one search of the text: few lines open with a colon, a space
    if len(candidates) < _LEAST:
        return lines
    fenced = fenced_lines(lines) if "```" in text or "~~~" in text else set()
    found = [index for index in candidates if index not in fenced and _under_term(lines, index)]
    if len(found) < _LEAST:
        return lines
    out = list(lines)
    for index in found:
        out[index] = _DEFINITION.sub("", lines[index], count=1)
    return tuple(out)


def _under_term(lines: tuple[str, ...], index: int) -> bool:
    """Whether a term stands right above the line at ``index``, or one blank line above it: text that is no heading,
    list item, quote or other definition."""
    above = [lines[at] for at in (index - 1, index - 2) if at >= 0]
    term = above[0] if above and above[0].strip() else (above[1] if len(above) > 1 and not above[0].strip() else "")
    return bool(term.strip()) and term.lstrip()[:1] not in "#>-*+:|" and not term[:1].isspace()
