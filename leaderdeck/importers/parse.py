"""A document -> notes: read it into blocks, take out tables of notes (one per row), outline the rest, assemble
units, build one note per unit (for hundreds of units, shared with a second process: :mod:`.forked`)."""

from __future__ import annotations

from functools import partial

from .answerlevel import band_paragraphs, share_coaching
from .assemble import Assembler, Result
from .barescene import bare_scenes
from .blankcopy import blank_copies
from .base import Format, ParseResult, Parsed, Skipped
from .blocks import Block, Document
from .boldheads import bold_group_heads
from .casefile import split_case, whole_case
from .chatlog import chat_runs
from .coachedpage import coach_page
from .dialogue import speaker_turns
from .factheads import fact_heads
from .commentbank import commented_bank
from .forked import map_in_two
from .formatheads import format_heads
from .frontfacts import front_facts
from .interviewerguide import interviewer_guide
from .glossedprinciples import give_principles, glossed_principles
from .letteredscene import lettered_exercises
from .labelledpage import labelled_title
from .listedahead import listed_ahead
from .stems import question_stems
from .notes import unit_note
from .orheads import or_heads
from .labelprompt import label_prompts
from .questionstory import question_over_story
from .quotedask import quoted_asks
from .quotedpairs import quoted_pairs
from .outline import outline
from .ownnotes import mark_own_answers
from .pagechrome import page_chrome
from .pagefooter import page_footer
from .pagenav import page_navigation
from .posedtitle import posed_question, quoted_title, under
from .principleitems import principle_heads
from .ratings import star_ratings
from .reader import read_document_text
from .rowcheck import repeated_questions, rows_rechecked
from .scenelines import scenario_lines
from .partlines import part_lines
from .guidelists import guide_lists
from .scenepage import scene_page
from .scorecard import scorecard_questions
from .sections import is_scenario
from .tables import note_tables
from .advicepage import advice_alike
from .agenda import agenda_lists
from .assistantoffer import assistant_offer
from .takehome import fuller_take_home, take_home
from .translations import translated_lines
from .writeup import write_up
from .selfnotes import give_notes, noted_heads
from .sharedscene import shared_scene
from .starnamed import star_named
from .storymatrix import stories_asked
from .leanback import fold_leaning


def parse_text(text: str, name: str = "", fmt: Format | None = None) -> tuple[Document, ParseResult]:
    doc = read_document_text(text, name)
    return doc, parse_document(doc, fmt)


def parse_document(doc: Document, fmt: Format | None = None) -> ParseResult:
    """The notes of ``doc``; a body that asks nothing is read again under the front matter's question, if any."""
    result = _parse(doc, fmt)
    posed = posed_question(doc, result)
    result = front_facts(doc, result) if posed is None else _parse(doc, fmt, posed)
    if not result.notes and labelled_title(doc.blocks):  # "# Scenario" over "## Typical questions" and its list
        retitled = _parse(doc, fmt, posed, plain_title=True)
        return retitled if retitled.notes else result
    return result


