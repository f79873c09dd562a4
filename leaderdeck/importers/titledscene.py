"""A section headed as a scenario, its situation told, then the questions to work through -> a scenario.

A collection of management cases heads each one as a scenario (``## Scenario 2: The overloaded lead``), tells its
situation under a label (``**Situation:** A lead carries three projects ...``), lists the questions to work through
it under a label of the writer's own (``**Probing questions:**``, ``**Diagnosis questions:**``: asked about the
people in the case, "Do they ...?"), and then gives the writer's own reading of it (``**Root cause:** ...``,
``**Intervention:** Coaching`` over what to do). No heading asks, and nothing is told as I: the section is a case
to discuss, not a story, whatever its last label ("Intervention", "Approach") shares with a story's Action.

Such a section is one scenario: the listed questions its discussion points, the writer's reading of it (an
Action-like part) one coach tip under its own label, never a story's Action. A section whose heading does not say
scenario, that has a Result, Learning or Task, or whose Action is told as I (a story told so far) is left alone.
"""

from __future__ import annotations

import dataclasses

from .blocks import ITEM
from .content import piece_text
from .samples import told_by_me
from .questionscene import names_case
from .text import clean_title, is_question
from .unit import Piece

_SCENE = frozenset({"situation", "scenario"})
_TOLD = frozenset({"result", "learning", "task"})  # a story's parts no case of this kind has
_ASKED = frozenset({"followups", "signals", "discussion", None})  # where a case's list of questions lands
_READING = frozenset({"action"})  # the writer's reading of the case, named as a story's Action is


def titled_scene(title: str, pieces: list[Piece]) -> list[Piece] | None:
    """``pieces`` read as such a scenario's (see the module) when ``title`` heads one; else ``None``."""
    if not names_case(title):  # "Scenario 2: The overloaded lead", "Case study B - ...": a case to discuss
        return None
    slots = {p.slot for p in pieces}
    if not slots & _SCENE or slots & _TOLD:
        return None
    asked = {id(p): end for p in pieces if p.slot in _ASKED and (end := _asked_end(p))}
    if not asked or any(told_by_me(piece_text(p)) for p in pieces if p.slot in _READING | _SCENE):
        return None
    out: list[Piece] = []
    for piece in pieces:
        if id(piece) in asked:
            end = asked[id(piece)]
            items = [b for b in piece.blocks[:end] if b.kind is ITEM]
            out.append(dataclasses.replace(piece, slot="discussion", rest="", blocks=items))
            after = [b for b in piece.blocks[end:] if b.text.strip()]  # "**Root cause:** ..." after the list
            if after:
                out.append(Piece("tips", after[0].line, "", "\n\n".join(b.text.strip() for b in after)))
        elif piece.slot in _READING:
            label = clean_title(piece.label).rstrip(": ") or "Approach"
            text = piece_text(piece).strip()
            out.append(Piece("tips", piece.line, piece.label, f"**{label}:** {text}" if text else ""))
        else:
            out.append(piece)
    return out


def _asked_end(piece: Piece) -> int:
    """Where the list of questions that ``piece`` opens with ends (after a line leading into it, if any): the
    index of the first block after it, when the list holds two questions or more and only paragraphs follow it;
    0 when ``piece`` is no such list."""
    if piece.rest.strip():
        return 0
    blocks = piece.blocks
    start = 1 if blocks and blocks[0].kind is not ITEM and blocks[0].text.rstrip(" *_").endswith(":") else 0
    end = start
    while end < len(blocks) and blocks[end].kind is ITEM:
        if blocks[end].indent == blocks[start].indent and not _asking(blocks[end].text):
            return 0
        end += 1
    tops = [b for b in blocks[start:end] if b.indent == blocks[start].indent] if end > start else []
    if len(tops) < 2 or any(b.kind is ITEM for b in blocks[end:]):
        return 0
    return end


def _asking(text: str) -> bool:
    """Whether a list item asks, also with the writer's short reply after its mark ("Do they have the skills? Yes
    (proven track record)")."""
    asked, mark, _ = text.partition("?")
    return is_question(text) or bool(mark) and is_question(asked + mark)
