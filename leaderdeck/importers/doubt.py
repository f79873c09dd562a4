"""Question marks that mark doubt, not a question: a run of them after a statement or a name
(``Hardest bug: the remote debugging???``, ``SNAPROULETTE ????``), as notes written for oneself put them."""

from __future__ import annotations

from ..lazyre import lazy_re

_RUN = lazy_re(r"[^?？﹖\s]\s*[?？﹖]{2,}[\"”’)\]]*\s*$")
_MARKS = "?？﹖"


def marks_doubt(text: str) -> bool:
    """``text`` ends with two question marks or more (a space may come before them): the writer's doubt when its
    words do not ask (the caller checks that)."""
    end = text.rstrip().rstrip("\"”’)]")
    if len(end) < 2 or end[-1] not in _MARKS or end[-2] not in _MARKS:
        return False  # no two marks at its end: a quick look spares the pattern's try at every place of the text
    return bool(_RUN.search(text))
