"""Text changed outside its code spans: a span of backticks (```` `a <b>` ````, ```` ``x == y`` ````) is code, kept
as written, whatever a rule takes off the words around it (highlight marks, styling tags, ``<br>``, character
references)."""

from __future__ import annotations

from collections.abc import Callable

from ..lazyre import lazy_re

_CODE_SPAN = lazy_re(r"(`+)[^`]*?\1")  # a run of backticks, then the same run closing it


def outside_code(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` made to each stretch between its code spans, the spans as they were."""
    pieces, start = [], 0
    for code in _CODE_SPAN.finditer(text):
        pieces.append(change(text[start:code.start()]) + code.group(0))
        start = code.end()
    pieces.append(change(text[start:]))
    return "".join(pieces)
