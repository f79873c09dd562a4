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
from collections.abc import Iterator

from .criteria import criteria_at
from .listedstory import story_for_list
from .aims import aims_section
from .arrowremark import quoted_with_remark
from .askthem import asked_about_them, closing_questions_at, their_questions_at
from .blankparts import blanks_set_aside
from .flatanswers import Flat, flat_answers
from .blocks import Block, ITEM, TABLE, RULE
from .candidate import set_theirs_aside
from .cjkasks import closing_remark
from .labels import STAR_SLOTS, also_covers, normalise, outline_label, slot
from .cellasks import cell_questions
from .listedasks import themes_named
from .itemcoaching import nested_coaching
from .followlabel import labelled_follow_up
from .labelprobes import labelled_probe
from .groupclose import closes_group
from .groupintro import introduces_group
from .framework import framework_length
from .starkey import star_key_at
from .starprompts import prompted_key_at
from .indicators import indicator_items
from .labelguide import guidance_lines
from .lists import closes_list, in_answer_item, label_over_list, sibling
from .lookfors import asked_after_scene, look_for_point
from .plaincase import titles_case
from .posed import asked_next
from .selfprep import prep_list_at
from .subquestions import follow_up_of
from .parts import GOAL_REACH, aims_question, goes_on, label_of, story_part
from .namedpoints import named_points
from .slipask import asked_on_answer_line
from .storytable import star_rows
from .prompts import still_prompting
from .qnumbers import outlines_question
from .scenes import open_scene
from .coverfragments import listed, listed_fragments, split_fragments, story_next
from .accomplished import names_setting
from .onelinefacts import one_line_fact
from .labelledline import framed_question
from .questions import arrow_at, asked_line, question_of, split_questions
from .wrapped import wrapped_question
from .asking import Asking
from .reading import Scan
from .text import is_criterion, is_question, named_question
from .told import heads_text
from .quotedsample import quoted_sample
from .shownanswer import quoted_answer
from .orprompts import answers_asked, answers_slashed, quoted_alternatives
from .belowasked import answered_below, answered_on_line
from .inlinepoints import asked_with_points
from .storyhead import told_after_label
from .steplabels import answer_step
from .stepoutcome import step_outcome
from .unwritten import left_to_write
from .listclose import opens_after_list
from .underway import answer_spans
from .inpart import part_spans
from .unit import Piece, Unit

NAMED_FACTS = frozenset({"competencies", "tags"})  # facts a story's name line may have under it, before its parts


