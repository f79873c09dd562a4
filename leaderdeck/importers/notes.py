"""A unit -> one note, its kind decided by what it holds.

A star when it has STAR parts (two or more, one of them an Action, Result or
Learning), a scenario when it has a situation with challenges, discussion or a
task, otherwise a Q&A note. A problem statement with nothing else (a coding
round) is a question, its remaining text the answer. What the document gave
next to the answer becomes coach signals, tips, variants, clarifying
questions and assumptions; what has no place in the note is reported.
"""

from __future__ import annotations

from itertools import takewhile

import dataclasses
import re

from .unvaried import unasked_variants
from .exercisename import unnumbered
from ..model import Kind, QaBody
from .above import below_question
from .remarks import story_title
from .base import Parsed, Skipped
from .blanks import body_blanks
from .blocks import PARAGRAPH, ITEM
from .advice import advice_before_answer, advised, lead_in_apart
from .advicelabel import labelled_advice
from .itemadvice import advice_paragraph, coached_advice, item_advice
from .answerboxes import closing_boxes
from .answerquotes import unwrapped
from .content import over_list, piece_text, section_text
from .keypoints import told_summary
from .examples import prose_answer
from .grouptopic import category_heading, group_headings
from .categories import stated_categories
from .facts import chip_facts, keyed, meta_of, split_category, story_name
from .filled import filled_piece
from .coaching import coach_of
from .coachlabels import told_apart
from .kinds import note_kind
from .labels import COACH_SLOTS, SCENARIO_SLOTS, STAR_SLOTS
from .leadin import lead_ins
from .headprompts import competency_suffix, named_company, named_competencies
from .headtags import question_tags
from .levelled import coaching as level_coaching, levelled
from .pairedasks import paired_asks
from .seealso import kept_as_tips
from .selfasked import ASKED_FOR_HELP, asks_for_help
from .scenario import answers_kept, scenario_body
from .scenes import scene_title
from .unasked import names_scenario
from .namedscene import named_scene
from .dashthemes import dashed_themes
from .guidance import set_guidance_apart
from .leveltag import level_tag
from .barestory import OPENING
from .voice import first_person, in_past
from .accomplished import logged_win
from .answerlevel import answer_band, audience_band, labelled_by
from .bracketnotes import notes_apart
from .pendinglist import pending_list
from .shortanswer import short_answer_apart
from .skeleton import drop_skeleton, empty_form
from .starbody import star_body, told_from_setting
from .keyedparts import KEYED, as_tips
from .samplebeside import sample_beside_blanks
from .labelledask import asked_by_label
from .closingcoaching import closing_coaching
from .judged import coaching_around
from .leadcoaching import asides_apart, coaching_apart
from .introapart import intro_apart
from .framedparts import framed_parts
from .storyask import asked_above, asked_under_name
from .sections import NOT_CONTENT, TEMPLATE, why_noise
from .listing import short
from .placeholders import is_fill_in, is_placeholder, is_unfinished
from .boxlabel import without_label_line
from .text import clean_title, is_link_lines, is_question, named_question, unquote
from .questions import closed_question, without_question_label
from .pointers import pointed_story
from .references import is_page_link
from .principlelists import principle_lists
from .posedpage import lead_ins_only, posed_prompt
from .unit import Piece, Unit
from .untold import paced, pacing_tips
from .unnamed import STAND_IN, stand_in
from .themetag import theme_tagged
from .hollow import hollow_sections
from .answerhead import answer_headed
from .worked import names_by_example
from .variantask import asked_by_variant
from .taggedparts import tagged_parts
from .titledscene import titled_scene
from .factrun import fact_runs
from ..lazyre import lazy_re

# the kinds as plain names: on Python 3.11 reading a member off an Enum class goes through its metaclass's
# ``__getattr__`` hook, and making a note compares its kind some twenty times
STAR, QA, SCENARIO = Kind.STAR, Kind.QA, Kind.SCENARIO

_THEME = lazy_re(r"\(([A-Za-z][A-Za-z &/-]{2,30})\)\s*$")  # "The Midnight Rollback (Incidents)"


