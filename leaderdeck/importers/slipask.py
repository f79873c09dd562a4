"""A question typed on an answer line: ``* **A** : Why do we write tests first?`` opening a section, over a story
whose own parts are labelled ``**S**``, ``**T**``, ``**A**``, ``**R**``. The author slipped (``A`` for ``Q``): a
line that asks, before anything of the section has asked or told, can be no answer when the story under it has
an action of its own under the same label. It is the story's question. (Under a question's own heading an answer
line is that question's answer, whatever it asks.)"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, HEADING
from .labels import STAR_SLOTS, star_slot
from .parts import label_of
from .text import is_question
from .unit import Unit


def asked_on_answer_line(blocks: Sequence[Block], index: int, unit: Unit | None, label: str, rest: str) -> bool:
    """Whether the answer label ``label`` of ``blocks[index]`` (its text ``rest``) gives the question of the story
    that follows: nothing asked yet (``unit`` has no question), the text asks, and the blocks after it, up to the
    next heading, tell a story with another part under a label read the same way (its action) and a part before
    it (situation or task)."""
    if unit is not None and (unit.question or unit.slots()) or not rest.strip() or "\n" in rest.strip() \
            or not is_question(rest):
        return False
    own = star_slot(label)
    parts: set[str] = set()
    for block in blocks[index + 1:]:
        if block.kind is HEADING:
            break
        found = label_of(block)
        if found is not None and (part := star_slot(found[1])) in STAR_SLOTS:
            parts.add(part)
    return own in parts and bool(parts & {"situation", "task"})
