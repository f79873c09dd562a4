"""Question banks, scenario pages, spreadsheets and plain-text notes read as their writers meant them."""

from __future__ import annotations

from leaderdeck.model import Kind
from importing import imported, kinds, skipped

FOLDED_BOLD = """\
# Prep notes

<details>
<summary><b>How do you keep a backlog of clean-up work small?</b></summary>

A fixed share of every sprint goes to it, tracked beside the feature work.

</details>

<details>
<summary><strong>Which signals tell you a team is overloaded?</strong></summary>
</details>
"""


def test_a_folded_question_set_in_bold_html_loses_the_tags(taxonomy):
    report = imported(FOLDED_BOLD, taxonomy, "folded.md")

    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == "How do you keep a backlog of clean-up work small?"
    assert first.body.answer.startswith("A fixed share of every sprint")
    assert second.body.question == "Which signals tell you a team is overloaded?"
    assert second.draft


POSED = """\
# Practice cases

## Case: The frozen offers

**Situation:** Two candidates accepted verbal offers, then finance paused all hiring.

**Your task:** How would you handle it this week?

**My answer:** Call both candidates the same day and tell them what I know.

## Case: The silent standup

**Context:** Nobody speaks in the daily meeting any more and updates arrive late in chat.

**What would you change first?**

**Follow-ups:**
- What if the quiet started after a reorg?

## Case: Paging at night

**Situation:** The pager went off five nights in a row for the same alert.

**Constraints:** Only two people know the service.

**How do you respond?**

Mute nothing; fix the alert's threshold first, then spread the knowledge.
"""


def test_a_scene_put_to_the_reader_as_a_question_is_a_scenario(taxonomy):
    report = imported(POSED, taxonomy, "posed.md")

    assert kinds(report) == {"scenario": 3}
    offers, standup, paging = report.notes
    assert all(n.kind is Kind.SCENARIO for n in report.notes)
    assert (offers.body.title, offers.body.question) == ("The frozen offers", "How would you handle it this week?")
    assert offers.body.situation.startswith("Two candidates accepted")
    assert (standup.body.title, standup.body.question) == ("The silent standup", "What would you change first?")
    assert standup.body.situation.startswith("Nobody speaks")
    assert any("quiet started after a reorg" in tip for tip in standup.coach.tips)
    assert (paging.body.title, paging.body.question) == ("Paging at night", "How do you respond?")
    assert paging.body.challenges == ("Only two people know the service.",)
    # the writer's answers have no field in a scenario: each goes with it as a tip under its label, never dropped
    assert "**My answer:** Call both candidates the same day and tell them what I know." in offers.coach.tips
    assert any(tip.startswith("**Answer:** Mute nothing") for tip in paging.coach.tips)
    assert not any("not part of the scenario" in s for s in skipped(report))


TAKE_HOME = """\
# Exercise: Checkout Latency

## Context

You lead the payments group of eight engineers. Checkout got twice as slow after a vendor change last month.

## Constraints

- The vendor contract runs for another year
- The holiday freeze starts in five weeks

## Your Task

Write a one-page plan for the next five weeks.

## Points your plan should cover

1. How will you find where the time goes?
2. What would you ship before the freeze?
"""


def test_a_case_whose_listed_questions_share_its_scene_is_one_scenario(taxonomy):
    report = imported(TAKE_HOME, taxonomy, "take-home.md")

    assert kinds(report) == {"scenario": 1}
    case = report.notes[0]
    assert case.body.title == "Checkout Latency"
    assert case.body.question == "Write a one-page plan for the next five weeks."
    assert case.body.situation.startswith("You lead the payments group")
    assert case.body.challenges == ("The vendor contract runs for another year", "The holiday freeze starts in five weeks")
    assert [p.heading for p in case.body.discussion] == ["How will you find where the time goes?",
                                                         "What would you ship before the freeze?"]


BULLETS_UNDER_NUMBERS = """\
THINGS THEY MAY ASK

1) How do you turn down a request from sales?
- Walk them through the roadmap
- Offer a smaller version sooner

2) Why this team?
"""


def test_bullets_between_numbered_questions_answer_the_number_above(taxonomy):
    for name in ("notes.txt", "notes.md"):
        report = imported(BULLETS_UNDER_NUMBERS, taxonomy, name)

        assert kinds(report) == {"qa": 2}, name
        first, second = report.notes
        assert first.body.question == "How do you turn down a request from sales?"
        assert first.body.answer == "- Walk them through the roadmap\n- Offer a smaller version sooner"
        assert second.body.question == "Why this team?" and second.draft