def unit_note(unit: Unit, *, plain: bool, forced: Kind | None = None) -> tuple[Parsed | None, list[Skipped]]:
    for piece in unit.pieces:
        if filled_piece(piece):
            piece.slot = None  # a template's label over a filled story: the answer
    if not is_question(unit.question) and (asked := asked_by_label(unit.pieces)) is not None:
        # "**Scenario Prompt**" over '> Tell me about a time ...': the question, a heading that asks nothing the title
        unit.title, unit.question = unit.title or unit.question.strip(), asked[0]
        unit.pieces = [piece for piece in unit.pieces if piece is not asked[1]]
    principle_lists(unit.pieces)  # "- **Leadership Principles**: Ownership, Dive Deep.": competencies, not a topic
    unit.pieces = fact_runs(unit.pieces)  # "**Amazon LP**: Ownership" then "**Google**: Humility": more of that fact
    told_apart(unit.pieces)  # "**Strategy:**" over "- I split the move ...": the answer's own part, not tips
    if forced is None:
        unit.pieces = drop_skeleton(set_guidance_apart(unit.pieces))  # guidance: a signal; "- Situation -": none
        prose_answer(unit.pieces)  # "**Example: ...**" then "Scenario:"/"Result:" closing a prose answer: its text
    pieces = sorted(unit.pieces, key=lambda p: p.line)
    skipped = [Skipped(p.line, f"'{p.label}'", why_noise(p.label)) for p in pieces
               if p.slot == "noise" and not p.empty]
    pieces = [p for p in pieces if p.slot != "noise"]
    pieces = kept_as_tips(unit, _without_links(pieces, skipped))
    if unit.question.strip() and paced(pieces):
        pacing_tips(pieces)  # "Action: 60-90 seconds" under a question: tips on pacing it, not its story
    bare = [p for p in pieces if _bare_label(p)]  # "**Feedback:**" over nothing (or only a picture)
    skipped.extend(Skipped(p.line, f"'{p.blocks[0].lead}'", "a label with no text after it") for p in bare)
    pieces = [p for p in pieces if p not in bare]
    if forced is None and unit.question.strip():
        pieces = tagged_parts(pieces)  # '"I ran ... (Situation)' / "... (Task)": a worked story's parts, named after
    if forced is None and not unit.question.strip() and (scene := named_scene(pieces)) is not None:
        pieces = scene  # "## Scenario: inherited team" over its scene and "Things to cover:" over a list
    elif forced is None and not unit.question.strip() and (scene := titled_scene(unit.title, pieces)) is not None:
        pieces = scene  # "## Scenario 2: ..." over "**Situation:**", "**Probing questions:**" and my reading of it
    if forced is None and not unit.question.strip() and logged_win(pieces):
        unit.starred = True  # "### Win: ..." over "**Impact**:" and "**Context**:": a story begun, its Action to write
    kind = forced or (STAR if unit.starred else note_kind({p.slot for p in pieces if p.slot}, pieces,
                                                            unit.question))
    if kind is QA and not forced:
        pieces = pointed_story(unit, pieces)  # "Flaky tests in billing" under "Tell me about a time ...": a name
    if kind is QA and not forced and unit.story and unit.title and unit.question \
            and not any((text := piece_text(p)) and not is_placeholder(text) for p in pieces
                        if p.slot in (None, "answer")):
        kind = STAR  # a question answered only by the name of a story: that story, its parts to write
    if kind is QA and not forced and unit.question and _parts_to_write(pieces):
        for part in (p for p in pieces if p.slot in STAR_SLOTS):
            part.rest, part.blocks = "", []  # the placeholders go: the parts are to write
        kind = STAR  # "Situation - (to fill)" under the question: a story still to write, not its answer
    elif kind is QA and not forced and unit.question and _begun_story(pieces):
        kind = STAR  # "### Situation" told as I and nothing after it: a story begun, its other parts to write
    elif kind in (STAR, QA) and not forced and not unit.starred and unit.question \
            and (beside := sample_beside_blanks(pieces)) is not None:  # "**Situation:** [YOUR STORY ...]" beside
        kind, pieces = QA, beside[0]  # "### Example Answer": the sample answers, the blanks are left out
        skipped.append(beside[1])
    asked = without_question_label(unit.question.strip())  # "Q: **Low Performer** - ...": asks however it opens
    if named := named_question(asked, unit.labelled or len(asked) < len(unit.question.strip())):
        unit.question, unit.title = named[1], unit.title or named[0]
    name, duration = story_name(story_title(unit) or ("" if kind is QA and unit.question.strip()
                                                      else _named_scene(pieces)))
    name, tagged, facts_of_tag = theme_tagged(name, unit.line)  # "[Reliability] Paging storm ...": not its name
    unit.meta.extend(facts_of_tag)
    if kind is STAR and name:  # "Warehouse reorg — org design, change management": its competencies
        name, themes = dashed_themes(name)
        unit.meta.extend(Piece("competencies", unit.line, "Competency", t) for t in themes)
    if kind is STAR:  # "THE QUIET OUTAGE (Debugging)": the name keeps its theme, a competency too
        company = named_company(name)  # "Moving Billing to Queues (Initech)": where it happened, a tag
        unit.meta.extend(Piece("competencies", unit.line, "Competency", t) for t in named_competencies(name)
                         if t != company)
        unit.meta.extend([Piece("company", unit.line, "Company", company)] if company else [])
    if name and not unit.title:  # "SCENARIO: The Split Team" named it: that line is not its situation
        pieces = [p for p in pieces if not (p.slot == "scenario" and p.rest and _bare(p))]
    if duration:
        unit.meta.append(Piece("duration", unit.line, "Duration", duration))
    question, tag = level_tag(_question(unit.question))
    if tag:  # "... What did you do? (Manager)": the note's level, not words of its question
        unit.meta.append(Piece("level", unit.line, "Level", tag))
    evidence = _answer_level(unit, pieces)  # "## Sample answer (Director level)": the level it is written for
    question, paired = paired_asks(question)  # "How do you learn? / What do you read?": the second a variant
    unit.variants[:0] = paired
    question, competency = competency_suffix(question) if question.endswith(")") else (question, "")
    if competency:  # "- Have you ever helped a peer? (ownership)": what the question shows, not its words
        unit.meta.append(Piece("competencies", unit.line, "Competency", competency))
    question, tags = question_tags(question) if " #" in question else (question, ())
    unit.meta.extend(Piece("tags", unit.line, "Tags", tag) for tag in tags)  # "How ...? #leadership": its tags
    if kind is STAR and not question and name:  # "Write about the moves you've made." over the parts
        question, pieces = asked_above(pieces)
    elif kind is QA and question and not name and not forced:  # "## Growth at Acme" over "Write about ..."
        asked, pieces = asked_under_name(question, pieces)
        name, question = (question, asked) if asked else (name, question)
    unasked = False
    if kind is QA and not question and "scenario" in {p.slot for p in pieces} and not _listed_scene(pieces):
        named = names_scenario(pieces)  # "Scenario: Team keeps missing deadlines", not "Problem: Implement ..."
        question, pieces = posed_prompt(pieces) or _problem(pieces)  # "> How would you ...?" under the name
        unasked = named and bool(scene_title(question, refuse_questions=True))
    standing_in = kind is STAR and not question and not name and bool(name := stand_in(pieces))
    if not question and not name:  # STAR parts named where the first of them is, not where the text above began
        what = "STAR parts" if kind is STAR else "text"
        at = next((p.line for p in pieces if p.slot in STAR_SLOTS), unit.line) if kind is STAR else unit.line
        return None, [*skipped, Skipped(at, what, "no question or title above it")]
    if kind is QA and question and asks_for_help(question):  # "Ask GPT - ...?", "What should I stress?"
        return None, [*skipped, Skipped(unit.line, f"question '{short(question)}'", ASKED_FOR_HELP),
                      *(Skipped(p.line, "text under it", ASKED_FOR_HELP) for p in pieces if piece_text(p).strip())]
    facts: dict = {"level": "", "topic": [], "competencies": [], "tags": []}
    if kind is not QA:
        pieces = chip_facts(unit, pieces, facts)
    if kind is STAR:
        pieces = lead_ins(pieces)  # the teller's own lines above the first part: not dropped
    pieces = framed_parts(pieces, question, kind is STAR)  # "Your example to build from": the label of what follows it
    if kind is SCENARIO:
        pieces = answers_kept(pieces)  # "**My notes:** ..." under the scene: a tip, not left out
    builder = {STAR: star_body, SCENARIO: scenario_body, QA: _qa}[kind]
    body, extra, reasons = builder(unit, question, name, pieces, plain)
    if body is None and kind is STAR and any(s.why == KEYED for s in extra):  # a key to write the story by
        kind, pieces, extra = QA, as_tips(pieces), [s for s in extra if s.why != KEYED]
        unit.pieces[:] = as_tips(unit.pieces)
        body, more, reasons = _qa(unit, question, name, pieces, plain)
        extra.extend(more)
        if body is None or not body.answer:  # a sample under "Example Answer:" after the key: answered
            reasons.append(KEYED)
    skipped.extend(extra)
    if body is None:
        return None, skipped
    if standing_in:  # "Situation: To move the batch jobs ..." with nothing above it: a draft, its question to write
        reasons.append(STAND_IN)
    blank_named = all(is_fill_in(t) for t in (question, name) if t) or not question and names_by_example(unit.title)
    if blank_named and not _written(body):  # "### Story #[N]: [Title]", '[Title - e.g., "Name"]' over empty parts
        return None, [s for s in skipped if s.why == NOT_CONTENT] + [
            Skipped(unit.line, f"'{name or question}'", TEMPLATE)]
    reasons.extend(body_blanks(body))  # "I cut latency of {service} by {X}%": a template to finish
    pieces = sorted(unit.pieces, key=lambda p: p.line) if kind is QA else pieces
    pieces = told_summary(pieces)  # "Key points:" under an answer told as I: its summary, tips
    coach, clarify, assumptions, variants = coach_of(unit, pieces, question)
    skipped.extend(unasked_variants(pieces))  # "Related questions: see [Hiring](...)": reported, asks nothing
    if kind is STAR and not question and variants:  # a named story asked only by its list of variants
        question, body, variants = asked_by_variant(body, name, variants)
    if kind is QA and not getattr(body, "answer", "") and coach.signals and not reasons:
        reasons.append("no answer, only what interviewers look for")
    meta = meta_of(unit, pieces)
    meta["level"] = meta["level"] or facts["level"]
    meta["topic"][:0] = facts["topic"]
    meta["competencies"].extend(facts["competencies"])
    meta["tags"].extend(facts["tags"])
    if kind is not SCENARIO:  # "Company: X" where a story or question was asked: a tag (a scenario's field)
        meta["tags"].extend(meta["company"])
    category, _ = split_category(unnumbered(name))  # "Task 3: ...": a place in a set, never a topic
    theme = _THEME.search(name) if name.rstrip().endswith(")") else None  # most names close no bracket
    theme = None if theme is None or theme.group(1) == named_company(name) else theme
    own = [t for t in (*meta["topic"], category, tagged, theme.group(1) if theme else "", *keyed(unit.hints))
           if t and t not in meta["grouped"]]
    return Parsed(
        kind=kind, body=body, line=unit.line, name=name or (facts["topic"] or [question])[0],
        level_label=meta["level"],
        topic_labels=(*own, *(t for t in meta["competencies"] if t and t not in meta["grouped"])),
        listed=tuple(t for t in meta["competencies"] if t not in own) if len(meta["competencies"]) >= 2 else (),
        topic_hint=" ".join(unit.hints), category=category_heading(unit.hints), groups=group_headings(unit.hints),
        competencies=tuple(meta["competencies"]), tags=tuple(meta["tags"]),
        categories=tuple(stated_categories(meta["stated"])),  # "Category: Platform & Reliability": kept
        clarifying_questions=clarify, assumptions=assumptions, coach=coach, variants=variants,
        reasons=tuple(reasons), untitled=kind is not SCENARIO and not question and bool(name) and not standing_in, unasked=unasked,
        task_labelled=kind is STAR and any(p.slot == "task" for p in pieces),
        from_setting=kind is STAR and told_from_setting(pieces),
        sample_of=unit.sample_of, evidence=evidence, phrased=unit.phrased,
    ), skipped


