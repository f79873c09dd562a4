"""What a section is, read from its heading and parts: a story's or a scenario's, a group of questions, a
labelled part to cut, a template to skip. The rules :mod:`.assemble` applies section by section."""

from __future__ import annotations

import re

from dataclasses import replace
from itertools import takewhile

from .asks import ASK_THEM
from .backstory import backstory
from .blocks import Block, PARAGRAPH, ITEM
from .labels import COACH_SLOTS, SCENARIO_SLOTS, STAR_SLOTS, normalise, slot, to_ask
from .outline import Node, head_rank
from .ownmatter import WHY as OWN_MATTER, own_matter, own_section
from .parts import label_of
from .scan import Scanner
from .grouplines import groups_stories
from .indicators import INDICATORS, indicates
from .samples import only_advice
from .selfprep import PREPARATION, prep_section, prepares
from .subparts import stays_in_part
from .placeholders import is_fill_in
from .qnumbers import numbers_question
from .steplabels import answer_step
from .text import ASK, clean_title, ends_asking, is_question
from .questions import arrow_at
from .textreader import label_of as line_label
from .ticklists import ticked
from .unit import Piece, Unit
from ..lazyre import lazy_re

_STORY_SLOTS = frozenset({"action", "result", "learning"})
_ONE_VALUE = frozenset({"level", "duration", "company", "topic", "competencies", "tags", "title"})
_STORY_FACTS = ("company", "topic", "competencies", "tags")  # "**Keywords:** ..." after a story's Result


def tell_the_answer(unit: Unit, below: list[Unit]) -> bool:
    """Stories named in the sub-sections of a question with no answer of its own (``### The billing cron``
    under ``## Tell me about...``, a ``<details>`` story): each a story told for the question, which then makes
    no note of its own. Whatever the question held (coaching, variants) goes with the first story. A story a
    ``### Story: name`` sub-section tells plainly is told for the question even when it has an answer. The page's
    own words about answering ("Here is how to give a strong response.") are no answer."""
    stories = [u for u in below if u.title and not u.question and (is_story(u.slots()) or u.story)]
    if not stories or unit.sections or any(p.slot in (None, "answer", *STAR_SLOTS) and not p.empty
                                           and not (p.slot is None and only_advice(p.blocks))
                                           for p in unit.pieces):
        for story in (s for s in stories if s.story):
            story.question = unit.question  # "### Story: name" told plainly under it: told for it
        return False
    first = stories[0]
    first.pieces[:0] = unit.pieces
    first.variants[:0] = unit.variants
    first.follow_ups = (*unit.follow_ups, *first.follow_ups)
    for story in stories:
        story.question = unit.question
    return True


_STORY_LABEL = lazy_re(r"^story\s*#?\d*$", re.IGNORECASE)


def story_section(child: Node, hints: list[str], meta: list[Piece]) -> Unit | None:
    """A sub-section of a question named as a story (``### Story 2: Code review as mentoring``), its text told
    without STAR labels: a story told for the question, its text the answer; ``None`` for any other section."""
    label, name = line_label(clean_title(child.head.text)) if child.head is not None else ("", "")
    blocks = child.blocks()
    if not name or not _STORY_LABEL.match(label.strip()) or not any(b.text.strip() or b.rows for b in blocks):
        return None
    return Unit(child.line, title=name, hints=list(hints), meta=list(meta), story=True,
                pieces=[Piece(None, blocks[0].line, blocks=blocks)])


def covers_read_as_labels(node: Node) -> Node:
    """A story's "Questions this answers" sub-section, read as that label line with its list in the story's own
    text, so the scanner gives the story its question and variants wherever the list stands among its parts."""
    node = _covers_out_of_parts(node)
    covers = [child for index, child in enumerate(node.children) if child.head is not None
              and (_names_covers(child.head.text) or _lists_asked(child, node.children[index + 1:]))]
    if not covers:
        return node
    body = list(node.body)
    for child in covers:
        label = clean_title(child.head.text)
        lead = label if slot(label) == "covers" else _COVERS  # "Triggers" over the questions: read as what it is
        body.append(replace(child.head, kind=PARAGRAPH, level=0, text=label, lead=lead, rest=""))
        body.extend(child.blocks())
    return Node(node.head, node.rank, body, [child for child in node.children if child not in covers])


