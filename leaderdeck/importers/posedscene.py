"""A scene set out in labelled parts, then put to the reader as a question: a scenario, however few its parts.

``## Scenario: Hiring freeze`` over ``**Situation:** Two offers get frozen ...`` and ``**Your task:** What would you
do?`` (or a bold line or sub-heading that asks it, ``**What would you do?**``) is a case to discuss: the
situation is the setting, the question what the reader would do. Without challenges or discussion points such a
section reads like the start of a story; but a story's Task tells what the teller had to do, it never asks, and a
question about the reader's own past (``What did you learn?``) is no case's prompt. A section that tells what was
done or came of it (Action, Result, Learning) stays a story.
"""

from __future__ import annotations

from collections.abc import Iterable

from .content import piece_text
from .sections import cut_at_labels
from .kinds import recalled
from .labels import slot
from .placeholders import is_placeholder
from .siblings import Picked
from .text import clean_title, is_question
from .blocks import ITEM
from .unit import Piece

_TOLD = frozenset({"action", "result", "learning"})


def poses(text: str) -> bool:
    """``text`` asks the reader what they would do (a question about now or later, not their past)."""
    text = clean_title(text).strip()
    return bool(text) and is_question(text) and not recalled(text)


def posed_scene(slots: set[str], pieces: list[Piece], asking_heads: Iterable[str]) -> bool:
    """Whether a section whose pieces fill ``slots`` sets a scene and puts it to the reader: a Situation (or
    Scenario) and no told part, then a Task that asks, or a sub-section headed by a question (``asking_heads``,
    read only when the rest does not settle it: a section of a thousand stories need not look up each heading's
    label before its sub-sections are shared between two processes)."""
    if not slots & {"situation", "scenario"} or slots & _TOLD:
        return False
    if any(p.slot == "task" and poses(piece_text(p)) for p in pieces):
        return True
    return any(poses(head) for head in asking_heads)


def prompt_from_section(unit) -> None:
    """A scenario's sub-section headed by the question it puts (``**What would you do?**`` over the writer's
    notes) gives its prompt, a Task, when it has none; what is written under that heading stays a piece of its own
    (a scenario has no answer: it is reported, never lost)."""
    if unit.question or any(p.slot == "task" for p in unit.pieces):
        return
    node = next((n for n in unit.sections if n.head is not None and poses(n.head.text)), None)
    if node is None:
        _prompt_from_item(unit)
        return
    unit.sections.remove(node)
    unit.pieces.append(Piece("task", node.line, clean_title(node.head.text), clean_title(node.head.text)))
    if node.body:  # the writer's notes under it, cut at the labels they hold ("**Follow-ups:**": its follow-ups)
        answer = Piece("answer", node.body[0].line, "answer")
        pieces = [answer]
        cut_at_labels(answer, list(node.body), pieces)
        unit.pieces.extend(p for p in pieces if not p.empty)


_SCENE = frozenset({"scenario", "situation", None})


def _prompt_from_item(unit) -> None:
    """A scenario's prompt written as an item in bold among its labelled items (``- **Context**: ...`` then ``-
    **What would you do?**``): its Task, taken out of the scene it would otherwise run on in."""
    for piece in unit.pieces:
        if piece.slot not in _SCENE:
            continue
        for index, block in enumerate(piece.blocks):
            text = block.text.strip()
            if block.kind is ITEM and text.startswith(("**", "__")) and text.endswith(("**", "__")) \
                    and "\n" not in text and poses(text.strip("*_ ")):
                asked = text.strip("*_ ")
                del piece.blocks[index]
                unit.pieces.append(Piece("task", block.line, asked, asked))
                return


_SCENE_HEADS = frozenset({"scenario", "situation"})
_CASE_HEADS = frozenset({"challenges", "requirements", "discussion"})


def scene_prompts(children) -> list:
    """Among a section's sub-sections, the one headed by the question a scene puts to the reader (``### What would
    you do?``) when a sibling above it is headed as the scene (``### Situation``, ``### Context``) and no sibling
    tells a story's Action or Result or heads the case's challenges or points: the scene's prompt, not a question of a
    bank. Only one such heading is a prompt: two or more beside the scene are a bank of questions."""
    slots = []
    for child in children:
        if child.head is None:
            return []
        slots.append(slot(child.head.text))
    if not _SCENE_HEADS.intersection(slots) or _TOLD.intersection(slots) or _CASE_HEADS.intersection(slots):
        return []  # with its challenges or points headed, the scene is a case already, the question one point
    first = next(i for i, name in enumerate(slots) if name in _SCENE_HEADS)
    posed = [child for child, name in zip(children[first + 1:], slots[first + 1:])
             if name is None and poses(child.head.text)]
    # one question beside the scene is its prompt; two or more ("## Q1: ...?", "## Q2: ...?") are a bank's
    return posed if len(posed) == 1 else []


def scene_prompt_sections() -> Picked:
    """:func:`scene_prompts` of the sub-sections of each section read, each asked about when it is read."""
    return Picked(scene_prompts, _may_prompt)


def _may_prompt(node) -> bool:
    """Whether ``node`` is headed by a question that poses a scene and is no label, as a scene's prompt is."""
    return node.head is not None and slot(node.head.text) is None and poses(node.head.text)


def prompt_pieces(node) -> list[Piece]:
    """A scene's prompt section as the pieces of its scenario: the question as its Task, what is written under it
    (a placeholder, the writer's notes) cut at its labels, for the scenario to keep or report."""
    asked = clean_title(node.head.text)
    pieces = [Piece("task", node.line, asked, asked)]
    body = [b for b in node.blocks() if b.text.strip() and not is_placeholder(b.text) or b.rows]
    if body:  # "_Write your answer here_": a blank to fill, nothing written
        answer = Piece("answer", body[0].line, asked)
        cut_at_labels(answer, body, pieces := [*pieces, answer])
        pieces = [p for p in pieces if p.slot == "task" or not p.empty]
    return pieces