def _answer_level(unit: Unit, pieces: list[Piece]) -> tuple[tuple[str, str], ...]:
    """The evidence of the level an answer's label names (``## Sample answer (Director level)``), its band added
    to the unit's facts when nothing else states one; ``()`` when no such label sets the note's level."""
    stated = [p for p in [*unit.meta, *pieces] if p.slot == "level" and (p.rest or piece_text(p)).strip()]
    if stated:  # a level stated by a sample's heading (:mod:`.samples`), else by the note itself
        label = stated[-1].label
        return labelled_by(label) if answer_band(label) or audience_band(label) and label != "Level" else ()
    bands = {(band, p.label) for p in pieces if p.slot == "answer" and (band := answer_band(p.label))}
    if len({band.casefold() for band, _ in bands}) != 1:
        return ()  # no band, or answers for several in one note: the level stays the document's
    band, label = min(bands)
    unit.meta.append(Piece("level", unit.line, label, band))
    return labelled_by(label)


def _parts_to_write(pieces: list[Piece]) -> bool:
    """Whether a question's only content is STAR parts holding placeholders (``Situation - (to fill)``): a story
    still to write."""
    parts = [p for p in pieces if p.slot in STAR_SLOTS]
    texts = [text for p in parts if (text := piece_text(p).strip())]
    return bool(texts) and all(is_placeholder(text) for text in texts) \
        and not any(p.slot in (None, "answer") and piece_text(p).strip() for p in pieces)


