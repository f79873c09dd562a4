"""The blocks of one section -> units (each started by a question) and labelled pieces.

A question starts a unit when it stands on its own: a list item whose first
line asks, a paragraph made only of questions, or the block after a
``Question:`` label. A list item's answer is what is nested under it (or, when
nothing is, the blocks after it); other units run to the next question. Label
lines (``**Situation:**``, ``Tips``, ``S:``) cut a unit into pieces; a STAR
part that comes round again starts another story for the same question. A
non-question item or a bare ``Label:`` line that is followed by questions is
their group ("Customer Obsession", "Microsoft:").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from .blocks import Block, BlockKind
from .labels import COACH_SLOTS, META_SLOTS, SCENARIO_SLOTS, STAR_SLOTS, answer_word, normalise, slot
from .lists import closes_list, sibling
from .text import (follow_ups, is_criterion, is_question, named_question, only_questions, quoted_question, unquote,
                   words)
from .unit import Piece, Unit

# Pieces whose questions are content (a follow-up, a variant), never notes of their own.
_QUESTION_CONTENT = COACH_SLOTS | SCENARIO_SLOTS
_MAX_LABEL_WORDS = 8
CRITERIA = "what the interviewer looks for"  # the label of criteria read from questions about the candidate
_MAX_TITLE_WORDS = 12


@dataclasses.dataclass(slots=True)
class Scan:
    units: list[Unit] = dataclasses.field(default_factory=list)
    before: list[Piece] = dataclasses.field(default_factory=list)  # pieces before the first unit
    loose: list[Piece] = dataclasses.field(default_factory=list)  # content after a unit that ended


def label_of(block: Block) -> tuple[str, str, str] | None:
    """``(slot, label, rest)`` when ``block`` is a label line."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.ITEM):
        return None
    if block.lead and (found := slot(block.lead)):
        return found, block.lead, block.rest
    if block.plain and not block.lead and block.kind is BlockKind.PARAGRAPH and words(block.text) <= _MAX_LABEL_WORDS:
        if (found := slot(block.text)) and not (block.text.rstrip().endswith("?") and found in _ASKABLE):
            return found, block.text, ""  # "What they are looking for" on its own line labels; it does not ask
    return None


# labels that also read as questions: a bare line "Question" is a label; "Questions?" asks nothing either
_ASKABLE = frozenset({"question", "container", "covers", "variants", "followups", "clarify", "discussion", "signals",
                      "tips", "redflags", "answer"})


def question_of(block: Block) -> tuple[str, str] | None:
    """``(question, answer on the same block)`` when ``block`` asks on its own."""
    if block.quoted or block.kind not in (BlockKind.PARAGRAPH, BlockKind.ITEM) or block.lead:
        return None
    first, _, rest = block.text.partition("\n")
    if "=>" in first:
        asked, _, answer = first.partition("=>")
        if only_questions(asked):
            return asked.strip(), "\n".join(filter(None, (answer.strip(), rest.strip())))
    if block.kind is BlockKind.ITEM:
        return (first.strip(), rest.strip()) if is_question(first) else None
    if only_questions(first) and (not rest or not is_question(rest)):
        return first.strip(), rest.strip()
    if block.kind is BlockKind.PARAGRAPH and not rest and (asked := _titled_question(first)):
        return asked, ""
    return None


_ABOUT_ANSWERING = re.compile(r"\b(?:answer\w*|respond\w*|question|tackl\w*|handl\w*|ace|nail)\b", re.IGNORECASE)


def _titled_question(line: str) -> str:
    """The question a page's title line quotes ('How to Answer "Describe a Conflict"'), when the rest of the
    line is only about answering it."""
    asked = quoted_question(line)
    if not asked:
        return ""
    around = re.sub(r"[\"“”]" + re.escape(asked) + r"[\"“”]", " ", line)
    return asked if len(around.split()) <= 6 and (not around.strip(" :—–-") or _ABOUT_ANSWERING.search(around)) else ""


