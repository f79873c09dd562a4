"""What a scan has read so far, and the ways to add to it: units, the pieces of the unit being read, criteria, a
story's title line and the questions a story covers."""

from __future__ import annotations

import dataclasses
from itertools import islice

from .blocks import Block, PARAGRAPH, ITEM
from .commentary import interviewer_remark
from .labels import also_for, COACH_SLOTS, META_SLOTS, SCENARIO_SLOTS, STAR_SLOTS, slot, star_slot
from .answerlist import leads_into_list
from .arrowremark import telling_advice
from .leadin import plain_lead_in
from .parts import is_title_line
from .posed import poses_question
from .cjkasks import closing_remark
from .questionaside import interviewer_aside
from .headprompts import question_aside
from .bracketanswer import aside_answers
from .advicerun import AdviceRuns
from .bareprompts import BarePrompts
from .prompts import prompt_asked
from .storyprompts import prompt_in_list
from .statedareas import StatedAreas
from .questions import arrow_at, bold_marked, bold_question, question_of, split_questions
from .quotedlead import bold_quoted, coaching_slot, quoted_lead
from .probes import turned_probe
from .remarks import scene_name
from .subparts import stays_in_part
from .answerfields import answer_field
from .text import follow_ups, is_coaching, is_criterion, unquote
from .toldonline import answer_on_line
from .voice import as_i, first_person
from .tiptold import told_after_tip
from .unit import Piece, Unit

_CHIP_WORDS = 3  # "Difficulty: Medium", "Frequency: Very high": a chip's value
_CASE_PARTS = SCENARIO_SLOTS - {"scenario"}  # what a scene named on its own line is told in
# a story's facts on lines of their own ("Competency: ...", "Level: Staff"), and the page's chips among them
# ("Timing: 2.5 minutes", "Target roles: ..."): reported when the story is made, never a line that ends it
_FACTS = META_SLOTS - {"title"} | {"noise"}
CRITERIA = "what the interviewer looks for"  # the label of criteria read from questions about the candidate


@dataclasses.dataclass(slots=True)
class Scan:
    units: list[Unit] = dataclasses.field(default_factory=list)
    before: list[Piece] = dataclasses.field(default_factory=list)  # pieces before the first unit
    loose: list[Piece] = dataclasses.field(default_factory=list)  # content after a unit that ended


