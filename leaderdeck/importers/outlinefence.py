"""A fence of the author's advice right under what it answers: outlines of how to answer, and no answer.

A page may paste its advice for a question or a scenario into a bare code fence::

    **Scenario: A strong engineer wants to lead but will not delegate**
    ```
    Key Points:
    - Not everyone has to manage
    - Praise the first handover
    ```

When every line of a bare (or ``text``) fence that holds text is an outline's label alone at the margin
(``Key Points:``) or one of its items, one label at least, every label a coaching one (points to hit, tips, things
to avoid), and no line is code or a heading, the fence is advice on how to answer: each outline is one tip, its items joined (as :mod:`.fencedanswer` writes the outlines before a
sample answer), and the note keeps no answer of code marks. Outlines told as I (``What I would do:`` over my steps)
are the writer's own answer and stay as they are; so do outlines under a label of the answer's own
(``Approach:`` over steps, ``Recommended Structure:`` over the teams): the steps are the answer, not advice on it. It must stand right under the line it advises on: one
that asks, or a line bold as a whole (``**Scenario: ...**``). A fence holding a sample answer is
:mod:`.fencedanswer`'s, one told as I is :mod:`.toldfence`'s.
"""

from __future__ import annotations

from .blocks import Block, HEADING, PARAGRAPH, ITEM
from .fencedanswer import PROSE_INFOS, outlines
from .labels import COACH_SLOTS, slot
from .refence import question_line
from .textreader import label_of
from .voice import first_person
from .wholefence import is_code
from ..lazyre import lazy_re

_ITEM = lazy_re(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+\S")
_UNDER = (HEADING, PARAGRAPH, ITEM)


def outline_fence(content: str, info: str, above: Block | None) -> str | None:
    """Markdown for a fence of outlines only right under the line ``above`` (see the module docstring): a
    ``**How to answer:**`` line per outline, within the fence's lines; None for any other fence."""
    if info.casefold() not in PROSE_INFOS or above is None or above.kind not in _UNDER:
        return None
    lines = content.rstrip("\n").split("\n")
    filled = [line for line in lines if line.strip()]
    labels = [line for line in filled if _label_alone(line)]
    if not labels or not all(line in labels or _ITEM.match(line) for line in filled) \
            or any(slot(label_of(line.strip())[0]) not in COACH_SLOTS for line in labels) \
            or any(is_code(line) or line.lstrip()[:1] == "#" for line in filled) or first_person(content):
        return None  # "What I would do:" over my steps: the writer's own answer, kept as it is
    if not (above.bold or question_line(above.text.strip().partition("\n")[0])):
        return None
    tips = outlines(lines)
    return "\n\n".join(f"**How to answer:** {tip}" for tip in tips) if tips else None


def _label_alone(line: str) -> bool:
    """A label alone at the margin of its line (``Key Points:``)."""
    if not line[:1].strip():
        return False
    lead, rest = label_of(line.strip())
    return bool(lead) and not rest