class Scanner:
    """Reads one section's blocks, top to bottom."""

    def __init__(self, hints: list[str]) -> None:
        self.out = Scan()
        self.hints = hints
        self.unit: Unit | None = None
        self.piece: Piece | None = None
        self.groups: list[tuple[int, str]] = []  # (indent, label) of the group heads seen
        self.asking = False  # the last piece is a "Question:" label still waiting for its question

    def scan(self, blocks: list[Block]) -> Scan:
        for _ in self._read(blocks):
            pass
        return self.out

    def asks(self, blocks: list[Block]) -> bool:
        """Whether any unit :meth:`scan` finds in ``blocks`` has a question, read only as far as the first one (a
        unit's question, once found, stays)."""
        units = self.out.units
        for _ in self._read(blocks):
            if units and units[-1].question:
                return True
        return any(unit.question for unit in units)

    def _read(self, blocks: list[Block]) -> Iterator[None]:
        """Read ``blocks`` one at a time, pausing after each."""
        self.seen = []
        for index, block in enumerate(blocks):
            self.following = blocks[index + 1] if index + 1 < len(blocks) else None
            self.seen.append(block)
            self.block(block)
            if self.named is not None and self.unit is not None and self.unit.line >= self.named[0]:
                self.unit.title = self.unit.title or self.named[1]
                self.named = None
            yield

    named: tuple[int, str] | None = None  # a "Story: name" line waiting for the story it names

    following: Block | None = None

    def block(self, block: Block) -> None:
        unit = self.unit
        if unit is not None and unit.from_item and block.indent > unit.indent:
            unit.nested = True
            if (found := label_of(block)) is not None and _story_part(found, unit) \
                    and (self.piece is None or block.indent <= self.piece.indent or self.piece.slot in STAR_SLOTS):
                # "1. Tell me about..." then "- **S:** ...": the story's parts, under the question
                self.piece = Piece(found[0], block.line, found[1], found[2], indent=block.indent)
                unit.pieces.append(self.piece)
                return
            if found is not None and found[0] == "title" and found[2] and self._names(unit):
                unit.title, unit.story = found[2], True  # "- Story: the search rewrite" under the question
                return
            self.add(block)
            return
        if unit is not None and unit.from_item and block.kind is BlockKind.ITEM and block.indent < unit.indent:
            self.end_unit()  # an item further out: the list around the question goes on
        elif unit is not None and unit.from_item and not unit.nested \
                and sibling(unit.indent, unit.number, any(not p.empty for p in unit.pieces), block) \
                and label_of(block) is None and not question_of(block) \
                and (block.number is None or block.number != unit.number + 1):  # the next number: the next prompt
            if is_criterion(block.text):
                self.criterion(block)
                return
            self.end_unit()  # "- Tell me about a conflict?" / "- an example of ownership": a prompt, not its answer
        if block.kind is BlockKind.RULE and block.plain and unit is not None and not self.asking:
            self.end_unit()  # plain text: a "-----" line closes what was being read
            return
        if self.asking and (asked := question_of(block) or _asked(block)):
            self.asking = False
            unit = self.units_last()
            unit.question, answer = asked
            unit.line = block.line
            self.piece = None
            if answer:
                self.add(dataclasses.replace(block, text=answer, lead="", rest=""))
            return
        if self.covering is not None:
            if self.covered(block):
                return
            self.covering = None
        if block.kind is BlockKind.TABLE and (rows := _star_rows(block)):
            for row in rows:  # | **S** | text |: each row a STAR part
                self.label(row, row.lead and slot(row.lead) or "", row.lead, row.rest)
            self.piece = None
            return
        if (found := label_of(block)) is not None and not self.answering(block, found[0]) \
                and not (unit is None and found[0] in STAR_SLOTS
                         and closes_list(self.seen, block, self.following, lambda b: label_of(b) is not None)):
            self.label(block, *found)
            return
        if self.numbered(block):
            return
        if self.can_ask(block) and (asked := question_of(block)):
            if is_criterion(asked[0]):
                self.criterion(block)
                return
            self.start(block, *asked)
            if "=>" in block.text.split("\n")[0]:
                self.end_unit()  # "Question? => answer": the answer is on the line
            return
        if unit is not None and unit.from_item and unit.nested and block.indent <= unit.indent:
            self.end_unit()
        if self.group(block):
            return
        self.add(block)

    def answering(self, block: Block, name: str) -> bool:
        """A label in the list of an "**Answer:**" that is no story ("- **Timely:** ...", "- **Shape:**" over
        "  - **Situation:** ..."): words of the answer, not a story's part. A list that opens with a STAR label
        tells the story; a coaching label keeps its role."""
        piece = self.piece
        if piece is None or piece.slot != "answer" or not piece.label or piece.rest or block.kind is not BlockKind.ITEM \
                or name in COACH_SLOTS and not answer_word(block.lead) or name == "question" \
                or block.indent < piece.indent:
            return False
        first = next((b for b in piece.blocks if b.kind is BlockKind.ITEM), None)
        if first is None:
            return False
        opener = label_of(first)
        return block.indent > first.indent or opener is None or opener[0] not in STAR_SLOTS

    def numbered(self, block: Block) -> bool:
        """A numbered line in a run of numbered questions: the next question when it carries the next number,
        a step of the answer's own list when its number is one the questions used already."""
        unit = self.unit
        if block.kind is not BlockKind.ITEM or block.number is None or unit is None or unit.number is None \
                or block.indent != unit.indent or unit.nested:
            return False
        answering = any(not p.empty for p in unit.pieces)
        if answering and (block.number == self.list_next or block.number <= unit.number) \
                and not block.text.rstrip().endswith("?"):
            self.list_next = block.number + 1
            self.add(block)
            return True
        if block.number == unit.number + 1 and self.can_ask(block):
            first, _, rest = block.text.partition("\n")
            if is_criterion(first):
                self.criterion(block)
                return True
            self.start(block, first.strip(), rest.strip())
            return True
        return False

    list_next: int = 0

    def _list_ended(self, block: Block) -> bool:
        """A paragraph after the list whose item held a coaching label and its text ("- Tips: ..."): the list, and
        the coaching with it, is over."""
        previous = self.seen[-2] if len(self.seen) > 1 else None
        return bool(self.piece.rest) and block.kind is BlockKind.PARAGRAPH and previous is not None \
            and previous.kind is BlockKind.ITEM and block.indent <= self.piece.indent

    def can_ask(self, block: Block) -> bool:
        if self.piece is not None and self.piece.slot in _QUESTION_CONTENT and self.piece.label != CRITERIA \
                and not self._list_ended(block):
            return False
        if self.piece is not None and self.piece.slot == "noise" and not self.piece.rest:
            return False
        if self.piece is not None and self.piece.slot is not None and block.indent > self.piece.indent:
            return False  # nested under a label: part of what the label holds
        if self.piece is not None and self.piece.slot in _ANSWERING and not self.piece.rest \
                and block.kind is BlockKind.ITEM and not block.text.rstrip().endswith("?"):
            return False  # "**Approach:**" then "1. Explain the plan": the steps of the answer, not questions
        unit = self.unit
        if unit is None or block.kind is BlockKind.ITEM:
            return True
        return not unit.from_item or unit.nested

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

    def label(self, block: Block, name: str, label: str, rest: str) -> None:
        unit = self.unit
        if name == "question" and normalise(label).endswith("questions") and self.in_scenario():
            name = "discussion"  # a scenario's "Questions:": what to discuss, not a bank of notes
        if name == "question":
            self.unit = Unit(block.line, hints=list(self.hints), indent=block.indent, labelled=True)
            self.out.units.append(self.unit)
            self.piece = None
            if rest and (is_question(rest) or named_question(rest)):
                first, *others = _questions(rest)
                self.unit.question = first
                self.unit.variants = others
            else:
                self.asking = True
            return
        if name == "title" and rest and normalise(label) != "name":
            if unit is not None and self._names(unit):
                unit.title, unit.story = rest, True  # under a question, before its parts: the story answering it
            else:
                self.named = (block.line, rest)  # "Story: The Quiet Outage": the name of the story that starts next
            self.piece = None
            return
        if name == "covers" and rest.strip() and not any(is_question(q) for q in _questions(rest)):
            name = "competencies"  # "Good for: failure, influence": what the story shows, not what it answers
        if name == "covers":
            self.cover(block, rest)
            return
        if name in STAR_SLOTS and unit is not None and name in unit.slots() and not _goes_on(unit, name):
            title = self.title_line(block)
            self.unit = Unit(title[0] if title else block.line, question="" if title else unit.question,
                             title=title[1] if title else unit.title, hints=list(unit.hints), indent=unit.indent)
            self.out.units.append(self.unit)
        elif unit is None and (name in STAR_SLOTS or name in ("scenario", "challenges") and self.named is not None):
            # a story's first part; for a story named just above ("My story: ..."), also its "Problem:"
            title = self.title_line(block)
            self.unit = Unit(title[0] if title else block.line, title=title[1] if title else "",
                             hints=list(self.hints), indent=block.indent)
            self.out.units.append(self.unit)
        if unit is not None and unit.from_item and unit.nested and block.indent <= unit.indent:
            self.end_unit()
        self.piece = Piece(name, block.line, label, rest, indent=block.indent)
        self.holder().append(self.piece)

    @staticmethod
    def _names(unit: Unit) -> bool:
        """Whether a ``Story: name`` line now names ``unit``: a question with no story name or parts yet."""
        return bool(unit.question) and not unit.title and not unit.slots() & set(STAR_SLOTS)

    def in_scenario(self) -> bool:
        """Whether the parts read so far set a scene: a context or scenario with its challenges."""
        slots = {p.slot for p in self.holder()}
        return "scenario" in slots or bool(slots & {"situation"}) and bool(slots & {"challenges", "requirements"})

    def title_line(self, block: Block) -> tuple[int, str] | None:
        """Plain text: the line standing alone right before a story's first part ("Cutting cloud spend",
        "STORY 2 - Hiring a team") is the story's title, taken out of what it was read into. ``(line, title)``."""
        if not block.plain or len(self.seen) < 2 or self.seen[-1] is not block:
            return None
        candidate = self.seen[-2]
        previous = self.seen[-3] if len(self.seen) > 2 else None
        pieces = self.holder()
        if not pieces or not pieces[-1].blocks or pieces[-1].blocks[-1] is not candidate \
                or not _title_line(candidate) or (previous is not None and previous.end >= candidate.line - 1):
            return None
        pieces[-1].blocks.pop()
        if pieces[-1].empty and pieces[-1].slot is None:
            pieces.pop()
        return candidate.line, candidate.text

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
        for question in _questions(rest) if rest.strip() else ():
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

    def group(self, block: Block) -> bool:
        """A non-question item, or a ``Label:`` line with nothing after it, that heads the questions below."""
        after = self.following
        asks = after is not None and question_of(after) is not None
        if self.piece is not None and self.piece.slot is not None:
            return False
        if block.kind is BlockKind.ITEM and asks and after.indent > block.indent and not is_question(block.text) \
                and words(block.text) <= _MAX_LABEL_WORDS:
            self.groups = [g for g in self.groups if g[0] < block.indent] + [(block.indent, block.text)]
        elif block.kind is BlockKind.PARAGRAPH and block.lead and not block.rest and asks and self.unit is None:
            self.groups = [(-1, block.lead)]
        else:
            return False
        if self.unit is not None and not self.unit.from_item:
            return False
        self.end_unit()  # the group's name goes to its questions as a hint, nowhere else
        return True

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


