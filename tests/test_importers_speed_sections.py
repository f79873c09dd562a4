"""Rules over a section's sub-sections taken together, asked of each sub-section when it is read
(leaderdeck.importers.siblings), pick what the plain sets of them, worked out at once, held; and a heading's answer
label found before its questions are read (headprompts._answer_below) is found as the plain loop found it, and so is a
coaching card read line by line (coachcards._card).

Documents are drawn by hypothesis from headings of every kind these rules read (STAR parts, scenes and the prompts
put under them, tasks handed to the reader, topic words that are labels, answer labels, questions, plain titles)
over bodies of questions, advice and told lines, read as the importer reads them; every section's sub-sections are
taken in, and some sections' again without their first sub-section (as a section whose first sub-section was read
apart is read again), and each rule is asked about every section of the document.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import coachcards, headprompts
from leaderdeck.importers.blocks import ITEM, PARAGRAPH
from leaderdeck.importers.outline import Node, outline
from leaderdeck.importers.partrun import PartRuns, part_run
from leaderdeck.importers.posedscene import scene_prompt_sections, scene_prompts
from leaderdeck.importers.reader import read_document_text
from leaderdeck.importers.text import clean_title, is_question
from leaderdeck.importers.topicwords import topic_group_sections, topic_groups
from leaderdeck.importers.yourtask import case_task_sections, task_sections

_HEADINGS = ["Situation", "S – Situation", "The Situation", "Context", "Scenario", "Task", "T - Task", "Your Task",
             "Your assignment", "Action", "A – Action", "Result", "R - Result", "Results & Impact", "Learning",
             "Lessons learned", "What would you do?", "How would you handle it?", "What did you learn?",
             "Stakeholders", "Growth", "Impact", "Overview", "Challenges", "Discussion points", "Hiring",
             "Performance", "The outage", "Tell me about a time you failed?", "Q1: Why us?", "Your Answer:",
             "Sample answer", "Response", "My answer", "Answer framework", "Tips", "Red flags", "Follow-ups"]
_LINES = ["- What was the outcome?", "- Why did you choose it?", "- What did you learn?", "- Set the scene",
          "- Put a number on it", "Our release was three weeks late.", "1. How would you begin?",
          "2. Who do you tell?", "3. What would you change?", "- Tell me about a conflict?", "I fixed it.",
          "- How do you handle feedback?", "- Describe a time you led a team.", "Time: 10-15% of answer",
          "**Situation:** The build broke.", "> What would you do?", "- **Look for:** ownership",
          "- **Red flags:** blame", "**Tips:** be brief", "  - **Look for:** nested", "| a | b |\n|---|---|\n| 1 | 2 |"]
_SECTION = st.tuples(st.sampled_from(_HEADINGS), st.lists(st.sampled_from(_LINES), max_size=4),
                     st.lists(st.tuples(st.sampled_from(_HEADINGS), st.lists(st.sampled_from(_LINES), max_size=3)),
                              max_size=4))
# runs of sections each rule picks from (its sections beside others, or alone under their heading)
_PICKED = ["## Situation\n\nThe build broke.\n\n## What would you do?",
           "## The Situation\n\nIt broke.\n\n## Your Task\n\n1. How would you begin?\n2. Who do you tell?",
           "## S – Situation\n\n- Set the scene\n\n## A – Action\n\n- What did you do?\n\n## R - Result\n\n"
           "- What was the outcome?",
           "## Hiring\n\n- How do you hire?\n- Why us?\n\n## Stakeholders\n\n- How do you align them?\n"
           "- Who do you tell first?",
           "## Gap 4\n\n### Your Answer:\n\nI fixed it.",
           "## Biggest launch\n\n- **Look for:** ownership\n- **Red flags:** blame\n\n## Hardest hire\n\n"
           "- **Look for:** judgment\n- **Tips:** be brief",
           "## Nested card\n\n- **Look for:** ownership\n  - **Look for:** nested\n- **Red flags:** blame"]


@st.composite
def _documents(draw: st.DrawFn) -> Node:
    chunks = draw(st.lists(st.one_of(_SECTION, st.sampled_from(_PICKED)), min_size=1, max_size=9))
    lines = [f"# {draw(st.sampled_from(_HEADINGS))}", ""]
    for chunk in chunks:
        if isinstance(chunk, str):  # a run the rules pick from, at the title's level or one further in
            lines += [chunk.replace("## ", "### ") if draw(st.booleans()) else chunk, ""]
            continue
        head, body, subs = chunk
        lines += [f"## {head}", "", *(f"{line}\n" for line in body)]
        for sub_head, sub_body in subs:
            lines += [f"### {sub_head}", "", *(f"{line}\n" for line in sub_body)]
    return outline(read_document_text("\n".join(lines), "drawn.md").blocks)


def _sections(root: Node) -> list[Node]:
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(node.children)
    return found


def _taken_in(root: Node, again: list[bool]) -> list[list[Node]]:
    """Every section's sub-sections, and some sections' again without their first."""
    taken = []
    for index, node in enumerate(_sections(root)):
        taken.append(list(node.children))
        if again[index % len(again)] and len(node.children) > 1:
            taken.append(list(node.children[1:]))
    return taken


@settings(max_examples=700, deadline=None)
@given(_documents(), st.lists(st.booleans(), min_size=1, max_size=5))
def test_sub_sections_asked_when_read_are_picked_as_the_plain_sets_held_them(root: Node, again: list[bool]) -> None:
    taken = _taken_in(root, again)
    rules = [(topic_groups, topic_group_sections()), (scene_prompts, scene_prompt_sections()),
             (task_sections, case_task_sections())]
    runs = PartRuns()
    for children in taken:
        for _, picked in rules:
            picked.add(children)
        runs.add(children)
    for rule, picked in rules:
        plain = {node for children in taken for node in rule(children)}
        assert [node in picked for node in _sections(root)] == [node in plain for node in _sections(root)]
    parts = {node for children in taken for node in part_run(children)}
    apart = {node for children in taken if len(run := part_run(children)) < len(children) for node in run}
    assert [node in runs for node in _sections(root)] == [node in parts for node in _sections(root)]
    assert [runs.apart(node) for node in _sections(root)] == [node in apart for node in _sections(root)]


def _plain_answer_below(node: Node) -> bool:
    for child in node.children:
        if child.head is None:
            continue
        if headprompts._names_answer(child.head.text):
            return True
        if is_question(clean_title(child.head.text)):
            return False
    return False


@settings(max_examples=500, deadline=None)
@given(_documents())
def test_an_answer_label_below_a_heading_is_found_as_the_plain_loop_found_it(root: Node) -> None:
    assert [headprompts._answer_below(node) for node in _sections(root)] \
        == [_plain_answer_below(node) for node in _sections(root)]


def test_the_drawn_runs_are_what_each_rule_picks() -> None:
    """Each run the documents above may hold is picked by its rule (a check of the drawing)."""
    scene, task, run, topics, answer, cards, _ = (outline(read_document_text(f"# Title\n\n{chunk}\n", "run.md").blocks)
                                        .children[0] for chunk in _PICKED)
    assert scene_prompts(scene.children)
    assert task_sections(task.children)
    assert part_run(run.children)
    assert topic_groups(topics.children)
    assert headprompts._answer_below(answer.children[0])
    assert coachcards.coaching_cards(cards)


def _plain_card(node: Node) -> bool:
    if node.head is None or node.children:
        return False
    filled = [block for block in node.body if block.text.strip() or block.rows]
    if len(filled) < coachcards._MIN_LINES \
            or any(block.kind not in (ITEM, PARAGRAPH) or block.indent for block in filled):
        return False
    slots = set()
    for block in filled:
        label = coachcards.label_of(block)
        if label is None or label[0] not in coachcards._CARD_SLOTS:
            return False
        slots.add(label[0])
    head = clean_title(node.head.text)
    return "signals" in slots and bool(head) and coachcards.slot(head) is None


@settings(max_examples=500, deadline=None)
@given(_documents())
def test_a_coaching_card_read_line_by_line_is_found_as_the_plain_way_found_it(root: Node) -> None:
    assert [coachcards._card(node) for node in _sections(root)] == [_plain_card(node) for node in _sections(root)]