_COVERS = "Questions this answers"


def _covers_out_of_parts(node: Node) -> Node:
    """A story whose parts are headings (``#### Result``), one of which closes on a label of the questions the story
    answers (``**Questions this answers:**`` over its list, or with them on its line): that label and what follows
    it in the part's section moved into the story's own text, where the scanner reads it, never more of the part."""
    moved: list[Block] = []
    children = []
    for child in node.children:
        at = next((i for i, b in enumerate(child.body) if i and b.lead and b.kind is PARAGRAPH
                   and slot(b.lead) == "covers"), None)
        if at is None or child.head is None or child.children or _part(child.head.text) not in STAR_SLOTS:
            children.append(child)
            continue
        moved.extend(child.body[at:])
        children.append(Node(child.head, child.rank, child.body[:at], child.children))
    return Node(node.head, node.rank, [*node.body, *moved], children) if moved else node


def _names_covers(heading: str) -> bool:
    """A heading naming the questions a story answers ("Questions this answers", "Best for"); a heading holding
    none of the words every such name holds is read no further (a bank's hundreds of story headings)."""
    folded = heading.casefold()
    return any(word in folded for word in _COVERS_WORDS) and slot(heading) == "covers"


_COVERS_WORDS = ("question", "answer", "cover", "fit", "for", "use")  # one of them is in every name of "covers"


def _lists_asked(child: Node, later: list[Node]) -> bool:
    """A sub-section between a story's title and its parts (in the sub-section, or the one after it) that lists
    questions under a heading of its own wording (``### Triggers`` over quoted questions) or a bare
    ``**Questions**``: the questions the
    story answers; not when the section after it is a template (:func:`_template_beside`)."""
    items = list(takewhile(lambda b: b.kind is ITEM, child.body))
    if child.children or not items:
        return False  # cheap first: a list of questions opens it, with no sub-section
    named = slot(child.head.text)  # "**Questions**" over the list is as good as a heading of its own wording
    if named is not None and not (named == "question" and normalise(child.head.text) == "questions") \
            or is_question(clean_title(child.head.text)) \
            or numbers_question(child.head.text):  # "# Question 3" over its question and story: a bank's section
        return False
    after = [*child.body[len(items):], *(b for n in later[:1] if not _template_beside(n) and not _asks_only(n)
                                         for b in ([n.head] if n.head else []) + n.blocks())]
    if not any(_part(b.text) in STAR_SLOTS if head_rank(b)
               else not b.indent and (label_of(b) or ("",))[0] in STAR_SLOTS for b in after):
        return False  # no story's part after it at the list's depth: a bank's long list has none; parts nested
        # under the last item ("2. **Tell me ...**" over "   **S:** ...") are that item's own story
    # an answer nested under one, or given on its line ("... → **Event bus rewrite**"): a bank's, an index's
    return all(is_question(b.text) and not b.indent and not arrow_at(b.text) for b in items)


def _asks_only(node: Node) -> bool:
    """A section that opens on a list of two questions or more at its margin (``### Learning & Growth`` over them,
    beside ``### Teamwork`` over its own): a topic's group of questions, however its heading is worded, never the
    part of a story that the list before it would be the questions of."""
    items = list(takewhile(lambda b: b.kind is ITEM, node.body))
    return len(items) >= 2 and all(not b.indent and is_question(b.text) for b in items)


def _template_beside(node: Node) -> bool:
    """A section after a list of questions headed as a template (``## STAR answer format`` over ``### (S)ituation``
    and its hints): how to answer them all, not the story they are listed for."""
    return node.head is not None and _part(node.head.text) not in STAR_SLOTS \
        and why_noise(node.head.text) == TEMPLATE