def _begun_story(pieces: list[Piece]) -> bool:
    """Whether a question's only content is a story's Situation (a ``### Situation`` sub-heading or a
    ``**Situation:**`` label), one paragraph told as I or we in the past: the story begun, a draft naming the parts
    still to write, not an answer.
    A scene set for the reader (no "I" or "we" in it, or told in the present) stays what it was."""
    parts = [p for p in pieces if p.slot in STAR_SLOTS]
    if len(parts) != 1 or parts[0].slot not in OPENING:
        return False
    if any(p.slot == "answer" or p.slot is None and piece_text(p).strip() for p in pieces):
        return False  # the writer's answer beside it (or "A) Situation: ..."): the Situation is a word of that answer
    part, text = parts[0], piece_text(parts[0]).strip()
    if part.opener is not None and not _own_label(part.opener.text, part.label):
        return False  # "A) Situation: we had ...", "Situation - Moving ...": a word of the answer, not a label
    if not text or "\n\n" in text:
        return False  # paragraphs under the label: the whole telling put under it, an answer
    return not is_placeholder(text) and first_person(text) and in_past(text)


def _own_label(line: str, label: str) -> bool:
    """Whether ``line`` opens with ``label`` as a label of its own: alone, or closed by a colon (``**Situation:**``,
    ``Situation: ...``), not after an answer's mark nor before a dash."""
    opened = line.lstrip("*_ \t")
    if not opened.casefold().startswith(label.casefold()):
        return False
    after = opened[len(label):].lstrip("*_ \t")
    return not after or after.startswith(":")


