"""A question's answer written in brackets right after it, in a list of questions.

Notes and follow-up lists often put a short answer in brackets after each question::

    - If you took over a slow service, what would you do first? (Trace the slowest requests before changing
      anything. Most of the time goes where nobody expects.)
    - Which mistake costs the most to undo? (Shipping a schema change with no way back, because every fix then
      has to go forward.)

A remark in brackets after a question is usually a note to self, kept as a tip (:func:`.headprompts.question_aside`:
``(two minutes at most)``, ``(ask for numbers)``). One told at an answer's length, a dozen words or more ending on
a full stop, or two sentences, is the question's answer, whatever its voice: the answer to "what would you do?" is
told as instructions. A remark that opens on a label (``Hint: ...``, ``Tip: ...``) or speaks of what the
interviewer listens for stays coaching.
"""

from __future__ import annotations

from .commentary import interviewer_remark
from ..lazyre import lazy_re

_ANSWER_WORDS = 12  # a remark this long, ending on a full stop, is told, not noted
_SENTENCES = lazy_re(r"[.!?。]\s+\S")  # a sentence ended inside the remark: it is told in sentences
_LABELLED = lazy_re(r"^[\w ]{1,20}:\s")  # "Hint: ...", "Follow-up: ...": a label says what the remark is


def aside_answers(remark: str) -> bool:
    """Whether ``remark`` (the text in brackets after a question) is the question's answer (see the module)."""
    text = remark.strip()
    told = len(text.split()) >= _ANSWER_WORDS and text.endswith((".", "。", "!")) or bool(_SENTENCES.search(text))
    return told and not _LABELLED.match(text) and not interviewer_remark(text)
