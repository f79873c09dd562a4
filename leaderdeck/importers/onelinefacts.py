"""A fact's label over one line, the text under it in the same paragraph not its value.

``Level: Director+`` right under a question, with the answer on the next line and no blank line between
(``We cut 12% of spend ...``): a level, a topic, a company or a time is one line, so the lines after it are text of
their own (the answer), never the fact's value. A next line that opens with a label of its own of ours (``Topic: ...``, ``Situation: ...``)
keeps the paragraph as it was read.
"""

from __future__ import annotations

from .labels import slot
from .textreader import label_of

_ONE_LINE = frozenset({"level", "topic", "company", "duration"})


def one_line_fact(name: str, rest: str) -> tuple[str, str]:
    """``(value, text after it)`` of a fact's label ``name`` over ``rest``; ``(rest, "")`` when it is one line,
    not such a fact, or the next line is labelled."""
    if name not in _ONE_LINE or "\n" not in rest.strip():
        return rest, ""
    first, after = rest.strip().split("\n", 1)
    label = label_of(after.split("\n", 1)[0].strip())[0]
    if not first.strip() or label and slot(label) is not None:
        return rest, ""
    return first.strip(), after.strip()