def _named_scene(pieces: list[Piece]) -> str:
    """The name a first ``Scenario: The Split Team`` line (nothing under it) gives a scenario with no title."""
    first = next((p for p in pieces if p.slot), None)
    if first is None or first.slot != "scenario" or not first.rest or not _bare(first):
        return ""
    return scene_title(first.rest, colon_ends=False)


def _without_links(pieces: list[Piece], skipped: list[Skipped]) -> list[Piece]:
    """The pieces without the paragraphs and items of an answer or story part that are only links (one a line, as a
    chat assistant lists its sources): a reference beside the answer, not its text, or a link back to a place on
    the page (``[Back to top](#top)``; reported)."""
    out = []
    for piece in pieces:
        links = [b for b in piece.blocks if b.kind in (PARAGRAPH, ITEM) and not b.lead
                 and (is_link_lines(b.text) or is_page_link(b.text))] \
            if piece.slot in _TOLD_SLOTS else []
        if not links:  # most pieces: kept as they are
            out.append(piece)
            continue
        skipped.extend(Skipped(b.line, "links" if "\n" in b.text.strip() else "a link",  # "[1](...)" over "[2](...)"
                               "a link within the page, not the answer" if is_page_link(b.text)
                               else "a reference, not the answer") for b in links)
        gone = {id(b) for b in links}  # by identity: a block's equality compares all its fields
        out.append(dataclasses.replace(piece, blocks=[b for b in piece.blocks if id(b) not in gone]))
    return out


_TOLD_SLOTS = frozenset({None, "answer", *STAR_SLOTS})  # an answer's or a story part's: where links are no text