def cut_at_labels(piece: Piece, blocks: list[Block], pieces: list[Piece]) -> None:
    """A labelled section's blocks, cut where a label the section may hold starts (a cheat code in a Result). A
    label of the answer alone on the last line of a story part's section (``**Long Answer:**`` under the Result,
    right above the longer telling's Situation) names the telling that follows: it is no text of the part."""
    current = piece
    for index, block in enumerate(blocks):
        found = label_of(block) if not answer_step(blocks, index) else None  # "**2. Evaluation:**": a step, kept
        if found is not None and piece.slot in STAR_SLOTS and index == len(blocks) - 1 and found[0] == "answer" \
                and not found[2].strip():
            continue  # "**Long Answer:**" alone closing a "**Result**" section: the title of the next telling
        if found is not None and stays_in_part(current, current is not piece, block, found[0], found[1]):
            current.blocks.append(block)  # "- **Role:** tech lead" under "### Situation": a point of the part
            continue
        if found is not None and _may_hold(piece.slot, found[0]) and block.indent <= piece.indent + 1:
            current = Piece(found[0], block.line, found[1], found[2], indent=block.indent, opener=block)
            pieces.append(current)
            continue
        if current.slot in _ONE_VALUE or _chip(current, block):  # "Company: X" holds X; what follows belongs to
            current = Piece(piece.slot, block.line, indent=block.indent)  # the section ("Status: draft" too)
            pieces.append(current)
        current.blocks.append(block)


def _chip(current: Piece, block: Block) -> bool:
    """Whether ``current`` is a chip of no interest with its value (``- **Status**: draft``, ``Date: 2024-05-01``: a
    noise label and a few words) and ``block`` is at its margin: the chip holds its value alone, so the block is
    the section's text again, never more of the chip (set aside with it)."""
    return current.slot == "noise" and 0 < len(current.rest.split()) <= _CHIP_WORDS and block.indent <= current.indent


_CHIP_WORDS = 3  # "Status: ready to tell", "Date: 2024-05-01": a chip's value


def _may_hold(outer: str | None, inner: str) -> bool:
    if outer in STAR_SLOTS or outer == "impact":
        return inner in COACH_SLOTS or inner in ("noise", "cheat", *_STORY_FACTS) or inner in STAR_SLOTS
    if outer in SCENARIO_SLOTS:
        return inner in COACH_SLOTS or inner in ("noise", "company", "level", "duration", "scenario")
    if outer in COACH_SLOTS:  # "**Tips**" over its list, then "**Your answer:**": the answer, no more tips
        return inner in COACH_SLOTS or inner in ("noise", "answer")
    return True


def _asks(node: Node) -> bool:
    return node.head is not None and any(mark in node.head.text for mark in ASK) \
        and ends_asking(clean_title(node.head.text), "\"”’)")  # cheap first: a heading with no question mark


def asked_in_a_run(children: list[Node]) -> list[Node]:
    """Sections headed like coaching that ask ("What makes a good design document?") among sibling sections
    headed by questions, and by nothing else but noise: questions of the run, not coaching. Next to a section
    headed as coaching ("Why they ask") they are a coaching page's; under a question they stay its coaching
    (the caller does not look at a question's sub-sections)."""
    candidates = [c for c in children if _asks(c) and slot(c.head.text) in COACH_SLOTS]
    if not candidates:
        return []
    others = [c for c in children if c not in candidates and c.head is not None]
    questions = [c for c in others if slot(c.head.text) is None and is_question(clean_title(c.head.text))]
    if not questions or any(slot(c.head.text) != "noise" for c in others if c not in questions):
        return []
    return candidates


def holds_questions(node: Node, hints: list[str]) -> bool:
    """A "Questions" heading whose section holds questions: sub-sections headed by questions, questions in its
    own text, or in the text of a sub-section headed by a name of its own ("## Leadership" between "# Questions"
    and its list)."""
    return heads_questions(node) or Scanner(hints).asks(node.body) \
        or any(slot(c.head.text) in (None, "container", "topic") and holds_questions(c, hints) for c in node.children)


def groups_questions(node: Node, hints: list[str]) -> bool:
    """A grouping word ("## Categories") over sub-sections of its own words that hold questions ("### About you"
    over its list): their group, not a list of competencies."""
    return any(slot(c.head.text) in (None, "topic") and holds_questions(c, hints) for c in node.children)


def heads_questions(node: Node) -> bool:
    """A heading over sections headed by questions ("Common questions" over "### Q1: ...", or over groups of
    them): their group."""
    return any(slot(c.head.text) is None and is_question(clean_title(c.head.text)) or heads_questions(c)
               for c in node.children)


_NAMES_QUESTIONS = lazy_re(r"\bquestions?\b", re.IGNORECASE)


