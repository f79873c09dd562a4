"""A coaching label nested under a question asked by a list item: that question's coaching, not its answer's point.

``2. **What is the hardest part of the job?** Letting go of the code.`` over ``   - *Tip:* show what you do about
it`` (or ``- Red flag: ...``, ``- What they look for: ...``): the nested label coaches the question the item asks,
as the same label under a question heading does. Coaching words that also name a point of an answer
(``- **Structure:** weekly, then monthly``, ``Important``) stay the answer's.
"""

from __future__ import annotations

from .labels import answer_word

_COACHING = frozenset({"tips", "signals", "redflags"})


def nested_coaching(found: tuple[str, str, str]) -> bool:
    """Whether the label ``found`` (``(slot, label, rest)``) of an item nested under a question item coaches it."""
    name, label, _ = found
    return name in _COACHING and not answer_word(label)
