"""A case study that fills the whole document -> one scenario.

``# Case Study: <name>`` (or ``# Case: <name>``, ``# Scenario: <name>``) as the document's only title, over
sections that first set the scene (an overview, the initial situation, the challenge), then say what goes
wrong (the problems, their impact), then how the case was handled (a diagnosis, a strategy in phases, the
outcomes) and what it teaches (lessons, mistakes to avoid): one scenario named by the title. The scene is its
situation, the problems its challenges, each section of the response a discussion point, the lessons its tips,
the mistakes its red flags and the follow-up questions its follow-ups. Sections read in that order: once the response has begun, a later heading
that happens to say "setting" or "impact" is part of the response, not the scene.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .blocks import Block, HEADING, PARAGRAPH, ITEM, RULE
from .labels import COACH_SLOTS, slot
from .outline import Node
from .sections import why_noise
from .text import clean_title
from .textreader import label_of as line_label
from .unit import Loose, Piece, Unit
from ..lazyre import lazy_re

_CASE_WORD = lazy_re(r"^(?:the )?(?:case(?: study)?|scenario)(?: #?\d+)?$")
_SCENE = lazy_re(r"\b(?:overview|situation|background|context|setting|summary|the challenge|brief)\b")
_TROUBLE = lazy_re(r"\b(?:problems?|challenges?|issues?|impact|symptoms?|risks?|constraints?|pain points?)\b")
_LESSON = lazy_re(r"\b(?:lessons?|takeaways?|learnings?|tips?|advice|what worked|did right)\b")
_MISTAKE = lazy_re(r"\b(?:mistakes?|pitfalls?|anti-?patterns?)\b")


@dataclass(slots=True)
class Case:
    """The scenario a whole-document case study makes, and the sections it leaves out."""

    unit: Unit
    loose: list[Loose] = field(default_factory=list)


def whole_case(root: Node) -> Case | None:
    """The case study ``root`` is, when its only title names a case and its sections set a scene, state its
    problems and then respond to them; else ``None``."""
    if len(root.children) != 1 or any(b.text.strip() or b.rows for b in root.body):
        return None
    top = root.children[0]
    label, name = line_label(clean_title(top.head.text))
    if not name or not _CASE_WORD.match(" ".join(label.casefold().split())):
        return None
    case = Case(Unit(top.line, title=name))
    reader = _Reader(case.loose)
    if top.body:
        reader.pieces["scenario"].append(Piece("scenario", top.line, blocks=list(top.body)))
    for child in top.children:
        kind = reader.kind(child.head.text)
        if kind is None:  # a heading of the case's own: the scene until the problems are stated, then the response
            kind = "discussion" if reader.pieces["challenges"] else "scenario"
        reader.gather(child, kind, top=True)
    pieces = reader.pieces
    if not pieces["scenario"] or not pieces["challenges"] \
            or not (pieces["discussion"] or pieces["tips"] or pieces["redflags"] or pieces["followups"]):
        return None
    case.unit.pieces = [p for group in pieces.values() for p in group]
    return case


def split_case(case: Case, scenarios: list[Unit]) -> bool:
    """Whether the case is read as one scenario rather than as the ``scenarios`` its sections were assembled into:
    when there are none, or when several all take the case's own scene (each question heading of the case, "## What
    would you do?", made a scenario of it): the case's parts, not scenarios of their own. One scenario assembled
    from the sections is the case already, read by its own rules."""
    if not scenarios:
        return True
    scene = {piece.line for piece in case.unit.pieces if piece.slot == "scenario"}
    return len(scenarios) > 1 and all(piece.line in scene for unit in scenarios for piece in unit.pieces
                                      if piece.slot == "scenario")


class _Reader:
    """The pieces of a case, gathered section by section in reading order."""

    def __init__(self, loose: list[Loose]) -> None:
        self.loose = loose
        self.pieces: dict[str, list[Piece]] = {name: [] for name in ("scenario", "challenges", "discussion", "tips",
                                                                     "redflags", "followups")}

    def kind(self, head: str) -> str | None:
        """What a section's heading makes it: the scene, its challenges, the response (discussion), a lesson
        (tips), a mistake (redflags), noise; ``None`` when the heading does not say. Once the response has
        begun, no heading goes back to the scene or its problems."""
        name = slot(head)
        words = " ".join(clean_title(head).casefold().split())
        responding = bool(self.pieces["discussion"] or self.pieces["tips"] or self.pieces["redflags"]
                          or self.pieces["followups"])
        if name == "noise":
            return "noise"
        if name == "redflags" or _MISTAKE.search(words):
            return "redflags"
        if name == "followups":  # "## Follow-up questions": what the interviewer asks next, each a follow-up
            return "followups"
        if name in COACH_SLOTS or name == "learning" or _LESSON.search(words):
            return "tips"
        if not responding and (name == "challenges" or _TROUBLE.search(words)):
            return "challenges"
        if not responding and not self.pieces["challenges"] and (name == "scenario" or _SCENE.search(words)):
            return "scenario"
        return None

    def gather(self, node: Node, kind: str, top: bool = False) -> None:
        """``node``'s text into the pieces of its kind, its sub-sections by their own headings when they say."""
        if kind == "noise":
            self.loose.append(Loose(node.line, f"section '{clean_title(node.head.text)}'", why_noise(node.head.text)))
            return
        body = [b for b in node.body if b.kind is not RULE]
        if kind == "challenges":
            blocks = labelled_lists(body)
        elif kind == "discussion" and slot(node.head.text) in ("question", "discussion"):
            blocks = body  # "## Questions": each of its items a point to discuss
        elif kind == "discussion":
            blocks = [heading_block(node), *body] if body or not top and not node.children else body
        elif kind == "scenario" and not top:
            blocks = [heading_block(node), *body]
        else:
            blocks = body
        if blocks:
            self.pieces[kind].append(Piece(kind, node.line, clean_title(node.head.text), blocks=blocks))
        for child in node.children:
            own = self.kind(child.head.text)
            self.gather(child, kind if own is None or kind in ("tips", "redflags", "followups") and own == "scenario"
                        else own)


def heading_block(node: Node) -> Block:
    """A section's head as a heading, also when it is a title line in bold (``**Step 1: Gather data**``)."""
    return dataclasses.replace(node.head, kind=HEADING, text=clean_title(node.head.text), lead="",
                               rest="", bold=False, level=node.head.level or 6)


def labelled_lists(blocks: list[Block]) -> list[Block]:
    """A label alone on its line over a list (``**In code reviews:**`` then its items): one challenge, the
    label an item and the list nested under it, so that the label stays with what it groups."""
    out: list[Block] = []
    label: Block | None = None
    for block in blocks:
        if block.kind is PARAGRAPH and block.lead and not block.rest.strip():
            label = block
            out.append(dataclasses.replace(block, kind=ITEM, indent=0, number=None))
        elif block.kind is ITEM and label is not None:
            out.append(dataclasses.replace(block, indent=block.indent + 1))
        else:
            label = None
            out.append(block)
    return out
