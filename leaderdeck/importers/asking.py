"""Whether a block of a section asks, as the scanner reads it: a numbered line that carries on a run of numbered
questions, an item or paragraph that may start a question where it stands, a label in an answer's own list, a
line that heads the questions below it as their group.

:class:`Asking` holds these checks for :class:`.scan.Scanner`, which reads a section's blocks top to bottom.
"""

from __future__ import annotations

from itertools import islice

from .answerasks import asks_in_answer
from .answerlist import leads_into_list
from .asks import replies
from .blocks import Block, PARAGRAPH, ITEM, RULE
from .glosses import among_points
from .optionletters import lettered_option
from .labels import COACH_SLOTS, SCENARIO_SLOTS, STAR_SLOTS, answer_word
from .parts import ANSWERING, MAX_LABEL_WORDS, label_of
from .placeholders import marked_to_fill
from .prompts import heads_prompts
from .qnumbers import marks_question
from .questions import apart, bold_question, numbered_ask, question_of
from .reading import CRITERIA, Reading
from .quoting import words_to_say
from .readerprompts import reader_prompt
from .remarks import quoted_remark
from .text import ends_asking, is_criterion, is_question, only_questions, strip_emphasis, words
from .unmarkedpoint import unmarked_point
from .voice import as_i
from .wrapped import wrapped_question

# Pieces whose questions are content (a follow-up, a variant), never notes of their own.
_QUESTION_CONTENT = COACH_SLOTS | SCENARIO_SLOTS


