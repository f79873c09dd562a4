"""Round 20 (e1): advice to the reader nested under a question item is its tips (the note a draft); a guide's
how-to heading is an explainer, not a question; a remark on what a question gets at, or the interviewer's motive,
is the note's signal, not its answer.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages, skipped

ITEM_ADVICE = """# Preparing for the culture round

## Topics

- Why `this team`?
    - This is no formality for us: we want to know what drew you to the platform group.
    - It helps when you read about the team before the call.
- How do you handle a project that failed?
    - Be ready with a case where the results fell short.
    - What did you change afterwards?
"""

ITEM_ANSWER = """# My answers

- Why this team?
    - I have run the build farm for two years and want to own it end to end.
    - The platform group ships the tools I already use every day.
"""

HOW_TO = """# Behavioural rounds

## Questions

### Why did you leave your last team?

I wanted to work closer to the people who run the service.

## How?

- Listen to the whole question before you start.

### how to pick a strong example?

- recent work beats side projects
- Stop after each point and ask the interviewer if you should go deeper.
"""

HOW_TO_BANK = """# System design bank

## How to shard a user table?

Split by user id and keep a lookup service for the ranges.

## How to cache a feed?

Use a write-through cache keyed by the user.

## What happens when a node dies?

Replicas take over and the ring rebalances.
"""

REMARKS = """## Questions they should not ask

### What year did you finish school?

* This touches on your age.

### Are you planning to have children?

* The interviewer might be trying to screen out people with family duties.

### Why do you want to leave your job?

* I want to own a platform end to end, and my team is being folded into another group.
"""


def test_advice_nested_under_question_items_is_their_tips(taxonomy) -> None:
    report = imported(ITEM_ADVICE, taxonomy)
    assert [n.body.question for n in report.notes] == ["Why `this team`?", "How do you handle a project that failed?"]
    why, failed = report.notes
    assert why.body.answer == "" and why.draft
    assert why.coach.tips == (
        "This is no formality for us: we want to know what drew you to the platform group.",
        "It helps when you read about the team before the call.")
    assert failed.body.answer == "" and failed.draft
    assert failed.coach.tips == ("Be ready with a case where the results fell short.",
                                 "What did you change afterwards?")


def test_items_told_as_i_under_a_question_item_stay_its_answer(taxonomy) -> None:
    report = imported(ITEM_ANSWER, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert not note.draft and not note.coach.tips
    assert "I have run the build farm" in note.body.answer


def test_a_how_to_heading_over_advice_is_a_guides_explainer(taxonomy) -> None:
    report = imported(HOW_TO, taxonomy)
    assert [n.body.question for n in report.notes] == ["Why did you leave your last team?"]
    assert any("section 'how to pick a strong example?' (a guide's explainer, not an interview question)" in line
               for line in skipped(report))


def test_how_to_headings_among_asking_siblings_stay_questions(taxonomy) -> None:
    report = imported(HOW_TO_BANK, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "How to shard a user table?", "How to cache a feed?", "What happens when a node dies?"]
    assert report.notes[1].body.answer.startswith("Use a write-through cache")


def test_a_remark_on_the_question_or_the_interviewers_motive_is_a_signal(taxonomy) -> None:
    report = imported(REMARKS, taxonomy)
    assert len(report.notes) == 3
    school, children, leave = report.notes
    assert school.body.answer == "" and school.draft
    assert school.coach.signals == ("This touches on your age.",)
    assert children.body.answer == "" and children.draft
    assert children.coach.signals == ("The interviewer might be trying to screen out people with family duties.",)
    assert leave.body.answer.startswith("- I want to own a platform") and not leave.draft
    assert any("'What year did you finish school?' is a draft: no answer, only what interviewers look for" in line
               for line in messages(report))


ONE_ASKING_ITEM = """---
title: Manager Interviews
---

### What new habits have you brought to your team?
- Do you keep what works or keep looking for better ways?
    - demo days, pairing rotations.

### How do you plan a quarter?
- Do you start from the roadmap?
- Do you start from the incidents?
"""


def test_one_asking_item_with_a_note_under_a_heading_question_is_its_follow_up(taxonomy) -> None:
    report = imported(ONE_ASKING_ITEM, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "What new habits have you brought to your team?", "How do you plan a quarter?"]
    habits, plan = report.notes
    assert habits.coach.tips == ("Follow-up: Do you keep what works or keep looking for better ways?",)
    assert habits.body.answer.strip() == "- demo days, pairing rotations."
    assert plan.coach.tips == ("Follow-up: Do you start from the roadmap?",
                               "Follow-up: Do you start from the incidents?")


TRAP_CARDS = """# Trick questions

## Under pressure

### "What is your weakest skill?"

Trap: a boast dressed as a flaw, or a flaw that rules you out. Give a real weakness and what you do about it now.
Honesty is the point.

### "Why should we pick you over the others?"

Don't run the others down. Tie your record to what the team needs, and keep it short for your listener.

### Silence after you finish.

Trap: the pause pushes you to keep talking. Stop when you are done.

### "Where do you see yourself in five years?"

I want to lead a platform group and still review designs every week.
"""


def test_a_trap_label_running_on_into_advice_gives_a_red_flag_and_a_tip(taxonomy) -> None:
    report = imported(TRAP_CARDS, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["What is your weakest skill?", "Why should we pick you over the others?",
                         "Where do you see yourself in five years?"]
    weakness, pick, five = report.notes
    assert weakness.draft and weakness.body.answer == ""
    assert weakness.coach.tips == ("Red flag: a boast dressed as a flaw, or a flaw that rules you out.",
                                   "Give a real weakness and what you do about it now. Honesty is the point.")
    assert five.body.answer.startswith("I want to lead a platform group") and not five.draft


def test_a_lone_paragraph_of_advice_under_a_question_is_its_tip(taxonomy) -> None:
    report = imported(TRAP_CARDS, taxonomy)
    pick = report.notes[1]
    assert pick.draft and pick.body.answer == ""
    assert pick.coach.tips == (
        "Don't run the others down. Tie your record to what the team needs, and keep it short for your listener.",)


def test_a_titled_card_holding_one_labelled_point_is_reported_as_its_text(taxonomy) -> None:
    report = imported(TRAP_CARDS, taxonomy)
    lines = skipped(report)
    assert any("line 14: text under 'Silence after you finish.' (not part of a question)" in line for line in lines)
    assert not any("coaching for many questions" in line for line in lines)
