"""A scene written before its labelled challenges or discussion points, with no label of its own.

``### Scenario: The silent standup`` over a paragraph setting the scene (``Your team of seven has gone quiet ...``),
then ``**Challenges:**`` and ``**Discussion:**`` over their lists, is a scenario like one whose first paragraph is
labelled ``**Situation:**``: the labelled parts say what the section is, and the text above them is the setting
they refer to. The text must be prose (paragraphs with no label of their own) set for the reader, not the writer's own story (told as I: a past answer
that lists its challenges), and the section must tell no story part (Action, Result, Learning) nor ask about the
reader's past in its title.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import PARAGRAPH
from .content import piece_text
from .kinds import recalled
from .unit import Piece
from .voice import as_me

_SCENE_PARTS = frozenset({"challenges", "requirements", "discussion"})
_SET = frozenset({"situation", "scenario"})
_TOLD = frozenset({"task", "action", "result", "learning", "answer"})


def scene_lead(head: str, before: list[Piece], asked: bool) -> list[Piece]:
    """``before`` (a section's pieces ahead of any question) with its leading unlabelled text as the Situation,
    when the pieces after it are a scenario's parts and nothing else; as it was otherwise. ``asked``: some unit of
    the section has a question of its own (the text is then that question's context, not a scene)."""
    slots = {p.slot for p in before if p.slot}
    if asked or not slots & _SCENE_PARTS or slots & (_SET | _TOLD) or (head and recalled(head)):
        return before
    lead = 0
    while lead < len(before) and before[lead].slot is None:
        lead += 1
    if not lead or any(p.slot is None and not p.empty for p in before[lead:]):
        return before  # text between the labelled parts too: not one scene over them
    if any(b.lead or b.kind is not PARAGRAPH for p in before[:lead] for b in p.blocks if b.text.strip()):
        return before  # "**Team:** Payments" lines or a list: facts about a case, not the scene's prose
    text = "\n".join(piece_text(p) for p in before[:lead] if not p.empty)
    if not text.strip() or as_me(text):
        return before
    return [replace(p, slot="situation") if at < lead else p for at, p in enumerate(before)]
