"""An outline -> units: which sections are questions, stories, scenarios, coaching or noise.

Per section, by its heading: a label ("Tips", "Situation", "Why this is
asked") makes the section a piece of the note around it; noise ("Resources",
"Companies known to ask this", a STAR template) is skipped; a heading that
asks is a question. Any other heading is a title: of a story when its section
holds STAR parts and no question, of a scenario when it holds a situation with
challenges or discussion, else of a group of the questions below it. Coaching
sections of a group reach its notes when there are at most three of them (a
coaching page); for a bank of many questions they are reported, not copied
into every note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .barestory import begun_story, mark_begun, name_begun
from .closing import close_runs
from .posedscene import posed_scene, prompt_from_section, prompt_pieces, scene_prompt_sections
from .storiesapart import banked_before
from .closingrule import closing_notes
from .optionsamples import option_reply
from .ownadvice import own_advice
from .pagewide import page_coaching
from .content import section_text
from .criteriaheads import criterion_heading
from .advice import advice_piece
from .advicelabel import advice_led
from .answerlabels import labels_answer
from .banklists import BankLists
from .asks import ASK_THEM, keeps_own_questions, without_addressed_lists
from .examples import closes_answer
from .explainer import explainer
from .aboutinterview import EXPLAINS_INTERVIEW, bare_ask, drop_explainers, explainer_heading
from .followexamples import drop_follow_up_examples
from .followlabel import heading_follow_ups
from .forkedsections import read_children
from .fragments import follow_up_fragments
from .headadvice import advice_over_answer, fold_advice
from .filled import section_slot
from .headed import own_questions
from .topicwords import question_stem, topic_group_sections
from .pagefaq import PAGE_FAQ, page_faq
from .headtitle import asked_in_first, restates, take_over, take_over_restated, take_over_translated, \
    titles_below, titles_labelled, translates
from .labeltitle import names_holdings, titles_bank
from .foldedcard import folded_card
from .coachcards import coaching_cards
from .variantsection import variant_sections
from .questionscene import names_case, question_scene
from .answerframe import frames_answers
from .labels import COACH_SLOTS, STAR_SLOTS, is_outro, slot
from .partsbelow import parts_below
from .leadin import adopt_lead_in
from .unlabelledscene import scene_lead
from .measures import measured
from .myquestions import closing_own_questions
from .outline import Node
from .blocks import Block
from .plaincase import case_title
from .sceneasks import listed_asks
from .yourtask import case_task_sections, set_for_you
from .posedpage import answer_sections
from .prompted import answer_labelled, asks_somewhere, prompt_answered
from .promptpage import prompt_page, several_tops
from .ownbank import bank_answered, lone_story, own_bank, whole_answer
from .reading import CRITERIA
from .scriptedscene import scripted_scene
from .caseanswers import case_answers
from .headingname import heading_name
from .ruledfooter import footer_after_rule
from .bankfooter import bank_footer, line_answers_footer, list_footer
from .grouphead import competency_heading
from .storyheads import name_lone_story
from .groupcoaching import attach
from .principlegroups import principle_groups
from .samples import sample_units, samples_of, unasked_sample
from .siblingstory import pair_told
from .situationask import situation_request
from .remarks import is_specimen, own_name
from .partrun import PROMPTS, PartRuns
from .scan import Scanner
from .sections import (TEMPLATE, answers_the_heading, asked_in_a_run, covers_read_as_labels, cut_at_labels, fills_in,
                       groups_questions, heading_slot, heads_cases, heads_questions, holds_questions, is_scenario, is_story,
                       labelled_questions, last_line, scene_of, story_section, tell_the_answer, template_parts, tips_over_questions,
                       why_noise)
from .storybank import stories_apart
from .askedagain import asked_again
from .storyhead import folded_name, heading_story
from .reflections import reflections_back
from .telling import tell
from .topictail import topic_tail
from .headprompts import heading_question, prompting
from .outlineprompts import as_text, outlined_prompts, whole_outline
from .numberedheads import numbered_prompts, numbered_run
from .numberedtitles import titles_in_run
from .quotedgroup import names_asked_group
from .text import clean_title, is_question, marked_question, quoted_question
from .titledanswer import titled_answer
from .timedsteps import timed_steps
from .unit import UNASKED, Loose, Piece, Unit
from .storiestowrite import unwritten_stories
from .italicfooter import italic_footer


@dataclass(slots=True)
class Result:
    units: list[Unit] = field(default_factory=list)
    orphans: list[Piece] = field(default_factory=list)  # labelled sections for the notes around them
    loose: list[Loose] = field(default_factory=list)
    templates: list[Piece] = field(default_factory=list)  # a template section's STAR parts, for a story above


class Assembler:
    def __init__(self) -> None:
        self.loose: list[Loose] = []
        self.asked: set[Node] = set()  # headings worded like a label that ask, among questions: questions
        self.phrased: dict[Node, str] = {}  # sections asked by their phrasings: the first (:mod:`.variantsection`)
        self.questions = 0  # how many question sections the section being read is inside
        self.tops: list[Node] = []  # the document's outermost sections: its title's, or its parts'
        self.root: Node | None = None  # the whole document
        self._banked: bool | None = None  # whether it asks questions somewhere, worked out when first needed
        self._prompt_page: bool | None = None  # whether it is a page of my prompts and answers (:mod:`.promptpage`)
        self.in_answer: set[Node] = set()  # sub-sections of a question answered above them
        # "Common questions" sections over questions: a bank when no one note holds them
        self.lists = BankLists(lambda node, hints, meta: self.title(node, hints, meta, quiet=True).units)
        self.own: set[Node] = set()  # sections of a bank of the writer's own answers (:mod:`.ownbank`)
        self.outlined: set[Node] = set()  # headings naming prompts over outlines of answers (:mod:`.outlineprompts`)
        self.grouping = topic_group_sections()  # topic headings worded like labels over questions (:mod:`.topicwords`)
        self.split = False  # whether a section's sub-sections were read in two processes (:mod:`.forkedsections`)
        self.prompts = scene_prompt_sections()  # "### What would you do?" beside "### Situation": the scene's prompt
        self.tasks = case_task_sections()  # "### Your Task" beside "### The Situation": the case's task
        self.parts = PartRuns()  # "## S – Situation" beside "## A – Action", ... (:mod:`.partrun`)
        self.plain_title = False  # read the document's only title as a title, not a label (:mod:`.labelledpage`)
        self.titled: set[Node] = set()  # "**3. Growth**" over a question among numbered prompt titles: a title

    def node(self, node: Node, hints: list[str], meta: list[Piece]) -> Result:
        head = node.head.text if node.head is not None else ""
        if node.head is None:
            self.tops, self.root = list(node.children), node
        stem = bool(head) and not node.body and is_question(clean_title(head)) and question_stem(node)
        if stem or not (head and slot(head) is None and is_question(clean_title(head))):
            outlined = outlined_prompts(node)  # "# Interview Questions" over "### Greatest Weakness" and its bullets
            self.outlined.update(outlined)
            run = numbered_run(node.children)  # "### 1. ...", "### 2. ...": sibling headings numbered in order
            self.asked.update([*asked_in_a_run(node.children), *numbered_prompts(run), *outlined,
                               *coaching_cards(node)])  # "**Biggest launch**" over "- Look for: ..."
            self.phrased.update(phrased := variant_sections(node))  # "## Letting Someone Go" over its phrasings
            self.asked.update(phrased)
            self.grouping.add(node.children)  # "## Stakeholders" beside "## Hiring", over questions
            self.parts.add(node.children)  # "## A – Action" over "- What steps did you take?": a part's prompts
            self.titled.update(titles_in_run(run))  # "**3. Growth**" among numbered prompt titles
        if not self.questions and self.parts.apart(node):  # beside other sections: reported, never a story's parts
            self.loose.append(Loose(node.line, f"section '{clean_title(head)}'", PROMPTS))
            return Result()
        if node in self.prompts:  # "### What would you do?" beside "### Situation": the scene's prompt, not a note
            return Result(orphans=prompt_pieces(node))
        if head and len(node.children) > 1 and not self.questions:  # under a scenario's own name
            self.prompts.add(node.children)
            self.tasks.add(node.children)  # "### Your Task" beside "### The Situation"
        name = heading_slot(node, self.tops) if head and not (self.plain_title and self.tops == [node]) \
            and node not in self.titled else None
        if name == "noise" and section_slot(node) == "answer":
            name = "answer"  # a template's heading over a story told in full: its answer
        if not self.questions and node not in self.parts and node not in self.tasks \
                and (node in self.grouping or own_questions(node, name)):
            name = None  # "Challenges" over "What was the hardest bug?" and my answer, "Results & ..." over questions
        if name == "noise":
            # a document titled like noise ("STAR") keeps its sections; "Questions to ask" keeps none of them
            results = [self.node(child, hints, meta) for child in node.children] if why_noise(head) != ASK_THEM else []
            if any(r.units for r in results):  # a document titled like noise ("STAR"): its own text goes, its sections stay
                if any(not b.quoted and (b.text or b.rows) for b in node.body):
                    self.loose.append(Loose(node.line, f"text under '{clean_title(head)}'", why_noise(head)))
                return Result([u for r in results for u in r.units], orphans=[p for r in results for p in r.orphans])
            self.loose.append(Loose(node.line, f"section '{clean_title(head)}'", why_noise(head)))
            self.loose.extend(footer_after_rule(node, self.root))  # "---", "**Last Reviewed**: ...": the footer
            return Result(labelled_questions(node, hints), templates=template_parts(node))
        if head and name is None and not self.questions and closing_own_questions(node, self.root):
            self.loose.append(Loose(node.line, f"section '{clean_title(head)}'", ASK_THEM))  # "## My questions"
            return Result()
        if head and name is None and timed_steps(node):  # "### 1. Name the driver (10 seconds)", ...: how to build it
            if self.questions:  # under its question: how to answer it, the question's tips
                return Result(orphans=[Piece("tips", node.line, clean_title(head), blocks=node.blocks(), heading=True,
                                             end=last_line(node))])
            self.loose.append(Loose(node.line, f"section '{clean_title(head)}'", TEMPLATE))
            return Result()
        if head and name is None and not self.questions and page_faq(node):  # "## FAQ" / "**Can I translate this?**"
            self.loose.append(Loose(node.line, f"section '{clean_title(head)}'", PAGE_FAQ))
            return Result()
        if head and name is None and (criterion := criterion_heading(node)) is not None:
            return Result(orphans=[criterion])  # "### Can this person lead through ambiguity?": what they judge
        if not stem and (head and (name is None or marked_question(head))
                         and not labels_answer(head, node in self.in_answer)
                         and not (bare_ask(head) and not self.questions)
                         and (is_question(clean_title(head)) or quoted_question(head) and not names_asked_group(node)
                              or marked_question(head)
                              or bool(situation_request(clean_title(head))))
                         or node in self.asked or prompting(node)):  # "## Tell me about a time when..." over groups
            if self.questions or not explainer_heading(node, self.root):
                return self.question(node, hints, meta)
            self.loose.append(Loose(node.line, f"section '{clean_title(head)}'", EXPLAINS_INTERVIEW))
            results = [self.node(child, hints, meta) for child in node.children]  # "### What is a bar raiser?"
            return Result([u for r in results for u in r.units], orphans=[p for r in results for p in r.orphans])
        if name == "question" and node.head is not None and holds_questions(node, hints) \
                or name == "variants" and (heads_questions(node) or self.titles_questions(node, hints)) \
                or name not in (None, "topic") and heads_cases(node) \
                or name == "tips" and (heads_questions(node) or tips_over_questions(node, hints)) \
                or name == "competencies" and not self.questions and groups_questions(node, hints) \
                or titles_bank(node, name, self.tops, self.questions) \
                or names_holdings(node, self.questions):  # "# Answers" over "## Why ...?" or "## Teamwork" sections
            name = "container"  # "Exercises:" over cases: their group  # "Questions" over questions of their own: their group, not a label
        if name == "answer" and frames_answers(node, bool(self.questions)):
            name = "tips"  # "## Suggested Answer Structure" over its steps, apart from the page's questions
        if name is not None and name not in ("container", "topic"):
            section = self.section(node, name, hints, meta)
            if section is not None:
                return section
        return self.title(node, hints, meta, name)

    def beside_at_top(self, node: Node) -> list[Node] | None:
        """The other sections beside ``node`` when it is one of the page's outermost sections, or of its one
        title's; ``None`` for a section further in."""
        parent = self.root if _holds(self.tops, node) else self.tops[0] if len(self.tops) == 1 else None
        if parent is None or not _holds(parent.children, node):
            return None
        return [child for child in parent.children if child is not node]

    def banked(self) -> bool:
        """Whether the document asks questions somewhere: then its short headings may be prompts."""
        if self._banked is None:
            self._banked = self.root is not None and asks_somewhere(self.root.blocks())
        return self._banked

    def prompt_page(self) -> bool:
        """Whether most of the document's sections are prompt headings over my answers told as I."""
        if self._prompt_page is None:
            self._prompt_page = self.root is not None and prompt_page(self.root)
        return self._prompt_page

    def titles_questions(self, node: Node, hints: list[str]) -> bool:
        """A document titled "Common ... Questions" over its questions: their bank. Inside a page, such a section
        is the list of the page's variants; under a question, that question's."""
        return not self.questions and node in self.tops and holds_questions(node, hints)

    def question(self, node: Node, hints: list[str], meta: list[Piece]) -> Result:
        question, extra, facts, aside = heading_question(node.head.text, node.line)
        title, question = (question, self.phrased[node]) if node in self.phrased else ("", question)
        body, closing = closing_notes(node, self.root, node.body)  # "...." then "---" and the writer's leftovers
        self.loose.extend(closing)
        body, closing = italic_footer(node, self.root, body)  # "---" then "*Want more? Subscribe ...*": the page's
        self.loose.extend(closing)
        body, listed = heading_follow_ups(question, body)  # "- Follow-up: What changed?", "* How did you ...?"
        body, fragments = follow_up_fragments(body)  # "- With your manager?": follow-ups of the heading's
        advice = advice_piece(body) or advice_led(body)  # "- Focus on ...", "Show judgment:" over a list: its tips
        body = [] if advice is not None else body
        unit = Unit(node.line, question=question, hints=list(hints), meta=[*meta, *facts],
                    follow_ups=(*extra, *listed, *fragments), asides=(aside,) if aside else ())
        unit.title, unit.phrased = title, bool(title)  # "## Letting Someone Go" asked by its first phrasing: its name
        scan = Scanner(hints, under_question=True, folded=node.head.folded).scan(body)
        unit.pieces.extend([*scan.before, *([advice] if advice is not None else [])])
        found = list(scan.units)
        if keeps_own_questions(question, found) or node in self.outlined and whole_outline(body, found):
            unit.pieces = [Piece(None, body[0].line, blocks=as_text(node.body) if node in self.outlined else body)]
            found, scan.loose = [], []  # "Do you have any questions for me?" over them; an outline of points
        if found and body and translates(question, scan.before, found[0], body[0].line):
            take_over_translated(unit, found.pop(0))  # "#### 你怎么解决冲突？" over "Tell me about a time ...?"
            question = unit.question
        elif found and restates(question, scan.before, found):
            take_over_restated(unit, found.pop(0))  # "## Q2: How do you ...?" over '**The Question:** "How do you ...?"'
            question = unit.question
        elif found and titles_labelled(question, scan.before, found[0]):
            take_over(unit, found.pop(0))  # "### Question 1: Missed launch" over "**Question:** ...": its title
            question = unit.question
        elif found and body and advice_over_answer(question, scan.before, found[0], body[0]):
            fold_advice(unit, found.pop(0))  # "Explain your strength ..." over "**Sample answer**:": a tip
        elif found and answers_the_heading(found[0]):
            first = found.pop(0)  # a story's parts right under the question: its answer
            unit.pieces.extend(first.pieces)
            unit.title = unit.title or first.title
            unit.variants.extend(first.variants)
        for story in found:
            if answers_the_heading(story):
                story.question = question  # another story told for the same question
        units = [unit, *found]
        if found:  # what was read after the last question is its own; text above it is no one's (reported)
            found[-1].pieces.extend(p for p in scan.loose if p.line > found[-1].line)
            self.loose.extend(Loose(p.line, "text between questions", UNASKED) for p in scan.loose
                              if p.line < found[-1].line and not p.empty)
        else:
            unit.pieces.extend(scan.loose)
        told: list[Unit] = []
        held: list[tuple[Node, list[Piece]]] = []
        samples, replaced = samples_of(node.children)
        if samples:
            units.extend(sample_units(unit, samples, hints, meta))
        self.questions += 1
        if any(not piece.empty for piece in unit.pieces):
            self.in_answer.update(node.children)  # "### Why it was significant:" under it: a label of its answer
        for child in (c for c in node.children if c not in replaced):
            if is_outro(child.head.text) and slot(child.head.text) == "noise":
                unit.sections.append(child)  # "### Conclusion" under a question: the end of its answer, not an outro
                continue
            if option_reply(child):
                unit.sections.append(child)  # "### Option 1: ..." over '"... Can you share the band?"': a reply to give
                self.release(child)
                continue
            if (named := heading_story(node, unit, hints, meta)) is not None:
                units.append(named)  # "## Taking over the docs" told under the question: the story told for it
                told.append(named)
                continue
            result = self.node(child, [*hints], meta)
            if result.units and closes_answer(unit.pieces, child.head, len(section_text(child).split()),
                                              bool(child.children)):
                unit.sections.append(child)  # "**Example: ...**" told in parts after the teller's answer: more of it
                self.release(child)
                continue
            if not any(u.question or u.title or is_story(u.slots()) for u in result.units) \
                    and (story := story_section(child, hints, meta)) is not None:
                self.release(child)  # "### Story 2: name" told plainly under the question: a story told for it
                result = Result([story])
            units.extend(result.units)
            told.extend(result.units)
            held.append((child, result.orphans))
            self._into(unit, child, result)
        self.questions -= 1
        page = page_coaching(node, self.tops, unit, told, held)  # "# Any questions?" over "## Advice": the page's
        unit.pieces = [p for p in unit.pieces if not any(p is q for q in page)]
        first = node.children[0] if node.children else None
        if not found and titles_below(question, unit, told, first):
            told[0].title = question  # "### Question 7: New Stack" over '**"Tell me about ..."**' and its story
            units.remove(unit)
        elif not found and first is not None and asked_in_first(question, told, first, last_line(first)):
            # "## Question 1: Bug hunt" over "### The Question" asking it: the heading's note, that question asked
            (take_over_restated if is_question(question) else take_over)(unit, told[0])
            unit.sections.extend(told[0].sections)
            units.remove(told[0])
        elif not found and tell_the_answer(unit, told):
            units.remove(unit)
        elif not found and titled_answer(unit, told):
            units.remove(unit)  # "**Framework: Own it → Fix it**" over the sample answer: the question's answer
        elif not found and (again := asked_again(unit, told)) is not None:
            units.remove(unit)  # "# How to answer "Tell me about yourself"" over "## Tell me about yourself."
            self.loose.append(again)
        return Result(units, orphans=page)

    def release(self, child: Node) -> None:
        """What was reported loose inside ``child`` is read now: off the report."""
        end = last_line(child)
        self.loose = [item for item in self.loose if item.line < child.line or item.line > end]

    def _into(self, unit: Unit, child: Node, result: Result) -> None:
        """A sub-section of a question: its pieces join the note; one without a label is more answer."""
        unit.pieces.extend(result.orphans)
        if not result.units and not result.orphans and slot(child.head.text) is None:
            unit.sections.append(child)
            self.release(child)

    def section(self, node: Node, name: str, hints: list[str], meta: list[Piece]) -> Result | None:
        """A labelled section: one piece (cut by the labels inside it), or, holding questions, a group."""
        if name in ("topic", "container"):
            return None
        beside = self.beside_at_top(node) if name == "scenario" and not self.questions else None  # all it reads
        if (explains := explainer(node, name, bool(self.questions), beside)) is not None:
            self.loose.append(explains)  # "## Background" over "### What is a shadow interviewer?": the page's
            return Result()
        label = clean_title(node.head.text)
        piece = Piece(name, node.line, label, heading=True, indent=0, end=last_line(node))
        pieces = [piece]
        if name == "variants" and not self.questions and holds_questions(node, hints):
            self.lists.note(piece, node, hints, meta)
        scan = Scanner(hints).scan(node.body) if name in ("answer", "question") else None
        if scan is not None and name == "answer" and any(unit.question for unit in scan.units):
            scan = None  # "### Answer" over "Explain politely that ...": the answer's words, however they open
        if scan is not None and scan.units:
            pieces = [piece]
            for unit in scan.units:
                pieces.extend(unit.pieces)
            piece.blocks.extend(b for p in scan.before for b in p.blocks)
        else:
            cut_at_labels(piece, self.without_tail(node.body, name, label), pieces)
        for child in node.children:
            labelled = slot(child.head.text) not in (None, "container", "topic") \
                and not (name == "followups" and slot(child.head.text) == "variants")  # "### Alternative questions"
            steps = name == "answer" and not labelled and is_question(clean_title(child.head.text))
            if not steps and (name in ("answer", "question") or labelled):  # "#### 1. Is the cache warm?": a step
                result = self.node(child, hints, meta)
                if result.orphans or result.units:
                    pieces.extend([*result.orphans, *(p for u in result.units for p in u.pieces)])
                    continue
            # a sub-section of a labelled section is more of it, whatever it asks
            pieces[-1].blocks.extend([child.head, *child.blocks()])
            self.release(child)
        return Result(orphans=pieces)

    def without_tail(self, body: list[Block], name: str, label: str) -> list[Block]:
        """A story part's or answer's text up to a new topic jotted below its list (:mod:`.topictail`), which is
        reported."""
        cut = topic_tail(body) if name in STAR_SLOTS or name == "answer" else None
        if cut is None:
            return body
        self.loose.append(Loose(body[cut].line, f"text after the list under '{label}'",
                                "a line of its own heading another topic, not part of the answer"))
        return body[:cut]

    def title(self, node: Node, hints: list[str], meta: list[Piece], name: str | None = None,
              quiet: bool = False) -> Result:
        head = clean_title(node.head.text) if node.head is not None else ""
        inner_hints = [*hints, head] if head else list(hints)
        banked = node in self.own and not self.questions and name is None and not quiet and self.banked()
        if banked and (whole := whole_answer(node, inner_hints, meta)) is not None:
            return Result([whole])  # "## Best impression" over "### At the plant" and my answer: one note
        self.own.update(own_bank(node))
        node, asked = without_addressed_lists(covers_read_as_labels(node))
        self.loose.extend(asked)
        scan = Scanner(inner_hints, head).scan(node.body)
        self.loose.extend(bank_footer(scan.units, node, self.root))  # "---", "Written by me ...": no answer's
        self.loose.extend(list_footer(scan.units, node, self.root))  # questions answered nested, then my note
        self.loose.extend(line_answers_footer(scan.units, node, self.root))  # "A: ..." lines, then "Reminder: ..."
        scan.units, explained = drop_explainers(scan.units)  # "How to stand out in the interview?" over advice
        scan.units, probes = drop_follow_up_examples(scan.units)  # "- Follow-up questions that dig deeper"
        self.loose.extend([*explained, *probes])
        meta = [*meta, *(p for p in scan.before if p.slot in ("level", "duration", "company", "topic",
                                                              "competencies", "tags"))]
        before = [p for p in scan.before if p not in meta]
        scan.units, before = reflections_back(scan.units, before)  # my story, then "*Lesson:* ...": one story
        scan.units = listed_asks(scan.units, node.body)  # "**Situation:** ..." then "**Questions:**" over asks
        before = scene_lead(head, before, any(u.question for u in scan.units))  # a scene, then "**Challenges:**"
        before = question_scene(head, before, scan.units)  # "## Scenario 3: ..." over a scene, then "**Question:**"
        if (scan.units or node.children) and not quiet \
                and (script := scripted_scene(head, node, before, scan.units)) is not None:
            # '"Dana, what's on your mind?"' in a scenario's approach: its script, one tip, never questions
            scan.loose = [p for p in scan.loose if p.line < script.line]
            end = last_line(node)  # what was reported loose in the script is read now
            self.loose = [item for item in self.loose if item.line < script.line or item.line > end]
            scan.units = []
            return Result([self.named(node, head, hints, meta, scan, [*before, script], [], [])])
        own = {p.slot for p in [*before, *(p for u in scan.units for p in u.pieces)] if p.slot}
        posed = not is_scenario(own) and posed_scene(own, [*before, *(p for u in scan.units for p in u.pieces)],
                                                      (c.head.text for c in node.children if c.head is not None
                                                       and slot(c.head.text) is None))
        if (is_scenario(own) or posed) and all(not u.question for u in scan.units) and not quiet \
                and not (len(scan.units) > 1 and all(u.title for u in scan.units)):  # several, each named: each
            head = head or case_title(node.body, before)  # plain text: "The Quiet Data Team" over its label lines
            # a scenario's sub-sections are its discussion points, whatever they ask
            children = [(child, self.node(child, inner_hints, meta)) if slot(child.head.text) else (child, Result())
                        for child in node.children]
            scene = self.named(node, head, hints, meta, scan, before, [p for _, r in children for p in r.orphans],
                               children)
            prompt_from_section(scene)  # "**What would you do?**" over my notes: its prompt
            return Result([scene])
        samples, replaced = samples_of(node.children) if len(scan.units) == 1 and scan.units[0].question \
            else ([], [])  # a page's question, its sample answers in sub-sections
        more = sample_units(scan.units[0], samples, inner_hints, meta) if samples else []
        kids = [child for child in node.children if child not in replaced]
        children = list(zip(kids, read_children(self, kids, lambda child: self.node(child, inner_hints, meta), meta)))
        if len(kids) > 2 and names_case(head) \
                and (more := case_answers(head, kids, [bool(result.units) for _, result in children])):
            # "### Answer" listing questions to put to others, after a case's "### Situation" and "### Your task"
            children = [(child, Result() if i in more else result) for i, (child, result) in enumerate(children)]
        principle_groups(head, children)  # "#### Ownership" over its questions, beside "#### Dive Deep"
        pair_told([result for _, result in children])  # "# Question 1", then "# Improved Version" telling its story
        # "### Story 3" over "_To be written._" beside told stories: a draft of that story
        unwritten_stories(children, self.loose, inner_hints)
        below = [u for _, result in children for u in result.units]
        for child in answer_sections(scan.units, before, children):  # "_Describe your plan ..._" over sections
            scan.units[0].sections.append(child)
            self.release(child)
        if scan.units and scan.units[-1].question and not banked_before(scan.units) \
                and tell_the_answer(scan.units[-1], below):
            scan.units.pop()  # "**Question:** ..." then the story in a sub-section: the story's question
        units = [*scan.units, *more, *below]
        orphans = [p for _, result in children for p in result.orphans]
        close_runs(scan.units)
        if (template := fills_in(head, scan.units, before, children)) is not None:
            orphans.extend(template[1])  # the story's parts to write: a draft, not a skipped template
            self.loose = [item for item in self.loose if item.line != template[0].line]
        slots = {p.slot for p in [*before, *orphans, *(p for u in scan.units for p in u.pieces)] if p.slot}
        if not units and (scene := scene_of(head, before, slots)) is not None:
            scene.line = node.line  # "**Scenario: The reorg**" over text: that scenario, the text its answer
            before.insert(0, scene)
            own.add("scenario")
        # stories titled by a line of their own (plain text) are named already, each its own
        titled = bool(scan.units) and all(u.title for u in scan.units) and (not head or len(scan.units) > 1) \
            or stories_apart(head, scan.units)  # a bank of stories, some untitled: each its own, never one
        if not titled and (not units or (all(not u.question for u in scan.units)
                                         and not any(r.units for _, r in children))):
            begun = begun_story(head, node.body, slots)  # "## Story1" over "Situation: ...": a story's draft
            if is_story(slots) and not bare_ask(head) or is_scenario(slots) \
                    or set_for_you([*before, *orphans, *(p for u in scan.units for p in u.pieces)]) \
                    or ("scenario" in own and not units and head) or begun \
                    or "task" in slots and head and posed_scene(slots, orphans, ()):  # "### What would you do?"
                story = self.named(node, head, hints, meta, scan, before, orphans, children)
                if begun:
                    mark_begun(story)
                return Result([story])
        if quiet:
            return Result(units)
        naming = bool(head) and not bare_ask(head)  # "## How?" names no story of the writer's
        name_begun(head, node.body, scan.units)  # "## Story2" over "Situation: ..." then a list of questions
        if naming and scan.units and answers_the_heading(scan.units[0]) and is_story(scan.units[0].slots()):
            # the section's story, told before questions of its own: named by the heading
            scan.units[0].title, scan.units[0].line = head, node.line
        if len(scan.units) == 1 and not any(r.units for _, r in children) and naming and not scan.units[0].title \
                and (scan.units[0].labelled or parts_below(node)) and not is_specimen(head):
            scan.units[0].title = head  # a named story with its question: the name is its title
            before = adopt_lead_in(scan.units[0], before)
        elif banked and naming and not below and (story := lone_story(scan.units)) is not None:
            story.title, story.starred = head, True  # "**S:**" over my actions and nothing more: that story, a draft
        prompt = node.head is not None and node.head.prompt  # a prompt by its structure: its note to self
        alone = bool(head) and not units and not orphans and name is None and folded_name(node.head, head) \
            and not prompt
        told, before, loose = tell(before, (node.line, head.rstrip('. ')) if alone else None, inner_hints, meta)
        self.loose.extend(loose)
        mine = bool(head) and name is None and not node.children and self.prompt_page() \
            and (node.rank > 1 or several_tops(self.root))  # my prompt, on a page of my prompts
        if head and name is None and (prompt or node.rank > 1 and self.banked() or mine) and not node.children \
                and not self.questions and sum(1 for u in scan.units if u.question and u.from_item) < 2 \
                and any(p.slot is None and not p.empty for p in before):
            # "## Weaknesses" over my own answer, in a document of questions (not text over a list of questions)
            prompted, before = prompt_answered(before, node.line, head, inner_hints, meta, mine)
            told.extend(prompted)
        if head and name is None and not node.children and not self.questions and not scan.units:
            # "## Handling a missed deadline" over "**Answer:** ...": the heading names what the answer answers
            labelled, before = answer_labelled(before, node.line, node.head.end, head, inner_hints, meta)
            told.extend(labelled)
        if banked and head:  # "## Ability to work in a team." over my terse notes, in a bank of my answers
            answered, before = bank_answered(before, node.line, head, inner_hints, meta)
            told.extend(answered)
        told_after, scan.loose, loose = tell(scan.loose, None, inner_hints, meta)
        self.loose.extend(loose)
        units = sorted([*units, *told, *told_after], key=lambda u: u.line)
        for piece in [*before, *scan.loose]:
            if not piece.empty and piece.slot is None:
                what = f"text under '{heading_name(head)}'" if head \
                    else "introduction" if piece in before else "text"
                self.loose.append(unasked_sample(node.line, head) or Loose(piece.line, what, UNASKED))
            elif piece.slot == "noise" and not piece.empty:
                self.loose.append(Loose(piece.line, f"'{piece.label}'", why_noise(piece.label)))
            elif not piece.empty and piece.slot not in COACH_SLOTS and piece.label != CRITERIA and piece not in before:
                self.loose.append(Loose(piece.line, f"'{piece.label or piece.slot}'", UNASKED))  # "Challenges => ..."
                # after a question answered on its line: a part of no question, reported, never dropped
        # labelled text of the section's own, before any question ("**Tips:** ..."): as its coaching sections
        given = measured(scan.units, before)  # "Measure:", "What to assess:" over the section's questions: theirs
        stated = [p for p in before if p.slot is not None and p.slot != "noise" and not p.empty and p not in given]
        for piece in stated:
            piece.section = piece.section or node.line  # where it stands: its section (:mod:`.closing`)
        orphans[:0] = stated
        if not self.questions:  # "**Common questions:**" over a list of them, with no question above it
            self.lists.among(before, inner_hints, meta)
        orphans.extend(p for p in scan.loose if p.label == CRITERIA)  # between the questions, as above them
        # "Tips" after the last story of a plain-text page: the page's coaching, as a tips section is (never lost)
        orphans.extend(p for p in scan.loose if p.slot in COACH_SLOTS and p.label != CRITERIA and not p.empty)
        if not units and node.head is not None:
            self.loose.extend(Loose(p.line, f"'{p.label or p.slot}'", "a fact with no question under it")
                              for p in scan.before if p in meta and not p.empty)  # "Category - ...": no note's
            lists = [p for p in orphans if self.lists.holds(p)]  # "### Common questions" over questions: not advice
            if name is None and (own := own_advice(before, [p for p in orphans if p not in lists], node, self.loose,
                                                   heading_name(head) if head else "")):
                self.loose.extend(own)  # "### Design rounds" over advice and "Remember: ...": never another's notes
                return Result(orphans=lists)
            if name is None and not self.questions and (card := folded_card(node, head, orphans)):
                self.loose.extend(card)  # "<summary>Team fit</summary>" over its own coaching: no question's
                return Result()
            return Result(orphans=orphans)  # coaching sections reach the notes of the group above
        attach(units, orphans, self.lists, self.loose)  # the group's coaching: its notes' on a coaching page
        if name == "topic":
            for unit in units:
                unit.hints.append(head)
        apart = name is None and not scan.units and len(below) == 1 \
            and all(p.empty or p.slot is not None for p in before)  # no text of its own: its one story below
        name_lone_story(head, units, apart)  # "## Story: The flaky test purge" over "### Tell me about ...": its title
        competency_heading(node, head, units)
        for unit in units:
            unit.meta[:0] = [m for m in meta if m not in unit.meta]
        return Result(units)

    def named(self, node: Node, head: str, hints: list[str], meta: list[Piece], scan, before: list[Piece],
              orphans: list[Piece], children) -> Unit:
        """A story or scenario named by this section's title."""
        unit = Unit(node.line, title=own_name(head, scan.units), hints=list(hints), meta=list(meta))
        unit.pieces.extend(before)
        for found in scan.units:
            unit.pieces.extend(found.pieces)
            if found.question and not unit.question:
                unit.question = found.question
        unit.pieces.extend(scan.loose)
        unit.pieces.extend(orphans)
        absorbed = [child for child, result in children if not result.units and not result.orphans
                    and child.head is not None]
        unit.sections.extend(absorbed)
        for child in absorbed:
            self.release(child)
        return unit


def _holds(nodes: list[Node], node: Node) -> bool:
    """``node in nodes`` by identity: a section's equality compares its whole subtree."""
    return any(other is node for other in nodes)