class Reading:
    """The state of a scan of one section's blocks: what is read, and the unit and piece being read."""

    def __init__(self, hints: list[str], heading: str = "", under_question: bool = False,
                 folded: bool = False) -> None:
        self.out = Scan()
        self.hints = hints
        self.heading = heading  # the heading of the section read, when it is no question
        self.under_question = under_question  # the blocks read are under a question's heading: its answer
        self.folded = folded  # that heading is a <details> summary: what the section holds answers it, whatever it is
        self.unit: Unit | None = None
        self.piece: Piece | None = None
        self.groups: list[tuple[int, str]] = []  # (indent, label) of the group heads seen
        self.asking = False  # the last piece is a "Question:" label still waiting for its question
        self.carried: list[Block] = []  # plain text: a story's lead-in under its title line, for the story it opens
        self.bare = BarePrompts()  # short prompts in lists of questions ("- hardest migration")
        self.stated = StatedAreas()  # areas stated among asking items ("- Your reasons for changing roles.")
        self.advice_runs = AdviceRuns()  # lists of a guide's advice, requests among them ("- Describe the why.")

    seen: list[Block]
    following: Block | None = None  # the block after the one being read
    blocks: tuple[Block, ...] | list[Block] = ()  # the blocks being read, and the index of the one being read
    index = 0
    prompting: int | None = None  # the depth of the group of prompts being read ("Design exercises:")
    quoted_unit: Unit | None = None  # the unit an item opened with a question quoted in bold ('- **"Why?"** ...')

    def scene_named(self, block: Block, rest: str) -> bool:
        """A ``Scenario: The late migration`` line over the scenario's labelled parts, with no scenario or one
        whose parts are told before it: the scenario it names starts (``True``)."""
        unit = self.unit
        if not (named := scene_name(rest, self.following)) \
                or unit is not None and (unit.question or not unit.slots() & _CASE_PARTS):
            return False
        self.unit = Unit(block.line, title=named, hints=list(self.hints), indent=block.indent)
        self.out.units.append(self.unit)
        self.piece = None
        return True

    def prompt(self, block: Block) -> tuple[str, str] | None:
        """``(prompt, answer on the same block)`` when ``block`` is a prompt of a bank (:mod:`.prompts`); under a
        question's heading, only after an item that asks (the first item may be the question's answer)."""
        asked = self._prompt(block)
        if asked is None and self.unit is not None and self.unit is self.quoted_unit and block.kind is ITEM \
                and block.indent == self.unit.indent and block.text[:1] in "*_":
            asked = self._quoted_next(block)  # '- **"Handle ambiguity."** Show ...' after a quoted question's item
        if asked and (lead := bold_quoted(asked[0])):  # '**"Influence without authority."** The story ...'
            return lead[0], "\n".join(filter(None, (lead[1], asked[1])))  # the quoted words, then coaching on them
        return asked

    @staticmethod
    def _quoted_next(block: Block) -> tuple[str, str] | None:
        """An item opening with words quoted in bold, right after an item whose bold quote was a question: a prompt
        of the same list, unless the words are told as I (``**"My boss is the problem."**``: a line not to say)."""
        first, _, rest = block.text.partition("\n")
        lead = bold_quoted(first)
        if lead is None or first_person(lead[0]) or as_i(lead[0]):
            return None
        return first.strip(), rest.strip()

    def _prompt(self, block: Block) -> tuple[str, str] | None:
        if asked := prompt_asked(self.seen, block, self.prompting, None if self.under_question else self.following):
            return asked
        if prompt_in_list(self.blocks, self.index, block, self.under_question) \
                or self.bare.at(self.blocks, self.index, self.under_question):  # "- Time when you helped a peer."
            first, _, rest = block.text.partition("\n")  # "- hardest migration" among questions
            return first.strip().rstrip("，、,"), rest.strip()
        if (area := self.stated.at(self.blocks, self.index, block, self.under_question)) is not None:
            return area, ""  # "- Your reasons for changing roles." among items that ask: an area to prepare
        return None

    def criterion(self, block: Block) -> None:
        """"Is the candidate curious?": what the interviewer looks for, in the section's signals (each item with
        what is nested under it), not a note; the question read before it has ended."""
        if self.piece is None or self.piece.label != CRITERIA or self.unit is not None:
            self.end_unit()
            self.piece = Piece("signals", block.line, CRITERIA, indent=block.indent)
            self.holder().append(self.piece)
        self.piece.blocks.append(block)

    def probe(self, block: Block) -> bool:
        """A section's opening paragraph asking of the candidate in the third person ("What is the candidate's
        philosophy on X? How do they go about it?"): the question to prepare, turned to "you" (:mod:`.probes`);
        the rest of the paragraph and what follows it in the section are what the interviewer looks for."""
        if block.kind is not PARAGRAPH or len(self.seen) != 1 or self.unit is not None or self.out.units \
                or (turned := turned_probe(block.text)) is None or not is_criterion(block.text):
            return False  # the probe's shape first: most opening paragraphs ask nothing, known before their words
        self.start(block, turned[0], "")
        self.piece = Piece("signals", block.line, CRITERIA, turned[1], indent=block.indent)
        self.holder().append(self.piece)
        return True

    def start(self, block: Block, question: str, answer: str) -> None:
        if block.plain and (told := answer_on_line(question)):  # "13) why this team? i want ...": answer begun
            question, answer = told[0], "\n".join(filter(None, (told[1], answer)))
        question, extra = follow_ups(self.with_scene(block, question))
        question, aside = question_aside(question)  # "Why now? （先讲背景）": a note to self, a tip
        if aside and not answer and aside_answers(aside):
            answer, aside = aside, ""  # "Which ...? (Shipping with no way back, because ...)": its answer
        question, remark = closing_remark(question)  # "... 你怎么做。 诸如此类的还有不少。": the writer's remark
        question, said = interviewer_aside(question)  # "Tell me ...? This question tests ownership.": its signal
        if title := self._next_group(block):
            self.groups = [(-1, title)]
        group = next((label for indent, label in reversed(self.groups) if indent < block.indent
                      or block.kind is not ITEM), "")
        self.unit = Unit(block.line, question=question, hints=[*self.hints, *([group] if group else [])],
                         indent=block.indent, from_item=block.kind is ITEM, number=block.number,
                         follow_ups=extra, asides=tuple(filter(None, (aside, remark))))
        self.out.units.append(self.unit)
        first = block.text.partition("\n")[0]
        self.quoted_unit = self.unit if block.kind is ITEM and first[:1] in "*_" and bold_quoted(first) else None
        if said:
            self.unit.pieces.append(Piece("signals", block.line, rest=said, indent=block.indent))
        if block.text[:1] in "*_" and bold_marked(block.text):
            self.unit.labelled = True  # "**Q: Tell me ...**": a question given by its label, inside the bold
        self.piece = None
        self.list_next = 0
        if answer and bold_question(first) and interviewer_remark(answer) \
                and (not arrow_at(first) or is_coaching(answer)):
            # "**How do you ...?** Interviewers want to hear ...": what the question looks for, not its answer; after
            # an arrow ("**...?** → roughly one per 6-8 engineers, fewer for new managers") the writer's own answer
            self.unit.pieces.append(Piece("signals", block.line, rest=answer, indent=block.indent + 1))
        elif answer and "\n" not in answer and arrow_at(first) and telling_advice(first, answer):
            # '"Tell me about a technical challenge" → Focus on the technical solution': what to stress, a tip
            self.unit.pieces.append(Piece("tips", block.line, rest=answer.strip(), indent=block.indent + 1))
        elif answer and (lead := quoted_lead(first) or bold_quoted(first)) and coaching_slot(lead[1]) != "answer":
            # '"Tell me about ..." — show the scope you took on': what to show, not the answer
            self.unit.pieces.append(Piece(coaching_slot(lead[1]), block.line, rest=" ".join(answer.split()),
                                          indent=block.indent + 1))  # the paragraph's wrapped lines: one
        elif answer:
            self.unit.nested = True
            self.add(_answer_block(block, answer))

    def with_scene(self, block: Block, question: str) -> str:
        """Plain text: ``question`` with the line right above it that sets its scene ("Our team ships monthly." /
        "How would you speed that up?"), a paragraph of two lines after the answer before, taken out of it."""
        if not block.plain or block.kind is not PARAGRAPH or len(self.seen) < 3 \
                or self.seen[-1] is not block or self.unit is None or not self.unit.pieces \
                or not self.unit.pieces[-1].blocks:
            return question
        earlier, scene = self.seen[-3], self.seen[-2]
        piece = self.unit.pieces[-1]
        if piece.slot is not None or piece.blocks[-1] is not scene or scene.lead or scene.end != block.line - 1 \
                or earlier.end >= scene.line - 1 or not poses_question(f"{scene.text} {question}") \
                or not any(not p.empty for p in self.unit.pieces[:-1]) and len(piece.blocks) == 1:
            return question
        piece.blocks.pop()
        if not piece.blocks:
            self.unit.pieces.pop()
        return f"{scene.text.strip()} {question}"

    def title_line(self, block: Block, numbered: bool = False) -> tuple[int, str, list[Piece]] | None:
        """Plain text: the line standing alone right before a story's first part ("Cutting cloud spend",
        "STORY 2 - Hiring a team"), or before the story's facts that lead to it ("Competency: hiring"), is the
        story's title, taken out of what it was read into. ``(line, title, the facts' pieces)``, the facts taken
        out too: they are the story's. A line the teller wrote between the title and the part (a summary, "We grew
        the team ...") is the story's lead-in: it goes with the story (:attr:`carried`). ``numbered``: only a
        numbered line names it ("1. Conflict with a peer" over the first story's "Question:" line; an unnumbered
        line there is more likely the page's own title). A title line right under a story's last part, no blank line
        between, stands alone too when that part's line is over (:func:`_closed_part`)."""
        if not block.plain or len(self.seen) < 2 or self.seen[-1] is not block:
            return None
        pieces = self.holder()
        start = len(pieces)
        while start > 0 and pieces[start - 1].slot in _FACTS and pieces[start - 1].rest and not pieces[start - 1].blocks:
            start -= 1
        # what was read before the facts is self.seen[:read]; only its last three blocks are looked at
        read = slice(len(self.seen) - 1 - (len(pieces) - start)).indices(len(self.seen))[1]
        before = self.seen[max(0, read - 3):read]
        lead = before[-1] if read >= 2 and plain_lead_in(before[-1]) else None
        tail = before[-2:] if lead is not None else before[-1:]
        if not tail:
            return None
        candidate = tail[0]
        previous = before[-1 - len(tail)] if read > len(tail) else None
        # the last blocks held in the pieces before the facts, as many as the tail has, newest first
        held = list(islice((b for at in range(start - 1, -1, -1) for b in reversed(pieces[at].blocks)), len(tail)))
        if not all(any(b is h for h in held) for b in tail) \
                or not (_numbered_title(candidate) or not numbered and is_title_line(candidate)) \
                or (previous is not None and previous.end >= candidate.line - 1 and not _closed_part(previous)) \
                or lead is not None and lead.line != candidate.end + 1:
            return None
        self.unspaced = self.unspaced or previous is not None and previous.end >= candidate.line - 1
        carried = pieces[start:]
        del pieces[start:]
        for piece in pieces:
            piece.blocks[:] = [b for b in piece.blocks if not any(b is t for t in tail)]
        pieces[:] = [p for p in pieces if not (p.empty and p.slot is None)]
        self.carried = [lead] if lead is not None else []
        return candidate.line, candidate.text, carried

    def first_title(self) -> None:
        """Plain text: the line standing alone right over the first story of a bank whose later stories are titled
        by such lines ("1) Saving the launch" over "Q: ..." and "S: ..."): that story's title, not an introduction
        (the later ones are found by :meth:`title_line` when their question starts them; the first has no story
        before it to end). In a bank written with no blank lines (a later title line right under the story before)
        it needs none above it either."""
        units, before = self.out.units, self.out.before
        if len(units) < 2 or not before or units[0].title or not units[0].labelled \
                or not units[0].slots() & set(STAR_SLOTS) or not any(unit.title for unit in units[1:]):
            return
        piece = before[-1]
        block = piece.blocks[-1] if piece.slot is None and piece.blocks and not piece.rest else None
        if block is None or not block.plain or block.end != units[0].line - 1 \
                or not (is_title_line(block) or _numbered_title(block)) \
                or len(piece.blocks) > 1 and piece.blocks[-2].end >= block.line - 1 and not self.unspaced:
            return
        piece.blocks.pop()
        if not piece.blocks:
            before.pop()
        units[0].title, units[0].line = block.text.strip(), block.line

    def cover(self, block: Block, rest: str, label: str = "") -> None:
        """"Questions this answers:" (a story bank): the questions on the line or listed below it are the story's,
        the first its question, the others its variants. The story is the unit being read when it has no question
        yet (the list comes after its parts), else the one that starts here; a label saying "also" ("Also works
        for:", "Also good for:") under a question adds to that question's story: its variants."""
        unit = self.unit
        if unit is None or unit.question and not also_for(label):
            # plain text: a title line standing alone above it (with the story's facts under it), first or after
            # the story before, names this story
            title = self.title_line(block) if unit is None or unit.slots() & set(STAR_SLOTS) else None
            unit = Unit(title[0] if title else block.line, title=title[1] if title else "", hints=list(self.hints),
                        indent=block.indent, pieces=title[2] if title else [])
            self.out.units.append(unit)
            self.unit = unit
        unit.labelled = True  # a question given by a label: a named story's name is its title
        self.piece = None
        self.covering = unit
        for question in split_questions(rest) if rest.strip() else ():
            _cover(unit, question, block.line)

    covering: Unit | None = None  # the story whose "Questions this answers" list is being read
    unspaced = False  # plain text: a later story's title line was found right under the story before, no blank line

    def covered(self, block: Block) -> bool:
        """A listed question of the story being covered: any item of the list, or a paragraph that asks."""
        unit = self.covering
        if block.kind is ITEM and block.indent >= unit.indent and block.text and not block.lead:
            _cover(unit, unquote(block.text.split("\n")[0].strip()), block.line)
            return True
        if (asked := question_of(block)) is not None and not asked[1]:
            _cover(unit, unquote(asked[0]), block.line)
            return True
        return False

    def coaching_over(self, block: Block) -> bool:
        """Whether the coaching label being read (``**What they look for:** ...``, its list) is over at ``block``:
        the next number of the run of numbered questions, or a ``Label:`` line over questions after its text (a
        group of the next questions). Its own list's questions are follow-ups, its own numbers steps."""
        piece, unit = self.piece, self.unit
        if piece is None or piece.slot not in COACH_SLOTS or block.indent > piece.indent:
            return False
        if block.kind is ITEM and unit is not None and unit.number is not None \
                and block.number == unit.number + 1 and block.indent == unit.indent \
                and not any(b.kind is ITEM and b.number is not None for b in piece.blocks):
            return True
        return block.kind is PARAGRAPH and bool(block.lead) and not block.rest and slot(block.lead) is None \
            and (bool(piece.rest) or bool(piece.blocks)) and self.following is not None \
            and question_of(self.following) is not None

    def _next_group(self, block: Block) -> str:
        """Plain text: a title line standing alone that ends the coaching before the question at ``block``
        ("HIRING" after the last topic's criteria) names the next questions' group; taken out of the coaching."""
        piece = self.piece
        if piece is None or piece.slot not in COACH_SLOTS or not piece.blocks or not block.plain:
            return ""
        last = piece.blocks[-1]
        before = piece.blocks[-2].end if len(piece.blocks) > 1 else piece.line
        if not is_title_line(last) or before >= last.line - 1:
            return ""
        piece.blocks.pop()
        return last.text.strip()

    def point_of_part(self, block: Block) -> bool:
        """A labelled item inside the STAR part being read ("- **Team:** six engineers" under "**Situation:**"):
        kept in that part with its label (:mod:`.subparts`)."""
        piece = self.piece
        if piece is None or not block.lead:
            return False
        opener = piece.opener or next((b for b in piece.blocks[:1] if b.line == piece.line), None)
        by_item = opener is not None and opener.kind is ITEM
        if not stays_in_part(piece, by_item, block, star_slot(block.lead), block.lead) \
                and not answer_field(piece, by_item, block):
            return False
        piece.blocks.append(block)
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

    def _chip(self, block: Block) -> bool:
        """Whether the piece being read is a chip of no interest ("Difficulty: Medium": a noise label and a value of
        a few words) and ``block`` a paragraph after it, no more of it; a noise label over a title ("Conclusion:
        Powering ...") goes on over the paragraphs under it."""
        piece = self.piece
        return piece is not None and piece.slot == "noise" and 0 < len(piece.rest.split()) <= _CHIP_WORDS \
            and block.kind is PARAGRAPH and block.indent <= piece.indent

    def add(self, block: Block) -> None:
        if self.piece is not None and (self.piece.slot in META_SLOTS or self._chip(block)):
            self.piece = None  # "Competency: X" or "Difficulty: Medium" holds X; what follows is the note's text
        elif self.piece is not None and self.piece.slot is not None and self.piece.rest and block.lead \
                and block.indent <= self.piece.indent and not leads_into_list(self.piece):
            self.piece = None  # "- **Task:** ..." then "- **Assets:** ...": a field of its own, not more task
        elif self.piece is not None and self.piece.slot in COACH_SLOTS and self.piece.rest \
                and self.piece.opener is not None and self.piece.opener.quoted and block.indent <= self.piece.indent:
            self.piece = None  # "> Tip" and its words, one quoted paragraph: what follows is no more of the tip
        elif self.piece is not None and told_after_tip(self.piece, block, self.under_question
                                                       or self.unit is not None and bool(self.unit.question)):
            self.piece = None  # "*Tip: open with the product.*" then "I use it daily ...": the answer, told
        elif self.piece is not None and self.piece.slot is not None and block.after_box:
            self.piece = None  # back at the margin after a '!!! tip "Tip"' box's body: no more of the box
        if self.piece is None:
            self.piece = Piece(None, block.line, indent=block.indent)
            self.holder().append(self.piece)
        self.piece.blocks.append(block)