_QUESTION_BREAK = re.compile(r"\s+/\s+|\n+|(?<=\?)\s+(?=[A-Z\"“])")


def _questions(text: str) -> list[str]:
    """``"Q1? / Q2?"``, or questions on lines of their own: each question."""
    parts = _QUESTION_BREAK.split(text.strip())
    return [unquote(p.strip()) for p in parts if p.strip()] or [unquote(text)]


def _title_line(block: Block) -> bool:
    """A short line of plain text that names rather than says: no label of ours, no question, no sentence end."""
    text = block.text.strip()
    return (block.kind is BlockKind.PARAGRAPH and block.plain and not block.quoted and block.indent == 0
            and "\n" not in text and 0 < words(text) <= _MAX_TITLE_WORDS and label_of(block) is None
            and not text.endswith((".", ",", ";", ":", "!", "?")) and not is_question(text))


def _cover(unit: Unit, question: str, line: int) -> None:
    if not question:
        return
    if unit.question:
        unit.variants.append(question)
    else:
        unit.question = question
        unit.line = line


def _asked(block: Block) -> tuple[str, str] | None:
    """After a ``Question:`` label, the first line of a block that asks (plain pages put it on its own line)."""
    if block.kind in (BlockKind.PARAGRAPH, BlockKind.ITEM) and is_question(block.text.split("\n")[0]):
        first, _, rest = block.text.partition("\n")
        return unquote(first.strip()), rest.strip()
    return None