BANK_THEN_STORIES = """\
Prep notes

TEAMWORK
	How do you welcome a new engineer?
		A buddy for the first month and a small bug on day one.
	Describe a time a teammate let you down.

Stories
=======

Story 1 - Slow search
Situation: Search took eight seconds for large accounts.
Task: Bring it under one second.
Action: Added an index and paged the results.
Result: Search answered in 400 ms.
"""


def test_stories_under_their_own_heading_after_a_bank_keep_apart_from_its_last_question(taxonomy):
    report = imported(BANK_THEN_STORIES, taxonomy, "prep.txt")

    assert kinds(report) == {"qa": 2, "star": 1}
    welcome, letdown, story = report.notes
    assert welcome.body.question == "How do you welcome a new engineer?"
    assert letdown.body.question == "Describe a time a teammate let you down." and letdown.draft
    assert story.kind is Kind.STAR
    assert story.body.question != letdown.body.question
    assert story.body.situation == "Search took eight seconds for large accounts."
    assert story.body.result == "Search answered in 400 ms."


SHEET = '''\
Competency,Prompt,My Story (STAR),Status
Ownership,Tell me about a time you fixed something nobody owned,"S: Flaky deploys were everyone's problem.
T: Nobody was on the hook.
A: I took the pager for deploys for a month
and wrote a runbook.
R: Failed deploys fell by half.",Ready
Curiosity,What are you learning right now?,"Rust, mostly on weekends. S: stands for nothing here.",Draft
'''


def test_a_story_typed_as_label_lines_in_one_cell_gives_its_parts(taxonomy):
    report = imported(SHEET, taxonomy, "stories.csv")

    assert kinds(report) == {"star": 1, "qa": 1}
    story, plain = report.notes
    assert story.kind is Kind.STAR
    assert story.body.situation == "Flaky deploys were everyone's problem."
    assert story.body.task == "Nobody was on the hook."
    assert story.body.action == "I took the pager for deploys for a month\nand wrote a runbook."
    assert story.body.result == "Failed deploys fell by half."
    assert plain.kind is Kind.QA
    assert plain.body.answer == "Rust, mostly on weekends. S: stands for nothing here."


BOLD_NUMBERED = """\
# Team questions

**1. How do you onboard someone into an old codebase?**

> 🧭 *Tip: name the first week's goal.*

**2. Describe a review that changed your mind.**

A colleague showed me the retry loop hid real failures.
"""


def test_a_bold_numbered_request_after_a_tip_starts_the_next_question(taxonomy):
    report = imported(BOLD_NUMBERED, taxonomy, "team.md")

    assert kinds(report) == {"qa": 2}
    onboard, review = report.notes
    assert onboard.body.question == "How do you onboard someone into an old codebase?"
    assert onboard.draft and onboard.body.answer == ""
    assert onboard.coach.tips == ("name the first week's goal.",)
    assert review.body.question == "Describe a review that changed your mind."
    assert review.body.answer == "A colleague showed me the retry loop hid real failures."



def test_an_italic_label_after_an_emoji_loses_its_closing_mark(taxonomy):
    text = "## Why do you want to join us?\n\nThe team ships to millions.\n\n💡 _Tip: open with the product, not the pay._\n"
    report = imported(text, taxonomy, "join.md")

    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.answer == "The team ships to millions."
    assert note.coach.tips == ("open with the product, not the pay.",)


def test_an_answer_told_as_i_after_a_one_line_tip_is_the_answer(taxonomy):
    text = ("## Why do you want to join us?\n\n*Tip: open with the product, not the pay.*\n\n"
            "I use the product every day and want to work on its search.\n")
    report = imported(text, taxonomy, "join.md")

    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.coach.tips == ("open with the product, not the pay.",)
    assert note.body.answer == "I use the product every day and want to work on its search."
    assert not note.draft


DISCUSSED = """\
# Leadership cases

### Case 4 - The vendor that went quiet

**Setting:** A vendor your launch depends on stopped answering email two weeks before the date.

**Questions to discuss:**
1. Who do you tell, and when?
2. What is your fallback?
"""


def test_questions_to_discuss_under_a_setting_are_the_scenarios_points(taxonomy):
    report = imported(DISCUSSED, taxonomy, "cases.md")

    assert kinds(report) == {"scenario": 1}
    case = report.notes[0]
    assert case.body.title == "The vendor that went quiet"
    assert case.body.situation.startswith("A vendor your launch depends on")
    assert [p.heading for p in case.body.discussion] == ["Who do you tell, and when?", "What is your fallback?"]


def test_the_questions_the_candidate_asks_back_are_the_answer(taxonomy):
    text = ("### 7. What questions do you have for me?\n"
            "- Which team would I join first?\n"
            "- How do you decide what ships each quarter?\n")
    report = imported(text, taxonomy, "asks.md")

    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "What questions do you have for me?"
    assert note.body.answer == "- Which team would I join first?\n- How do you decide what ships each quarter?"
