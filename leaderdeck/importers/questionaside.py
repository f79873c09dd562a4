"""A remark on the question written after it on the same line: what the question tests, not more of the question.

A bank's list item, or a question's paragraph, often asks and then says in the same breath what the question is
for::

    - Tell me about a time you let someone go. This question tests whether you act early and fairly.
    - How do you set goals for a new team? Interviewers want to hear measurable outcomes.

The sentences after the last one that asks, when none of them asks and together they read as an interviewer's
remark (:func:`.commentary.interviewer_remark`: they speak of this question, of what interviewers want or of the
candidate in the third person; never told as I), are the question's signal, and the question ends where they
begin. A question whose later sentences go on asking, or set a scene for it, is kept whole.
"""

from __future__ import annotations

from .commentary import interviewer_remark
from .text import is_question, sentence_split


def interviewer_aside(question: str) -> tuple[str, str]:
    """``(question, remark)``: the remark after the question on its line (see the module docstring), or
    ``(question, "")``."""
    if "." not in question and "!" not in question:
        return question, ""  # cheap: one sentence, or only questions
    sentences = [s.strip() for s in sentence_split(question) if s.strip()]
    if len(sentences) < 2:
        return question, ""
    asking = [index for index, sentence in enumerate(sentences) if is_question(sentence)]
    if not asking or asking[-1] == len(sentences) - 1:
        return question, ""
    after = " ".join(sentences[asking[-1] + 1:])
    if not interviewer_remark(after):
        return question, ""
    return " ".join(sentences[:asking[-1] + 1]), after