def _closed_part(block: Block) -> bool:
    """A plain-text STAR part's line that is over (``R: Back in an hour.``, an empty ``R:``): a title line right
    under it, with no blank line between, as a notes app writes a bank, names the next story, not more of it."""
    rest = block.rest.rstrip()
    return block.plain and bool(block.lead) and star_slot(block.lead) in STAR_SLOTS \
        and (not rest or rest[-1] in _CLOSERS)


_CLOSERS = frozenset(".!?)\"”’。")


def _numbered_title(block: Block) -> bool:
    """Plain text: "2. Cutting cloud costs" at the margin, a numbered line that names (a story of a numbered
    bank, its fields indented under it), as :func:`is_title_line` reads an unnumbered one."""
    return block.kind is ITEM and block.plain and block.number is not None and not block.indent \
        and is_title_line(dataclasses.replace(block, kind=PARAGRAPH))


def _answer_block(block: Block, answer: str) -> Block:
    """The ``answer`` given on the line of the question ``block`` asks, as a paragraph nested one deeper under it:
    ``block`` with its kind, text, lead-in and number replaced, each other field kept. Built field by field:
    ``dataclasses.replace`` costs twice as much, and a bank's every question may carry its answer so."""
    return Block(PARAGRAPH, block.line, block.end, answer, level=block.level, indent=block.indent + 1, number=None,
                 quoted=block.quoted, lead="", rest="", bold=block.bold, info=block.info, rows=block.rows,
                 row_lines=block.row_lines, plain=block.plain, folded=block.folded, prompt=block.prompt,
                 box=block.box, after_box=block.after_box)


def _cover(unit: Unit, question: str, line: int) -> None:
    if not question:
        return
    if unit.question:
        unit.variants.append(question)
    else:
        unit.question = question
        unit.line = line