def _star_rows(block: Block) -> list[Block]:
    """The rows of a table that tells a story a part per row (``| **S** | text |``, ``| Situation | text |``),
    each as a labelled paragraph at its row's line; empty when the table is something else."""
    rows = []
    for index, cells in enumerate(block.rows):
        filled = [cell.strip() for cell in cells if cell.strip()]
        if not filled:
            continue
        label = filled[0].strip(" *_:")
        name = slot(label) if len(filled) == 2 and len(label.split()) <= 3 else None
        if name not in STAR_SLOTS and not (name == "answer" and label.casefold() == "a"):
            if rows or index > 0:
                return []  # a row that is no STAR part: not a story table
            continue  # a header ("| Part | Story |") above the parts
        line = block.row_lines[index] if index < len(block.row_lines) else block.line
        rows.append(dataclasses.replace(block, kind=BlockKind.PARAGRAPH, line=line, end=line, text=filled[1],
                                        lead=label, rest=filled[1], rows=(), row_lines=()))
    return rows if len(rows) >= 2 else []


_ANSWERING = frozenset({"answer", *STAR_SLOTS})


def _goes_on(unit: Unit, name: str) -> bool:
    """A STAR label naming the part just read ("Action (immediate):" then "Action (follow-up):"): more of that
    part. An earlier part named again starts another story."""
    last = next((p.slot for p in reversed(unit.pieces) if p.slot in STAR_SLOTS), None)
    return last == name


def _story_part(found: tuple[str, str, str], unit: Unit) -> bool:
    """A STAR part's label (``A:`` after ``S:``/``T:`` is the action, as the note's kind reads it)."""
    name, label, _ = found
    return name in STAR_SLOTS or name == "answer" and label.strip(" *:").casefold() == "a" \
        and bool(unit.slots() & set(STAR_SLOTS))
