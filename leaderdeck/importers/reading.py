"""What a scan has read so far, and the ways to add to it: units, the pieces of the unit being read, criteria, a
story's title line and the questions a story covers."""

from __future__ import annotations

import dataclasses

from .blocks import Block, BlockKind
from .labels import META_SLOTS
from .parts import is_title_line
from .prompts import prompt_asked
from .questions import question_of, split_questions
from .text import follow_ups, unquote
from .unit import Piece, Unit

_FACTS = META_SLOTS - {"title"}  # a story's facts on lines of their own ("Competency: ...", "Level: Staff")
CRITERIA = "what the interviewer looks for"  # the label of criteria read from questions about the candidate


@dataclasses.dataclass(slots=True)
class Scan:
    units: list[Unit] = dataclasses.field(default_factory=list)
    before: list[Piece] = dataclasses.field(default_factory=list)  # pieces before the first unit
    loose: list[Piece] = dataclasses.field(default_factory=list)  # content after a unit that ended


class Reading:
    """The state of a scan of one section's blocks: what is read, and the unit and piece being read."""

    def __init__(self, hints: list[str], heading: str = "", under_question: bool = False) -> None:
        self.out = Scan()
        self.hints = hints
        self.heading = heading  # the heading of the section read, when it is no question
        self.under_question = under_question  # the blocks read are under a question's heading: its answer
        self.unit: Unit | None = None
        self.piece: Piece | None = None
        self.groups: list[tuple[int, str]] = []  # (indent, label) of the group heads seen
        self.asking = False  # the last piece is a "Question:" label still waiting for its question

    seen: list[Block]
    following: Block | None = None  # the block after the one being read
    prompting: int | None = None  # the depth of the group of prompts being read ("Design exercises:")

    def prompt(self, block: Block) -> tuple[str, str] | None:
        """``(prompt, answer on the same block)`` when ``block`` is a prompt of a bank (:mod:`.prompts`); under a
        question's heading, only after an item that asks (the first item may be the question's answer)."""
        return prompt_asked(self.seen, block, self.prompting, None if self.under_question else self.following)

    def criterion(self, block: Block) -> None:
        """"Is the candidate curious?": what the interviewer looks for, in the section's signals (each item with
        what is nested under it), not a note; the question read before it has ended."""
        if self.piece is None or self.piece.label != CRITERIA or self.unit is not None:
            self.end_unit()
            self.piece = Piece("signals", block.line, CRITERIA, indent=block.indent)
            self.holder().append(self.piece)
        self.piece.blocks.append(block)

    def start(self, block: Block, question: str, answer: str) -> None:
        question, extra = follow_ups(question)
        group = next((label for indent, label in reversed(self.groups) if indent < block.indent
                      or block.kind is not BlockKind.ITEM), "")
        self.unit = Unit(block.line, question=question, hints=[*self.hints, *([group] if group else [])],
                         indent=block.indent, from_item=block.kind is BlockKind.ITEM, number=block.number,
                         follow_ups=extra)
        self.out.units.append(self.unit)
        self.piece = None
        self.list_next = 0
        if answer:
            self.unit.nested = True
            self.add(dataclasses.replace(block, kind=BlockKind.PARAGRAPH, text=answer, lead="", rest="",
                                         number=None, indent=block.indent + 1))

    def title_line(self, block: Block) -> tuple[int, str, list[Piece]] | None:
        """Plain text: the line standing alone right before a story's first part ("Cutting cloud spend",
        "STORY 2 - Hiring a team"), or before the story's facts that lead to it ("Competency: hiring"), is the
        story's title, taken out of what it was read into. ``(line, title, the facts' pieces)``, the facts taken
        out too: they are the story's."""
        if not block.plain or len(self.seen) < 2 or self.seen[-1] is not block:
            return None
        pieces = self.holder()
        start = len(pieces)
        while start > 0 and pieces[start - 1].slot in _FACTS and pieces[start - 1].rest and not pieces[start - 1].blocks:
            start -= 1
        facts = len(pieces) - start
        if len(self.seen) < 2 + facts or start == 0:
            return None
        candidate = self.seen[-2 - facts]
        previous = self.seen[-3 - facts] if len(self.seen) > 2 + facts else None
        holder = pieces[start - 1]
        if not holder.blocks or holder.blocks[-1] is not candidate \
                or not is_title_line(candidate) or (previous is not None and previous.end >= candidate.line - 1):
            return None
        carried = pieces[start:]
        del pieces[start:]
        holder.blocks.pop()
        if holder.empty and holder.slot is None:
            pieces.remove(holder)
        return candidate.line, candidate.text, carried

    seen: list[Block]

    def cover(self, block: Block, rest: str) -> None:
        """"Questions this answers:" (a story bank): the questions on the line or listed below it are the story's,
        the first its question, the others its variants. The story is the unit being read when it has no question
        yet (the list comes after its parts), else the one that starts here."""
        unit = self.unit
        if unit is None or unit.question:
            unit = Unit(block.line, hints=list(self.hints), indent=block.indent)
            self.out.units.append(unit)
            self.unit = unit
        unit.labelled = True  # a question given by a label: a named story's name is its title
        self.piece = None
        self.covering = unit
        for question in split_questions(rest) if rest.strip() else ():
            _cover(unit, question, block.line)

    covering: Unit | None = None  # the story whose "Questions this answers" list is being read

    def covered(self, block: Block) -> bool:
        """A listed question of the story being covered: any item of the list, or a paragraph that asks."""
        unit = self.covering
        if block.kind is BlockKind.ITEM and block.indent >= unit.indent and block.text and not block.lead:
            _cover(unit, unquote(block.text.split("\n")[0].strip()), block.line)
            return True
        if (asked := question_of(block)) is not None and not asked[1]:
            _cover(unit, unquote(asked[0]), block.line)
            return True
        return False

    def end_unit(self) -> None:
        self.unit = None
        self.piece = None

    def holder(self) -> list[Piece]:
        if self.unit is not None:
            return self.unit.pieces
        return self.out.loose if self.out.units else self.out.before

    def units_last(self) -> Unit:
        return self.out.units[-1]

    def add(self, block: Block) -> None:
        if self.piece is not None and self.piece.slot in META_SLOTS:
            self.piece = None  # "Competency: X" holds X; what follows is the note's text
        elif self.piece is not None and self.piece.slot is not None and self.piece.rest and block.lead \
                and block.indent <= self.piece.indent:
            self.piece = None  # "- **Task:** ..." then "- **Assets:** ...": a field of its own, not more task
        if self.piece is None:
            self.piece = Piece(None, block.line, indent=block.indent)
            self.holder().append(self.piece)
        self.piece.blocks.append(block)



def _cover(unit: Unit, question: str, line: int) -> None:
    if not question:
        return
    if unit.question:
        unit.variants.append(question)
    else:
        unit.question = question
        unit.line = line