def tips_over_questions(node: Node, hints: list[str]) -> bool:
    """A tips section ("# Tips" over "1. Be specific.") with a sub-section whose heading names questions
    ("## Questions to practice", "## Practice questions") and that holds them: the page's groups, each read on its
    own, not one long tip that swallows the questions."""
    return any(_NAMES_QUESTIONS.search(child.head.text) and holds_questions(child, hints)
               for child in node.children)


def heads_cases(node: Node) -> bool:
    """A heading worded like a label over sections that are each a scenario or a story told in labelled
    sub-sections ("Requirements:" over "### Exercise 1" with "#### Scenario: ..." and "#### Deliverables:"), or over
    two or more questions each answered by a story told in bold labels ("## ambiguity" over "### 1. Describe ...?" and
    its **Situation:** ... **Result:**): their group, not a part of one note."""
    told = 0  # sections headed by a question over a story told in bold labels ("### 1. Describe ...?" over **Situation:**)
    for child in node.children:
        parts = {_part(c.head.text) for c in child.children} - {None}
        if slot(child.head.text) is None and (is_scenario(parts) or is_story(parts)):
            return True
        if slot(child.head.text) is None and is_question(clean_title(child.head.text)) \
                and is_story({slot(b.lead) for b in child.body if b.lead} - {None}):
            told += 1
    return told >= _TOLD_CASES


_TOLD_CASES = 2
_CASE_ASKS = frozenset({"challenges", "requirements", "discussion", "task"})  # what a case asks of its reader


def heading_slot(node: Node, tops: list[Node]) -> str | None:
    """The slot a section's heading gives it: a self-prep list is noise; a document's only title that is a bare
    word for a case ("# Case", "# Case Study") over the scene's labelled sections or lines (Background,
    Constraints, Your task, Questions) is the case's title, not a part of it, and its "Questions" what the case
    asks to discuss."""
    head = node.head.text
    if prep_section(head, node.body) and not node.children or own_section(node):
        return "noise"  # a self-prep list; "## Salary & logistics", "## Notes to self": the writer's own
    name = slot(head)
    if name is None and not node.children and node.body and (marked := ticked(node.body)) is not None:
        return marked  # "### Good picks:" over "✓ ..." lines: tips; over "✗ ..." lines: red flags (.ticklists)
    if name in STAR_SLOTS and groups_stories(node):
        return None  # "# Growth" over "## Story1" and its parts: the group's name, no part of the story above
    if name == "answer" and len(node.children) >= 2 and groups_stories(node):
        return None  # "## Worked STAR examples" over "### Example 1" and "### Example 2", each with its parts: a group
    if name == "title" and "[" in head and is_fill_in(clean_title(head)):
        return None  # "## 1. [Story Title]" over its parts: a story whose name is left to write, not a label
    if name == "scenario" and tops == [node] and _bare_case(node):
        return None
    if name == "question" and len(tops) == 1 and node in tops[0].children and _bare_case(tops[0]):
        return "discussion"
    return "scenario" if backstory(node, tops) else name  # "## The story" of a case: its background


def _bare_case(node: Node) -> bool:
    """A heading that is only a word for a case, over a scene and what it asks of the reader."""
    if slot(node.head.text) != "scenario" or line_label(clean_title(node.head.text))[1]:
        return False
    parts = {_part(child.head.text) for child in node.children} | {found[0] for b in node.body
                                                                   if (found := label_of(b)) is not None}
    parts = {"discussion" if part == "question" else part for part in parts} - {None}
    return is_scenario(parts | {"scenario"}) and bool(parts & _CASE_ASKS)


def _part(head: str) -> str | None:
    """The part of a case a sub-heading names: its label's, or "scenario" for one naming the scene
    ("Scenario: The merged teams")."""
    label, name = line_label(clean_title(head))
    return "scenario" if name and slot(label) == "scenario" else slot(head)


def is_story(slots: set[str]) -> bool:
    """STAR parts that tell a story: two or more, one of them what was done or came of it; or an Action after a
    Context or Problem (a CAR or PAR story)."""
    parts = slots & set(STAR_SLOTS)
    return len(parts) >= 2 and bool(parts & _STORY_SLOTS) \
        or "action" in parts and bool(slots & {"scenario", "challenges"})


def is_scenario(slots: set[str]) -> bool:
    return bool(slots & {"scenario", "situation"}) and bool(slots & {"challenges", "requirements", "discussion"}) \
        or "scenario" in slots and "task" in slots