def _bare_label(piece: Piece) -> bool:
    """An unlabelled piece that is only lead-ins with nothing after them: a label we do not know, left empty."""
    return lead_ins_only(piece)


def _bare(piece: Piece) -> bool:
    return not any(b.text.strip() or b.rows for b in piece.blocks)


# "Round 2 - What would you ...?": where in the loop a question is asked, not part of it
_STAGE = lazy_re(r"^(?:round|part|day|stage|step|section|interview|loop)\s*\d{1,3}\s*[:.)–—-]\s+", re.IGNORECASE)


def _question(text: str) -> str:
    text = clean_title(text) if text else ""
    text = without_question_label(text)
    text = _STAGE.sub("", text) if _STAGE.match(text) and is_question(_STAGE.sub("", text)) else text
    return unquote(closed_question(text))  # "What are the phases? :": the colon after it goes


def _listed_scene(pieces: list[Piece]) -> bool:
    """Whether the first scene label of ``pieces`` heads a list of two items or more and nothing else
    (``**Stakeholders**:`` over ``- Speak in outcomes``, one of a guide's groups of advice): points, never a problem
    put as the question (one indented line under ``Problem:`` is the problem told)."""
    problem = next(p for p in pieces if p.slot == "scenario")
    return not problem.rest and len(problem.blocks) >= 2 and all(b.kind is ITEM for b in problem.blocks)