def _parse(doc: Document, fmt: Format | None, posed: Block | None = None, plain_title: bool = False) -> ParseResult:
    blocks = speaker_turns(doc.blocks)  # "**Interviewer:** ...?" over "**Candidate:** ...": a question and its answer
    blocks = translated_lines(blocks)  # "- 中文：...？" over "- English: ...?": one question in two languages
    blocks, chat = chat_runs(blocks)  # "me: ...?" / "Kai: ..." lines of a pasted chat: nobody's questions
    blocks, navigation = page_navigation(blocks)  # a table of contents of in-page links, "[Back to top](#top)"
    blocks, footer = page_footer(blocks)  # "---" then "*Found a typo? Open an issue.*": to the page's readers
    blocks, offer = assistant_offer(blocks)  # "Would you like:" over "* A PDF?" at the end: an assistant's offer
    blocks, chrome = page_chrome(blocks)  # "*5 min read*", "Last updated: March 2025": the page's own lines
    blocks, agenda = agenda_lists(blocks)  # "* Introduction (~5 minutes)", "* Why us? (15 min)": the running order
    blocks, tables = note_tables(blocks)
    blocks, principles = principle_heads(blocks)  # "2. Ownership" over its text, then its question: a heading
    blocks, glossed, spans = glossed_principles(blocks)  # "2.ownership (think long-term)" over its questions
    blocks = question_over_story(blocks)  # "## Question" over one question, then "## Story: name" over its parts
    blocks = label_prompts(blocks)  # "## Q24" over "Two leads disagree." / "What do you do?": the heading's question
    blocks = quoted_asks(blocks)  # "## Slow teammate" over "> ... How would you deal with it?", then its answer
    blocks = quoted_pairs(blocks)  # "> Tell me about ..." over my answer, twice or more: each a question
    blocks = or_heads(blocks)  # "#### Tell me about ... (or)" over "#### Describe ...": one question, two wordings
    blocks = fact_heads(blocks)  # "### Tags: a, b" right under a story's heading: a line of that story
    blocks = star_named(blocks)  # "1. STAR — Shared release train" over "- Situation: ...": the story's title line
    blocks = bold_group_heads(blocks)  # "2. **Perseverance**" right above a story's heading: a heading over them
    blocks, self_notes = noted_heads(blocks)  # "# Why this company → Anchor to ...": a prompt and a note to self
    blocks, exercises = lettered_exercises(blocks)  # a scene, "A. ..." / "B. ..." options, "What do you do?"
    blocks, bare = bare_scenes(blocks)  # a scene told to "you", then "What would you do?": no labels, no options
    exercises.extend(bare)
    blocks = scenario_lines(blocks)  # plain text: "SCENARIO 2 - The hero" over "Level: ..." lines: a heading
    blocks = part_lines(blocks)  # "### Part 1: ..." then a line "Part 2: ...": a heading of the same level
    blocks = guide_lists(blocks)  # "* **Questions:**", "* **What they look for:**", "* **Tips:**", each over a list
    tree = format_heads(outline(blocks))  # "# 2. Outage" / "## STAR Format" / "### Situation:": the outage's parts
    tree, guide = interviewer_guide(tree)  # "This guide helps interviewers ...": only its sections of questions
    tree = tree if posed is None else under(posed, tree, doc)
    blanks = blank_copies(tree)  # "### Your version" over "**S:**" / "**T:**" with nothing after them: to fill in
    assembler = Assembler()
    assembler.plain_title = plain_title
    result = assembler.node(tree, [], [])
    if posed is not None and quoted_title(doc):  # 'title: The "Tell me about yourself" question': its coaching
        for unit in result.units:
            if unit.line == posed.line:
                coach_page(unit)
    result.units.extend(exercise.unit for exercise in exercises)
    give_principles(result.units, spans)
    give_notes(result.units, self_notes)
    advice_alike(result.units)  # "Pick strengths that match the posting." where another question lists advice
    loose = assembler.loose
    case = whole_case(tree) or scene_page(tree)  # "# Title" over "## Context", "## Ambiguities", "## Options"
    scenarios = [unit for unit in result.units if is_scenario(unit.slots())]  # once: the checks below make units
    if case is None and not scenarios:  # of their own and leave these as they are
        case = take_home(tree, result.units)  # "Your response should include:" over a list, after a brief
    if case is None and not scenarios:
        case = write_up(tree, result.units, doc.meta_value("title"))  # "I was asked to put together ..." over it
    if case is not None and split_case(case, scenarios):
        result, loose = Result([case.unit]), case.loose  # a case study filling the file: one scenario
    elif case is None and scenarios and (case := fuller_take_home(tree, result.units, scenarios)):
        result, loose = Result([case.unit]), case.loose  # "## Stakeholders" made a scenario without the brief above
    if case is None and (scene := shared_scene(result.units, tree)) is not None:
        result = Result([scene])  # "## Background" ... then "1. How will you ...?": one case, its points
    result.units[:] = band_paragraphs(result.units)  # "**Senior answer:** ..." then "**Staff answer:** ...": two notes
    result.units[:] = fold_leaning(result.units)  # "**Q: What would you do differently?**" after an answer: its probe
    if fmt is None:
        commented_bank(result.units)  # an interviewer's bank: "They must ..." under each question is what to look for
        mark_own_answers(result.units)  # my answers, some as I, some terse ("Lead with data."): all answers
    notes: list[Parsed] = [*tables.notes]
    skipped = [*guide, *blanks, *chat, *navigation, *footer, *offer, *chrome, *agenda, *(s for exercise in exercises for s in exercise.skipped), *tables.skipped, *principles, *glossed, *(Skipped(item.line, item.what, item.why) for item in loose)]
    made = map_in_two(partial(unit_note, plain=doc.plain, forced=fmt.kind if fmt else None), result.units)
    for note, extra in made:
        skipped.extend(extra)
        if note is not None:
            notes.append(note)
    if form := scorecard_questions(notes, blocks):  # "- Name:", "- If advancing, what ...?": no interview's
        notes, skipped = [], [*skipped, *form]
    rows = {id(note) for note in tables.notes}
    notes.sort(key=lambda n: n.line)
    notes = share_coaching(notes)  # "### Sample answer (Director level)" after the senior one: the same coaching
    notes, listed = listed_ahead(notes)  # "In this post:" over the questions answered below: each asked once
    skipped.extend(listed)
    notes, stems = question_stems(notes)  # "1. Tell me about..." in a list of how questions open: no question
    skipped.extend(stems)
    repeated = repeated_questions([n for n in notes if id(n) not in rows])  # a table's rows: checked with the table
    notes = stories_asked(notes)  # "| Tell me about ... | Event bus rewrite |" over "## Event bus rewrite": one note
    notes.sort(key=lambda n: n.line)
    attention = rows_rechecked(tables.attention, list(tables.notes), notes)  # rows joined to stories: no notes
    skipped.extend(star_ratings(blocks, {note.line for note in notes}))  # "## 3. The rewrite ⭐⭐⭐⭐": a score
    return ParseResult(notes=tuple(notes), skipped=tuple(sorted(set(skipped), key=lambda s: (s.line, s.what, s.why))),
                       attention=(*attention, *repeated))