def last_line(node: Node) -> int:
    blocks = node.blocks()
    return max((b.end for b in blocks), default=node.line)


TEMPLATE = "a template, not an answer"
NOT_CONTENT = "not interview content"
_TEMPLATE_WORD = lazy_re(r"\b(?:star|templates?|frameworks?|structures?|outlines?)\b")


def why_noise(head: str) -> str:
    if indicates(head):
        return INDICATORS
    name = clean_title(head).casefold()
    if _TEMPLATE_WORD.search(name):  # whole words: "Restructuring the team" or "Starter kit" is no template
        return TEMPLATE
    if to_ask(head) or normalise(head).startswith("questions to ask"):
        return ASK_THEM
    if own_matter(head):
        return OWN_MATTER
    if prepares(head) and slot(head) != "noise":  # "Questions I should prepare", not "Final thoughts on preparation"
        return PREPARATION
    return NOT_CONTENT


def template_parts(node: Node) -> list[Piece]:
    """A section headed as a template ("Your template") whose labels tell a story (Situation ... Result): each
    part once, to be written; what the template says under it (blanks, prompts) is not kept."""
    if node.head is None or why_noise(node.head.text) != TEMPLATE:
        return []
    parts: dict[str, Piece] = {}
    for block in node.blocks():
        found = label_of(block)
        if found is not None and found[0] in STAR_SLOTS and found[0] not in parts:
            parts[found[0]] = Piece(found[0], block.line, found[1], template=True)
    return list(parts.values()) if is_story(set(parts)) else []


def fills_in(head: str, units: list[Unit], before: list[Piece], children: list) -> tuple[Node, list[Piece]] | None:
    """A story named by ``head`` and given its question ("Best used for: ..."), with no answer of its own and,
    among its sub-sections, one template of its parts ("### Your template" under "## Story 3: The migration"):
    that template's section and parts, the story's parts to write. ``children`` are (section, assembled) pairs.
    A titled section with no question of its own (a guide's "Best practices") keeps its template a template."""
    if not head or is_fill_in(head) or len(units) != 1 or not units[0].question or is_fill_in(units[0].question) \
            or any(result.units for _, result in children):
        return None
    templates = [(child, result.templates) for child, result in children if result.templates]
    told = [p for p in [*before, *(p for u in units for p in u.pieces)] if p.slot in (None, "answer", *STAR_SLOTS)]
    if len(templates) != 1 or any(not p.empty for p in told):
        return None
    return templates[0]


def scene_of(head: str, before: list[Piece], slots: set[str]) -> Piece | None:
    """A section headed "Scenario: <name>" (a heading, or a bold line of its own) whose text has no labels: the
    scenario the heading names, as a labelled piece, its text the answer. ``None`` for any other section, and
    for a scenario whose parts are labelled (a context, its challenges), which names itself. A bare word for a
    case as the heading ("Case Study") over text and the case's task or questions: that text is the scene. Its
    coaching (a tip on how to answer) labels nothing of the scenario."""
    label, name = line_label(clean_title(head)) if head else ("", "")
    if not label and head and slot(head) == "scenario" and slots & _CASE_ASKS and not is_story(slots) \
            and not any(p.slot is not None for p in before) and not all(p.empty for p in before):
        return Piece("scenario", 0, clean_title(head))  # "# Case" over its text, then "## Your task": the scene
    if not name or slot(label) != "scenario" or is_story(slots) or is_scenario(slots) \
            or any(p.slot is not None and p.slot not in COACH_SLOTS for p in before) or all(p.empty for p in before):
        return None
    return Piece("scenario", 0, label, name)


def answers_the_heading(unit: Unit) -> bool:
    """A unit the scanner started at a STAR part, with no question or name of its own: under a question
    heading, it is that question's story."""
    return not unit.question and not unit.title and not unit.labelled and bool(unit.slots() & set(STAR_SLOTS))


def labelled_questions(node: Node, hints: list[str]) -> list[Unit]:
    """The questions a noise section ("STAR", "Notes") gives by a ``Question:``/``Q:`` label, after what made it
    noise: the label says they are asked; nothing else of the section is kept."""
    return [unit for unit in Scanner(hints).scan(node.body).units
            if unit.labelled and unit.question and not is_fill_in(unit.question) and not unit.slots() - {"answer"}]