def _problem(pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """A problem statement as the question; the rest stays as the answer."""
    problem = next(p for p in pieces if p.slot == "scenario")
    text = piece_text(problem) if not problem.rest else problem.rest
    remaining = [Piece(None, problem.line + 1, blocks=problem.blocks)] if problem.rest else []
    return text.split("\n\n")[0], [*remaining, *(p for p in pieces if p is not problem)]


def _written(body) -> bool:
    """Whether a note's body holds anything the document wrote beyond its question and name."""
    values = [getattr(body, field, "") for field in ("situation", "task", "action", "result", "learning", "answer",
                                                     "challenges", "discussion")]
    return any(value and not (isinstance(value, str) and empty_form(value)) for value in values)  # not "1. " alone


# a hand or arrow pointing at the answer that follows it ("👉 ", "➡️ "), typed too ("-> ", "=> " under the question)
_POINTER = lazy_re(r"^(?:👉|➡️?|👇|☞|▶️?|->|=>|→|⇒|⟶)[\ufe0f]?[ \t]+(?=\S)")


def _context(text: str) -> str:
    """A scene's text as the tip giving a question its context; a list of facts starts on a line of its own."""
    return f"Context:\n{text}" if text.startswith(("- ", "* ", "+ ")) else f"Context: {text}"


def _qa(unit: Unit, question: str, name: str, pieces: list[Piece], plain: bool):
    content = [p for p in pieces if p.slot not in COACH_SLOTS and p.slot not in ("level", "duration", "company",
                                                                                  "topic", "competencies", "tags")]
    setting = [p for p in content if p.slot == "scenario" and question and p.line < unit.line]
    content, above = below_question(unit, question, [p for p in content if p not in setting])  # "**Scenario:** ..."
    unit.pieces.extend(Piece("tips", p.line, rest=_context(piece_text(p))) for p in setting if piece_text(p))
    for index, piece in enumerate(content):
        if (samples := levelled(piece)) is not None:  # "- **Junior**: ..." / "- **Senior**: ...": the strongest
            content[index] = Piece("answer", piece.line, rest=samples[0])
            unit.pieces.extend(level_coaching(samples[1], piece.line))
    if not unit.own_answers and (not unit.sections and advised(content) or item_advice(unit, content)
                                 or advice_paragraph(unit, content)):  # "* Don't spend long on ...": tips
        unit.pieces.extend(Piece("tips", p.line, blocks=p.blocks) for p in content)
        content = []
    elif not unit.own_answers and (coached := coached_advice(unit, content)) is not None:
        unit.pieces.extend(coached)  # "Interviewers ask this to see ..." then "Pick a real weakness ...": no answer
        content = []
    elif not unit.own_answers and (named := labelled_advice(content)) is not None:  # "**Approach**:" over "- **Be
        unit.pieces.append(named)  # specific**: ...": how to answer, under a label of the guide's own words: tips
        content = []
    content, intro = intro_apart(content, pieces)  # the page's opening words, coaching, then "## Sample answer"
    unit.pieces.extend(intro)
    content, lead_in = lead_in_apart(content)  # "Prepare a case that shows that" / "1. you ...": how to answer it
    below = [section_text(node) for node in unit.sections]
    content, coached = coaching_apart(content, below)  # "This is not your life story." over the sample
    content, closing = closing_coaching(content, coached, below)  # "When you answer, keep in mind:" after it
    content, ahead = advice_before_answer(content)  # "Don't stop at the launch." / "A better answer:" / the answer
    content, asides = asides_apart(content)  # '(Don't say: "my boss was awful")' in the answer: a red flag
    content, short = short_answer_apart(content)  # "Short answer: buy when ..." over the full answer: its one-liner
    unit.pieces.extend((*lead_in, *ahead, *coached, *asides, *closing, *short))
    if _ticked(content):  # "Is E1 the right level?" over "- ☐ Yes" / "- ☐ Consider M3": a form's choice
        return None, [Skipped(unit.line, f"'{question or name}'", "a choice to tick on a form, not a question")], []
    texts = [_labelled(p, plain) for p in content]
    hollow = [] if any(texts) else hollow_sections(unit.sections)  # "#### Business" over "* Leadership:": none
    sections = [] if hollow else unit.sections if any(texts) else answer_headed(unit.sections)  # "#### Response"
    # in the document's order: "### What I Learned" (a labelled part) after the sections told before it
    told = sorted([*((p.line, t) for p, t in zip(content, texts)), *((node.line, section_text(node)) for node in sections)],
                  key=lambda told: told[0])
    texts = [text for _, text in told]
    paragraphs = [p for t in texts if t for p in t.split("\n\n")]
    paragraphs, boxes = closing_boxes(paragraphs, unit.line)  # "**Don't say:** ..." after the answer: red flags
    unit.pieces.extend(boxes)
    paragraphs, reminders = notes_apart(paragraphs)  # "[add numbers later]" beside the answer: a note to self
    unit.pieces.extend(Piece("tips", unit.line, rest=note) for note in reminders)
    reasons: list[str] = []
    paragraphs, signals, judged = coaching_around(paragraphs, bool(lead_in))  # "Discussing this can show your ..."
    unit.pieces.extend(Piece("signals", unit.line, rest=without_label_line(signal)) for signal in signals)
    unit.pieces.extend(Piece("tips", unit.line, rest=tip) for tip in judged)  # "That example is so-so ..."
    answer, advice = unwrapped("\n\n".join(paragraphs))  # '“I admire ...” |', "- Pick two ..." over a quotation
    answer = _POINTER.sub("", answer, count=1)  # "👉 A buddy for the first month": the pointer is no word of it
    unit.pieces.extend(Piece("tips", unit.line, rest=tip) for tip in advice)
    answer, pending = pending_list(answer)  # "to be done:" over the stories meant for it: a draft, those its tips
    unit.pieces.extend(Piece("tips", unit.line, rest=tip) for tip in pending)
    if pending:
        reasons.append("still to write: only the stories meant for it are listed")
    if answer and (is_placeholder(answer) or is_unfinished(answer)):
        reasons.append("a placeholder, not an answer")
        answer = ""
    return QaBody(question=question or name, answer=answer), [*above, *hollow], reasons


_BOXES = ("☐", "☑", "☒", "□", "■")


def _ticked(content: list[Piece]) -> bool:
    """An answer that opens with options to tick (every item of its first list starts with a box): a form."""
    if not content or content[0].rest:
        return False
    items = list(takewhile(lambda b: b.kind is ITEM, (b for p in content for b in p.blocks)))
    return bool(items) and all(b.text.lstrip().startswith(_BOXES) for b in items)


def _labelled(piece: Piece, plain: bool) -> str:
    text = piece_text(piece, label_items=plain)
    if (piece.slot in STAR_SLOTS or piece.slot in SCENARIO_SLOTS) and piece.label and text:  # "Context: ..." in it
        return over_list(f"**{piece.label.strip(' *:')}:**", text)  # "**My Approach:**" heads a list below it
    return text