class Scanner(Asking):
    """Reads one section's blocks, top to bottom."""

    def scan(self, blocks: list[Block]) -> Scan:
        for _ in self._read(blocks):
            pass
        if self.facts:  # a story named, its facts given, and no story after them: reported where they stand
            self.holder().extend(self.facts)
            self.facts = []
        self.first_title()
        self.out.units[:] = story_for_list(self.out.units)  # a story told once under its list of questions
        return self.out

    _flat: tuple[list[Block], Flat] | None = None

    def flat(self) -> Flat:
        """Plain-text items that answer the question item above them, and those that end such a list
        (:mod:`.flatanswers`), found once for the blocks being read."""
        if self._flat is None or self._flat[0] is not self.blocks:
            self._flat = (self.blocks, flat_answers(self.blocks))
        return self._flat[1]

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
        self.framework = None
        held = answer_spans(blocks)
        self.in_part = part_spans(blocks)
        self.points = named_points(blocks)
        for index, block in enumerate(blocks):
            self.blocks, self.index = blocks, index
            if index in held and self.framework is None and self.held(block):
                yield  # "**Problem:** ..." inside "**3. Design exercise:**" of a long answer: the answer's text
                continue
            if self.framework is not None and (self.framework_left > 0 or self.end_framework()):
                self.framework.blocks.append(block)  # the framework's list: skipped with its name
                self.framework_left -= 1
                yield
                continue
            name, length = prep_list_at(blocks, index, self.heading)
            if not length and (length := closing_questions_at(blocks, index)):  # "questions:" closing the page
                name = "questions to ask"
            if not length and (length := criteria_at(blocks, index, self.heading)):  # "1. **Reach** - Who ...?"
                name = "the framework's criteria"
            if not length and (key := star_key_at(blocks, index)) is not None:  # "STAR" over "Story: what ..."
                self.start_framework(block, key[1], key[0])
                yield
                continue
            if not length and (length := prompted_key_at(blocks, index)):  # "**S**ituation: ..." over its prompts
                name = "STAR key"
            if not length and (length := asked_about_them(blocks, index)):  # "Ask questions that show ...:"
                name = "questions to ask"
            if length or (length := framework_length(blocks, index) or their_questions_at(blocks, index)):
                self.start_framework(block, length, name)
                yield
                continue
            if (found := indicator_items(blocks, index))[1]:  # "· Unblock your reports?" under "do you…"
                self.start_framework(block, found[1] - 1, found[0])
                self.framework.blocks.append(block)
                yield
                continue
            self.following = blocks[index + 1] if index + 1 < len(blocks) else None
            self.seen.append(block)
            self.block(block)
            if self.named is not None and self.unit is not None and self.unit.line >= self.named[0]:
                if not self.unit.title:
                    self.unit.title, self.unit.story = self.named[1], True  # "Story: name" over the story it names
                    self.unit.line = min(self.unit.line, self.named[0])  # the story starts at its name
                self.named = None
                if self.facts:  # "Competencies: ..." between "Story: name" and its story's start: that story's
                    self.unit.pieces[:0] = self.facts
                    self.facts = []
            yield

    points: frozenset[int] = frozenset()  # items naming an answer's own points, not parts (:mod:`.namedpoints`)
    named: tuple[int, str] | None = None  # a "Story: name" line waiting for the story it names
    facts: list[Piece] = []  # facts of the story named (its competencies, tags) read before it starts

    framework: Piece | None = None  # a STAR framework or self-check list and the line over it, being set aside
    framework_left = 0

    def start_framework(self, block: Block, length: int, name: str = "") -> None:
        if not outlines_question(self.unit, block):
            self.end_unit()
        self.seen.append(block)
        self.framework = Piece("noise", block.line, name or (block.lead or block.text).strip(" *_:"),
                               indent=block.indent)
        self.holder().append(self.framework)
        self.framework_left = length

    def held(self, block: Block) -> bool:
        """Add ``block`` to the answer being read when there is one under a question (:mod:`.underway`)."""
        asked = self.under_question if self.unit is None else bool(self.unit.question)
        if not asked or self.piece is None or self.piece.slot != "answer":
            return False
        self.seen.append(block)
        self.following = None
        self.piece.blocks.append(block)
        return True

    def end_framework(self) -> bool:
        self.framework = None
        return False

    def block(self, block: Block) -> None:
        self.prompting = still_prompting(self.prompting, block)
        if block is self.scene_block or self.sampled and any(block is b for b in self.sampled):
            return  # the scene of the named scenario above, or a sample reply's lines, read with it
        if (sample := quoted_sample(self.blocks, self.index)) is not None:
            self.end_unit()  # '> "Tell me about ..."' / "A good response could be:" / '> "I would ..."'
            self.start(block, sample.question, sample.answer)
            if sample.advice:  # 'Show how you improved it. A good reply to "...?":': how to answer it
                self.unit.pieces.append(Piece("tips", block.line, rest=sample.advice, indent=block.indent + 1))
            self.end_unit()
            self.sampled = sample.blocks
            return
        if (opened := open_scene(block, self.following, self.heading, len(self.seen) == 1, self.hints)) is not None:
            self.end_unit()  # "**Scenario A**: name" over "*"Your team ... How do you ...?"*": a scenario of its own
            self.unit, self.scene_block = opened
            self.out.units.append(self.unit)
            return
        unit = self.unit
        if unit is not None and unit.question and (asked := labelled_follow_up(block) or labelled_probe(unit, block)):
            unit.follow_ups = (*unit.follow_ups, asked)  # "- Follow-up: What did you change?", "**Example**: ...?"
            unit.nested = unit.from_item
            return
        if follow_up_of(self.blocks, self.index, unit):
            unit.follow_ups = (*unit.follow_ups, block.text.strip())  # "  - What did you struggle with?"
            unit.nested = unit.from_item
            return
        if self.point_of_part(block) or not self.under_question and set_theirs_aside(self, block):
            return  # '"I use X a lot. How does your team ...?"': the writer's to ask
        if look_for_point(self.piece, block):
            self.piece.blocks.append(block)  # "- **Triage**: Is it ...?" under "**What to Look For**:": a signal
            return
        before = self.seen[-2] if len(self.seen) > 1 else None  # the block read before this one
        if left_to_write(unit, before, block):
            self.end_unit()  # "7. Give an example ..." / " - " / then a guide's advice: the answer is still to write
            unit = None
        if opens_after_list(unit, before, block, self.following):
            self.end_unit()  # "1. ..." "2. ..." then "EM -: Leadership type questions...": a new group's heading
            unit = None
        if unit is not None and not unit.question and not unit.title and self.piece is not None \
                and self.piece.slot is not None and block.plain \
                and heads_text(block, before, self.following):
            self.end_unit()  # "Learnings: ..." then "Outage story #3": a new titled text, not more of the part
            unit = None
        if unit is not None and unit.from_item and block.indent > unit.indent:
            unit.nested = unit.nested or not in_answer_item(self.seen, unit)  # "- a point" / "    - its detail"
            if (found := label_of(block)) is not None and (story_part(found, unit) or found[0] == "followups"
                                                          or found[0] == "answer" and not unit.slots()
                                                          or nested_coaching(found)) \
                    and (self.piece is None or block.indent <= self.piece.indent or self.piece.slot in STAR_SLOTS):
                # "1. Tell me about..." then "- **S:** ..." (or "- *Follow-ups:*", "Ans: ...", "- *Tip:* ..."): its
                # story's parts, its follow-ups, its answer, its coaching
                self.piece = Piece(found[0], block.line, found[1], found[2], indent=block.indent, opener=block)
                unit.pieces.append(self.piece)
                return
            if found is not None and found[0] == "title" and found[2] and self._names(unit):
                unit.title, unit.story = found[2], True  # "- Story: the search rewrite" under the question
                return
            self.add(block)
            return
        if unit is not None and (closes_group(self.out.units, block, self.following)
                                 or introduces_group(unit, block, self.following)):
            self.end_unit()  # "**Points to show:**", a rating form, "11. **Theme**" after unanswered questions
            unit = None
        if unit is not None and unit.from_item and block.kind is ITEM and block.indent < unit.indent \
                or unit is not None and block.plain and block.kind is ITEM and block.line in self.flat().ends:
            self.end_unit()  # an item further out (or of another kind after a flat list): the list around goes on
        elif unit is not None and unit.from_item and not unit.nested \
                and sibling(unit.indent, unit.number, any(not p.empty for p in unit.pieces)
                            or label_over_list(self.piece), block) \
                and label_of(block) is None and not question_of(block) \
                and (block.number is None or block.number != unit.number + 1) \
                and not (block.plain and block.line in self.flat().answers):  # the next number: the next prompt
            if is_criterion(block.text):
                self.criterion(block)
                return
            self.end_unit()  # "- Tell me about a conflict?" / "- an example of ownership": a prompt, not its answer
        if block.kind is RULE and unit is not None and not self.asking \
                and (block.plain or self.piece is not None and self.piece.slot == "answer" and self.piece.empty):
            self.end_unit()  # plain text: a "-----" line closes what was being read; so does one under "Answer:"
            return  # with nothing written under it: the answer was left to write
        if self.asking and (asked := question_of(block) or asked_line(block)  # "**Question:**" / "- Compare
                            or framed_question(before, block, self.following)):  # two brokers." / "**Answer:**"
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
        if block.kind is TABLE and (rows := star_rows(block)):
            for row in rows:  # | **S** | text |: each row a STAR part; "| Bet | text |" kept in the part above
                if row.lead:
                    self.label(row, slot(row.lead) or "", row.lead, row.rest)
                else:
                    self.add(row)
            self.piece = None
            return
        if (self.under_question or unit is not None and unit.question) \
                and (said := quoted_answer(block, self.following)):
            self.label(block, "answer", block.text.strip(), said)  # "Model shape" over '"I owned the slip ..."'
            self.sampled = (self.following,)
            return
        if (found := label_of(block)) is not None and not self.answering(block, found[0]) \
                and not (self.index in self.in_part and found[0] in (*STAR_SLOTS, "impact")) \
                and self.index not in self.points \
                and not answer_step(self.blocks, self.index) and not step_outcome(self.blocks, self.index, found[0]) \
                and not (unit is None and found[0] in STAR_SLOTS
                         and closes_list(self.seen, block, self.following, lambda b: label_of(b) is not None)):
            self.label(block, *found)
            return
        if self.numbered(block):
            return
        if self.probe(block):
            return  # "What is the candidate's approach to X? How do they ...?" opening a section: asked of you
        answers = block.plain and block.kind is ITEM and block.line in self.flat().answers  # a flat list's answer
        if not answers and self.can_ask(block) and (asked := asked_next(block, self.unit, before, self.following)
                                                    or self.prompt(block)) \
                and (self.under_question or not self.advice_runs.at(self.blocks, self.index)):  # "- Describe the
            # principle behind it." beside "- Be honest about ...": a guide's advice, not a question
            if is_criterion(asked[0]):
                self.criterion(block)
                return
            self.start(block, *asked)
            if arrow_at(block.text.split("\n")[0]):
                self.end_unit()  # "Question? => answer": the answer is on the line
            return
        if unit is not None and unit.from_item and unit.nested and block.indent <= unit.indent:
            self.end_unit()
        if self.group(block):
            return
        if (self.under_question or unit is not None and unit.question) and (said := guidance_lines(block)):
            self.piece = None  # "Owner vs participant: Many candidates ...": what the interviewer looks for
            self.holder().extend(Piece("signals", block.line, rest=line, indent=block.indent) for line in said)
            return
        self.add(block)

    scene_block: Block | None = None  # the paragraph of a named scene, read with the label above it
    sampled: tuple[Block, ...] = ()  # the line introducing a sample reply and the reply, read with its question

    def mixed_answers(self, block: Block, label: str, rest: str) -> bool:
        """An ``Answers:`` line by a story (a STAR part after it) whose comma list mixes questions with names: the
        questions are the story's question and variants, the names its competencies."""
        if not self.answers_by_story(label, rest):
            return False
        asked, named = split_fragments(rest)
        if not asked or not named:
            return False
        self.cover(block, asked, label)
        self.unit.pieces.append(Piece("competencies", block.line, label, named, indent=block.indent))
        self.piece = None
        return True

    def answers_by_story(self, label: str, rest: str) -> bool:
        """An ``Answers:`` label over a list of fragments (:func:`.coverfragments.listed_fragments`) by a story: in
        its parts, or right above them, and under no question."""
        unit = self.unit
        return not self.under_question and (unit is None or not unit.question) and normalise(label) == "answers" \
            and listed_fragments(rest) \
            and bool(unit is not None and unit.slots() & set(STAR_SLOTS) or story_next(self.blocks, self.index))

    def label(self, block: Block, name: str, label: str, rest: str) -> None:
        unit = self.unit
        if name == "answer" and listed(rest) and self.mixed_answers(block, label, rest):
            return  # "Answers: Disagree and Commit, Tell me about a failure" by a story: its value and its question
        if name == "answer" and not self.under_question \
                and asked_on_answer_line(self.blocks, self.index, unit, label, rest):
            name = "question"  # "* **A** : Why do we ...?" over the story's "**S** :" ... "**A** :": its question
        if name == "question" and normalise(label).endswith("questions") and self.in_scenario():
            name = "discussion"  # a scenario's "Questions:": what to discuss, not a bank of notes
        elif name == "question" and rest and unit is not None and not unit.question and self.in_scenario() \
                and is_question(rest):
            name = "task"  # "**Situation:** ..." / "**Challenges:** ..." / "**Question:** What do you do?": its ask
        if name == "question" and rest and not block.plain and (wrapped := wrapped_question(rest)) is not None:
            rest = "\n".join(filter(None, wrapped))  # "Q: How do you handle" / "a disagreement with your VP?"
        if name == "question":
            # plain text: "STORY 2 - Hiring" standing alone over the next story's "Q:" line, after a story's
            # parts, is that story's title, not the last part's text
            title = self.title_line(block) if unit is not None and unit.slots() & set(STAR_SLOTS) \
                else self.title_line(block, numbered=True) if unit is None else None
            self.unit = Unit(title[0] if title else block.line, title=title[1] if title else "",
                             hints=list(self.hints), indent=block.indent, labelled=True,
                             pieces=title[2] if title else [])
            self.out.units.append(self.unit)
            self.piece = None
            if rest and (asked := cell_questions(rest))[1]:
                self.unit.question, self.unit.variants = asked[0], list(asked[1])  # "Questions: Tell me ...; Describe ..."
            elif rest and (offered := quoted_alternatives(rest)):
                self.unit.question, self.unit.variants = offered[0], offered[1:]  # '"Tell me ..." or "Describe ..."'
            elif rest and (remarked := quoted_with_remark(rest)) is not None:
                self.unit.question = remarked[0]  # '"Tell me about a failure" → Maps to **Ownership**': a note on it
                self.piece = Piece("answer" if remarked[2] else "tips", block.line, rest=remarked[1],
                                   indent=block.indent)  # '"How do you ...?" → "I rank ..."': its answer
                self.unit.pieces.append(self.piece)
                self.piece = self.piece if remarked[2] else None
            elif rest and ((told := answered_on_line(rest)) or block.prompt or is_question(rest)
                           or named_question(rest) or asked_after_scene(rest)
                           or self.answered_next(rest)  # "Q: Expected salary" over "A: ...": asked however worded
                           or self.options_next(rest)):  # "Question: Rank these:" over "* **A.** ...", "* **B.** ..."
                pointed = told or asked_with_points(rest) or answered_below(rest)  # asked, then answered: "Why
                # now? A: ...", "How ...? What ...? - a point", "**Q: How do you hire?**" / "With a scorecard." below
                first, *others = [pointed[0]] if pointed else split_questions(rest)
                self.unit.question, remark = closing_remark(first)  # "... 诸如此类的还有不少。": a note to self
                self.unit.asides = (remark,) if remark else ()
                self.unit.variants = others
                if pointed:
                    self.piece = Piece("answer", block.line, rest=pointed[1], indent=block.indent)
                    self.unit.pieces.append(self.piece)
            elif rest and (themes := themes_named(label, rest)):
                self.unit.pieces.append(Piece("tips", block.line, rest=themes, indent=block.indent))  # "Questions:
                # biggest project; conflict": the kinds of question the story fits
            else:
                self.asking = True
            return
        if name == "title" and rest and (told := told_after_label(rest)) is not None:
            name, rest = "answer", told  # '**Story**: "We had two weeks. I cut the scope."': the story itself
        if name == "title" and rest and normalise(label) != "name":
            if unit is not None and self._names(unit):
                unit.title, unit.story = rest, True  # under a question, before its parts: the story answering it
            else:
                self.named = (block.line, rest)  # "Story: The Quiet Outage": the name of the story that starts next
            self.piece = None
            return
        if name == "task" and (aims_question(unit, self.under_question, label, self.following,
                                             self.blocks[self.index + 1:self.index + 1 + GOAL_REACH])
                               or aims_section(unit, label, {p.slot for p in self.holder()},
                                               self.blocks, self.index)):
            name = "signals"  # "**Goal**: Show ..." then "**Answer**:", or over a section's questions: what they test
        if name == "covers" and rest.strip() and (quoted := answers_asked(rest)):
            rest = " / ".join(quoted)  # 'Use for: "Tell me about ...", "Describe a time ..."': prompts, quoted
        elif name == "covers" and rest.strip() and (not any(is_question(q) for q in split_questions(rest))
                                                    or listed_fragments(rest)):
            # "Good for: failure, influence": what the story shows, not what it answers (so is a comma list of
            # fragments of which only some ask, "a time you failed, people management"); "Also answers: "a," "b."":
            # the kinds of question it fits besides its own, a tip for telling it, said with its label
            name, rest = ("tips", f"{label.strip(' *_:')}: {rest}") if also_covers(label) else ("competencies", rest)
        if name == "answer" and rest.strip() and normalise(label) == "answers" \
                and (asked := answers_asked(rest) or answers_slashed(rest)):
            name, rest = "covers", " / ".join(asked)  # '*Answers: "How ...?" and "Tell me ..."*': what it answers
        elif name == "answer" and self.answers_by_story(label, rest):
            name = "competencies"  # "*Answers: biggest incident, a time you failed*" by a story: what it shows
        if name == "noise" and rest.strip() and (self.under_question or unit is not None and unit.question) \
                and outline_label(label):
            name, rest = "tips", f"{label.strip(' *_:')}: {rest}"  # "Framework: own it → impact → change"
        if name == "covers":
            self.cover(block, rest, label)
            return
        if name == "scenario" and not names_setting(label) and self.scene_named(block, rest):
            return
        if name in STAR_SLOTS and unit is not None and unit.has_slot(name) and not goes_on(unit, name) \
                and not blanks_set_aside(unit):  # a template's blank parts, then the sample: the sample is its story
            title = self.title_line(block)
            renamed = self.named is not None and self.named[0] > unit.line  # "Story: ..." since: a story of its own
            self.unit = Unit(title[0] if title else block.line, question="" if title or renamed else unit.question,
                             title=title[1] if title else "" if renamed else unit.title, hints=list(unit.hints),
                             indent=unit.indent, pieces=title[2] if title else [])
            self.out.units.append(self.unit)
        elif unit is None and (name in STAR_SLOTS or name in ("scenario", "challenges") and self.named is not None):
            # a story's first part; for a story named just above ("My story: ..."), also its "Problem:"
            title = self.title_line(block)
            self.unit = Unit(title[0] if title else block.line, title=title[1] if title else "",
                             hints=list(self.hints), indent=block.indent, pieces=title[2] if title else [])
            self.out.units.append(self.unit)
        if unit is not None and unit.from_item and unit.nested and block.indent <= unit.indent:
            self.end_unit()
        if self.carried:  # plain text: the lead-in under the title line of the story this part opens
            self.holder().append(Piece(None, self.carried[0].line, blocks=self.carried))
            self.carried = []
        rest, after = one_line_fact(name, rest)  # "Level: Staff+" / "I hire slowly ...": the answer under it
        self.piece = Piece(name, block.line, label, rest, indent=block.indent, opener=block)
        if after:
            self.holder().extend([self.piece, Piece(None, block.line + 1, rest=after, indent=block.indent)])
            self.piece = None
            return
        if self.named is not None and name in NAMED_FACTS and (self.unit is None or self.unit.line < self.named[0]):
            self.facts = [*self.facts, self.piece]  # held for the story the "Story: name" line above names
            return
        self.holder().append(self.piece)

    @staticmethod
    def _names(unit: Unit) -> bool:
        """Whether a ``Story: name`` line now names ``unit``: a question with no story name or parts yet."""
        return bool(unit.question) and not unit.title and not unit.slots() & set(STAR_SLOTS)

    def in_scenario(self) -> bool:
        """Whether the parts read so far set a scene: a context or scenario with its challenges."""
        slots = {p.slot for p in self.holder()}
        if self.unit is not None and not self.unit.question and slots & set(STAR_SLOTS) <= {"task"} \
                and (self.heading or titles_case(self.seen)):
            slots |= {p.slot for p in self.out.before}  # "Background: ..." then "Your task: ...": one titled scene
        return "scenario" in slots or bool(slots & {"situation"}) and bool(slots & {"challenges", "requirements"})