class Asking(Reading):
    """The checks of whether a block asks, where it stands in a section being read."""

    in_part: frozenset[int] = frozenset()  # blocks inside a STAR part under way (:mod:`.inpart`)

    def answering(self, block: Block, name: str) -> bool:
        """A label in the list of an "**Answer:**" that is no story ("- **Timely:** ...", "- **Shape:**" over
        "  - **Situation:** ..."), also under an answer whose own line leads into its list ("**A**: I use a simple
        structure:" over "- **Observation**: ..." / "- **Impact**: ..."): words of the answer, not a story's part. A
        list that opens with a STAR label tells the story; a coaching label keeps its role, but in numbered steps
        opened by a label of the writer's own ("1. **Trace:** ..." ... "3. **Measure:** ...") it is one more step."""
        piece = self.piece
        if piece is None or piece.slot != "answer" or not piece.label or block.kind is not ITEM \
                or piece.rest and not leads_into_list(piece) or name == "question" \
                or block.indent < piece.indent:
            return False
        first = next((b for b in piece.blocks if b.kind is ITEM), None)
        opener = label_of(first) if first is not None else None
        if name in COACH_SLOTS and not answer_word(block.lead) and not _a_step(block, first, opener):
            return False
        if first is None:
            return False
        return block.indent > first.indent or opener is None or opener[0] not in STAR_SLOTS

    def answered_next(self, rest: str) -> bool:
        """Whether the block after a ``Q:`` line is labelled as its answer (``A:``, ``Answer:``) while ``rest``, the
        question, is one line: a question however it is worded ("Q: Expected salary")."""
        answer = label_of(self.following) if self.following is not None else None
        return "\n" not in rest.strip() and answer is not None and answer[0] == "answer"

    def options_next(self, rest: str) -> bool:
        """Whether the block after a ``Question:`` line opens a run of lettered options (``* **A.** ...``) while
        ``rest``, the question, is one line: a question however it is worded ("Rank the following actions:")."""
        return "\n" not in rest.strip() and self.following is not None and lettered_option(self.following)

    def numbered(self, block: Block) -> bool:
        """A numbered line in a run of numbered questions: the next question when it carries the next number,
        a step of the answer's own list when its number is one the questions used already."""
        unit = self.unit
        if block.kind is not ITEM or block.number is None or unit is None or unit.number is None \
                or block.indent != unit.indent or unit.nested:
            return False
        if block.plain and not block.text:
            self.end_unit()  # plain text: "4." alone at the questions' level, an entry left without its question;
            return True  # what follows answers nothing
        answering = any(not p.empty for p in unit.pieces)
        if answering and (block.number == self.list_next or block.number <= unit.number) \
                and not ends_asking(block.text.rstrip()):
            self.list_next = block.number + 1
            self.add(block)
            return True
        if block.number == unit.number + 1 and self.can_ask(block):
            first, _, rest = block.text.partition("\n")
            if is_criterion(first):
                self.criterion(block)
                return True
            if not block.plain and (wrapped := wrapped_question(block.text)) is not None:
                first, rest = wrapped  # "2. How do you handle a report who disagrees with" / "your decision?"
            elif (said := bold_question(first, True)) is not None:  # "3. **How ...?** - what they look for"
                first, rest = said[0], "\n".join(filter(None, (said[1], rest.strip())))
            self.start(block, first.strip(), rest.strip())
            return True
        return False

    list_next: int = 0

    def _list_ended(self, block: Block) -> bool:
        """A paragraph after the list whose item held a coaching label and its text ("- Tips: ..."): the list, and
        the coaching with it, is over."""
        previous = self.seen[-2] if len(self.seen) > 1 else None
        if block.kind is not PARAGRAPH or previous is None or previous.kind is not ITEM \
                or block.indent > self.piece.indent:
            return False
        if self.piece.rest:
            return True
        # "Common pitfalls:" over its bullets, a blank line, then a line that asks: the next question, after a
        # coaching label that held nothing but its list (a scenario's question after its challenges is its own)
        return self.piece.slot in COACH_SLOTS and block.line > previous.end + 1 and all(b.kind is ITEM for b in self.piece.blocks if b.text.strip()) \
            and bool(self.piece.blocks) and only_questions(block.text)

    def _bold_ask_after(self, block: Block) -> bool:
        """A paragraph wholly in bold that only asks, after a coaching label whose text stood on its own line with
        nothing read since (``🚩 ***Red Flags:*** Overrules the team.`` then ``**What would you do if ...?**``): the
        next question of a page that sets its questions in bold, never one more red flag or tip. A coaching label
        over a list or paragraphs keeps the questions it holds (follow-ups)."""
        piece = self.piece
        if not piece.rest or piece.blocks or block.kind is not PARAGRAPH or block.quoted or block.lead \
                or block.indent > piece.indent:
            return False
        text = block.text.strip()
        return text.startswith(("**", "__")) and strip_emphasis(text) != text and "\n" not in text \
            and only_questions(strip_emphasis(text))

    def _next_numbered(self, block: Block) -> bool:
        """``block`` carries on the numbered list of the question being read, at its depth, with the next number
        and asks ("1. ..." / "**Problem:** ..." / "2. When did you ...?"): the next question, whatever label is open."""
        unit = self.unit
        if unit is None or not unit.from_item or unit.number is None or block.kind is not ITEM \
                or block.number != unit.number + 1 or block.indent != unit.indent or not is_question(block.first_line):
            return False
        numbered = (b for b in islice(reversed(self.seen), 1, None) if b.kind is ITEM and b.indent == block.indent
                    and b.number is not None)
        last = next(numbered, None)  # "**Follow-ups:**" over "1. ..." / "2. ...": a list of its own, no next question
        return last is not None and last.line == unit.line

    def can_ask(self, block: Block) -> bool:
        """Whether ``block`` may start a question where it stands: the label being read, where the block sits in
        its list and what is said around it may rule it out (the piece being read is looked at first, the
        cheapest)."""
        if self.folded and block.folded:
            return False  # "<summary>What would you ask me?</summary>" over a question: the answer it gives
        if self.index in self.in_part and self.piece is not None and self.piece.slot in ANSWERING:
            return False  # "A:" over "- Would a replay charge twice?" then "R:": the story's own question, told
        if self.piece is not None and self.piece.slot in _QUESTION_CONTENT and self.piece.label != CRITERIA \
                and not self._list_ended(block) and not self.coaching_over(block) and not marks_question(block) \
                and not self._next_numbered(block) and not self._bold_ask_after(block):
            return False
        if self.piece is not None and self.piece.slot == "noise" and not self.piece.rest and not marks_question(block) \
                and not _numbered_anew(self.piece, block):
            return False  # "Table of contents" over its list of questions: not asked there
        if self.piece is not None and self.piece.slot is not None and block.indent > self.piece.indent:
            return False  # nested under a label: part of what the label holds
        if self.piece is not None and self.piece.slot in ANSWERING and not self.piece.rest \
                and block.kind is ITEM and not ends_asking(block.text.rstrip()) and not self._next_numbered(block):
            return False  # "**Approach:**" then "1. Explain the plan": the steps of the answer, not questions
            # ("2. How ...?", "Example answer:", its text, then "3. Tell me about ...": the next question)
        unit = self.unit
        if (self.under_question or unit is not None and unit.question) and unmarked_point(self.seen, block):
            return False  # "- The situation" / "- What actions you took": a point of the answer's list, unasked
        if self.piece is not None and self.piece.slot in STAR_SLOTS and not self.piece.rest \
                and block.kind is ITEM and (unit is None or not unit.question and not unit.title):
            return False  # "**Task:**" over "- What did you own?", before any question: what the part tells
        if block.kind is ITEM and marked_to_fill(block.text):
            return False  # "- _Fill in: why this option? What did you reject?_": the writer's blank, not asked
        if replies(self.seen) or among_points(self.seen, self.following):
            return False  # '- "Does Tuesday work?"' said to someone; "- **Impact** - how ...?" one of a list's points
        if asks_in_answer(self.blocks, self.index, self.unit, self.piece, self.under_question):
            return False  # "I start from the problem:" over "- Where are we today?": the answer's own steps
        before = self.seen[-2] if len(self.seen) > 1 else None
        if block.kind is PARAGRAPH and before is not None and before.kind is PARAGRAPH \
                and not before.quoted and words_to_say(block.text, before.text):
            return False  # "reply with a question such as:" over '"Is there a part ... ?"': the words to say
        if quoted_remark(self.blocks, self.index, block):
            return False  # '- "Why would you do that?"' among remarks quoted: what someone says, not a question
        if not self.under_question and reader_prompt(self.blocks, self.index):
            return False  # "- **Set the scene** with your team." over "  - Who depended on it?": the reader's prompts
        if unit is None or block.kind is ITEM:
            return True
        return not unit.from_item or unit.nested or apart(before, block) or numbered_ask(block) \
            or before is not None and before.kind is RULE  # a question after a "---" rule starts anew

    def group(self, block: Block) -> bool:
        """A non-question item, or a ``Label:`` line with nothing after it, that heads the questions below."""
        after = self.following
        over = self.coaching_over(block)  # "Hiring:" over the next questions, after the last ones' criteria
        if self.piece is not None and self.piece.slot is not None and not over:
            return False
        prompts = heads_prompts(self.seen, block, after)  # "Design exercises:" over the prompts nested under it
        # whether the block after asks: read only under what may head it (prompts, an item, a bare "Label:" line)
        asks = after is not None and (prompts or block.kind is ITEM or block.kind is PARAGRAPH and bool(block.lead)
                                      and not block.rest) and question_of(after) is not None
        # "11. **Theme**" over its questions written at its own depth (indented too little to nest): their group
        flat = block.bold and block.number is not None and asks and after.indent == block.indent
        if prompts or block.kind is ITEM and asks and (after.indent > block.indent or flat) \
                and not is_question(block.text) and words(block.text) <= MAX_LABEL_WORDS:
            self.prompting = block.indent if prompts else None
            depth = block.indent - 1 if flat else block.indent
            self.groups = [g for g in self.groups if g[0] < depth] + [(depth, block.text.rstrip(" :"))]
        elif block.kind is PARAGRAPH and block.lead and not block.rest and asks \
                and (self.unit is None or over) and not (self.under_question and as_i(block.lead)):
            # under a question's heading, "I keep a fixed shape:" opens the answer: no group's name
            self.groups = [(-1, block.lead)]
        else:
            return False
        if self.unit is not None and not self.unit.from_item:
            return False
        self.end_unit()  # the group's name goes to its questions as a hint, nowhere else
        return True


def _numbered_anew(piece, block: Block) -> bool:
    """Whether ``block`` starts a list of its own after the numbered items a label holds: its number is one they
    reached already (a contents list "1. ... 4." then the page's own "1. ...?" with its answer)."""
    return block.kind is ITEM and block.number is not None and any(
        held.kind is ITEM and held.indent == block.indent and held.number is not None and held.number >= block.number
        for held in piece.blocks)


def _a_step(block: Block, first: Block | None, opener: tuple[str, str, str] | None) -> bool:
    """``block`` numbered at the depth of an answer's numbered list whose first item is labelled in the writer's own
    words (``1. **Trace:** ...``): a step of that answer, whatever its label (``3. **Measure:** ...``)."""
    return first is not None and opener is None and first.number is not None and block.number is not None \
        and block.indent == first.indent and bool(first.lead)

