"""Question marks that mark doubt, not a question: a run of them after a statement or a name
(``Hardest bug: the remote debugging???``, ``SNAPROULETTE ????``), as notes written for oneself put them."""

from __future__ import annotations

from ..lazyre import lazy_re

_RUN = lazy_re(r"[^?？﹖\s]\s*[?？﹖]{2,}[\"”’)\]]*\s*$")


def marks_doubt(text: str) -> bool:
    """``text`` ends with two question marks or more (a space may come before them): the writer's doubt when its
    words do not ask (the caller checks that)."""
    return bool(_RUN.search(text))
