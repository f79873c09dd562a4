"""An answer's label that opens, on its own line, a story's first part:

    **Answer.** Situation: Our team owned the billing export when ...
    **Answer:** Situation:
    The partner changed their format a week before the cut-over.

The bold ``Answer`` only announces the answer; what it leads is the Situation, labelled right after it, and the
Task, Action and Result follow as labels of their own. Read with ``Answer`` as its label, the paragraph would be the
answer's opening and the story would have no Situation. The paragraph's label is the part's instead.
"""

from __future__ import annotations

from .labels import slot
from .textreader import label_of

_PARTS = frozenset({"situation", "task", "action", "result"})


def answer_part(lead: str, rest: str) -> tuple[str, str] | None:
    """``(part label, its text)`` when the bold ``lead`` names the answer and ``rest`` opens with a STAR part's
    label (see the module docstring); ``None`` otherwise."""
    if not rest or slot(lead) != "answer":
        return None
    first, _, more = rest.strip().partition("\n")
    inner, text = label_of(first)
    if not inner or slot(inner) not in _PARTS:
        return None
    return inner, "\n".join(filter(None, (text, more.strip())))
