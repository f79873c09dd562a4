"""More shapes of document a user may bring (fixtures in our own words): stories folded into ``<details>``
after the question they answer, fill-in story templates, scenarios answered in a fence, take-home priorities
as numbered sub-sections, and prompts worded as requests rather than questions."""

from __future__ import annotations

import pytest

from importing import imported, kinds, messages
from leaderdeck.importers.text import is_question, only_questions


# 1. A question given by a label, its stories folded away in <details> after it

FOLDED_STORIES = """\
# My stories

## 1. Frugality

**Sample question**: "Tell me about a time you got more done with a smaller budget."

<details>
<summary>Story: The shared test lab (Click to open)</summary>

- **Situation**: Four teams each rented their own device lab.
- **Task**: Cut the bill without slowing any team down.
- **Action**: I pooled the devices and wrote a booking page.
- **Result**: The bill fell by half and no release waited on a device.

</details>

<details>
<summary>Story: The nightly batch</summary>

- **Situation**: A reporting batch ran on a large machine all day.
- **Task**: Pay for what the batch used.
- **Action**: I moved it to a small machine that ran an hour a night.
- **Result**: The cost dropped to a tenth.

</details>

## 2. Ownership

**Sample question**: "Describe a time you fixed something that was not yours to fix."

## 3. Delivery

Stories about what I learned the hard way.

<details>
<summary>Story: The flaky deploy</summary>

- **Situation**: One deploy in five failed for no clear reason.
- **Task**: Make deploys boring again.
- **Action**: I traced the failures to a race in our scripts.
- **Result**: Deploys stopped failing.

</details>
"""


def test_stories_folded_after_a_question_answer_it(taxonomy):
    report = imported(FOLDED_STORIES, taxonomy)

    assert kinds(report) == {"star": 3, "qa": 1}
    stories = [(n.body.title, n.body.question) for n in report.notes if n.kind.value == "star"]
    assert stories[:2] == [
        ("The shared test lab", "Tell me about a time you got more done with a smaller budget."),
        ("The nightly batch", "Tell me about a time you got more done with a smaller budget.")]
    assert stories[2][1] == "The flaky deploy"  # after text that asks nothing: a story of its own, named
    assert report.notes[0].body.result == "The bill fell by half and no release waited on a device."
    unanswered = [n for n in report.notes if n.draft]
    assert [n.body.question for n in unanswered] == ["Describe a time you fixed something that was not yours to fix."]


def test_two_stories_folded_right_under_a_question_heading_both_answer_it(taxonomy):
    text = ("## How do you keep a migration on track?\n\n<details>\n<summary>Story: The billing move</summary>\n\n"
            "**Situation:** Billing lived on a database we were leaving.\n\n**Task:** Move it with no missed invoice."
            "\n\n**Action:** I ran both systems side by side for a month.\n\n**Result:** Not one invoice was lost.\n\n"
            "</details>\n\n<details>\n<summary>Story: The search cut-over</summary>\n\n"
            "**Situation:** Search ran on a cluster at end of life.\n\n**Task:** Switch with no downtime.\n\n"
            "**Action:** I mirrored the traffic for two weeks first.\n\n**Result:** Users never noticed.\n\n"
            "</details>\n")
    report = imported(text, taxonomy)

    assert [(n.body.title, n.body.question) for n in report.notes] == [
        ("The billing move", "How do you keep a migration on track?"),
        ("The search cut-over", "How do you keep a migration on track?")]
    assert not report.drafts


# 2. Fill-in story templates: a named story is a draft to write, a generic one is a template

FILL_IN_BANK = """\
# Stories to write up

## Story 1: Closing the old data centre

### Good for
- "Tell me about a long project you saw through"
- "Describe a migration you led"

### My template

**Situation:**
"We ran [NUMBER] services in a data centre whose lease ended in [MONTH]."

**Task:**
"As [MY ROLE], I had to [GOAL]."

**Action:**
[Each step I took, in order]

**Result:**
"We moved out by [DATE] and saved [AMOUNT]."

## Story 2: The pager rota

**Situation:** [Set the scene]

**Task:** [What was mine to do]

**Action:** [What I did]

**Result:** [What changed, with a number]

## Blank to copy

### Story [N]: [Name]

**Good for:** [Question it answers]

**Situation:** [Scene]

**Action:** [Steps]

**Result:** [Outcome]

## Advice for the loop

Keep every story under two minutes.

### Answer framework

**Situation:** [Where and when]

**Action:** [What you did]

**Result:** [What came of it]
"""


def test_a_named_story_given_as_blanks_is_a_draft_keeping_its_name_and_question(taxonomy):
    report = imported(FILL_IN_BANK, taxonomy)

    assert kinds(report) == {"star": 2}
    exit_, rota = report.notes
    assert (exit_.body.title, exit_.body.question) == ("Closing the old data centre",
                                                       "Tell me about a long project you saw through")
    assert exit_.variants == ("Describe a migration you led",)
    assert rota.body.question == "The pager rota"
    for note in (exit_, rota):  # none of the blanks is taken for an answer
        assert note.draft
        assert not any((note.body.situation, note.body.task, note.body.action, note.body.result))
    said = messages(report)
    assert "line 6: 'Tell me about a long project you saw through' is a draft: its STAR parts are blanks to fill " \
           "in (line 11)" in said
    assert "line 23: 'The pager rota' is a draft: its STAR parts are blanks to fill in (line 25)" in said
    assert not any("every part is empty" in line for line in said)  # the blanks say why, once
    assert not any("My template" in str(item) for item in report.skipped)


def test_a_generic_story_template_and_an_answer_framework_stay_templates(taxonomy):
    report = imported(FILL_IN_BANK, taxonomy)

    skipped = [str(item) for item in report.skipped]
    assert "line 35: 'Story [N]: [Name]' (a template, not an answer)" in skipped
    assert "line 49: section 'Answer framework' (a template, not an answer)" in skipped
    assert not any("[" in note.body.question for note in report.notes)


# 3. "**Scenario: name**" on a line of its own, answered in a fence (or in plain text) below it

SCENARIOS_ANSWERED = """\
# Manager round

## Situations they like to ask about

**Scenario: Your best reviewer burns out**
```
What I would do:
1. Take them off reviews for a sprint
2. Spread reviews across the team
```

**Scenario: Two teams want the same platform engineer**
```
Compare what each team loses by waiting, then let their leads decide together.
```

## Scenario: A launch date nobody believes

I ask the team for their own date and take it to product the same day.
"""


def test_a_scenario_named_on_a_line_of_its_own_is_one_note_with_its_answer(taxonomy):
    report = imported(SCENARIOS_ANSWERED, taxonomy)

    assert kinds(report) == {"qa": 3}
    assert [n.body.question for n in report.notes] == ["Your best reviewer burns out",
                                                      "Two teams want the same platform engineer",
                                                      "A launch date nobody believes"]
    assert report.notes[0].body.answer == ("```\nWhat I would do:\n1. Take them off reviews for a sprint\n"
                                           "2. Spread reviews across the team\n```")
    assert report.notes[2].body.answer == "I ask the team for their own date and take it to product the same day."
    assert not report.skipped
    assert not report.drafts


def test_a_scenario_whose_parts_are_labelled_keeps_its_parts(taxonomy):
    text = ("## Scenario: The half-done migration\n\n**Context:** Half the tables moved a year ago.\n\n"
            "**Challenges:**\n- Two launches wait on it\n- The vendor contract ends soon\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"scenario": 1}
    body = report.notes[0].body
    assert (body.title, body.situation) == ("The half-done migration", "Half the tables moved a year ago.")
    assert body.challenges == ("Two launches wait on it", "The vendor contract ends soon")


# 4. A take-home's challenges given as titled sub-sections

TAKE_HOME = """\
# Exercise: First month as head of platform

## Background
You joined a payments company three weeks ago and own a team of six.

## Competing priorities

### 1. Failing card payments (urgent)
**What happened:** One card payment in twenty fails at the bank.

**Owner:** Nobody on the team has touched that service.

---

### 2. A promised integration
The sales lead promised a partner an export by the end of the month.

### 3. Rising hosting bill
- Idle test clusters run all weekend
- Logs are kept for two years

### 4. A hiring freeze

## Your task
Write a plan for your first six weeks and say what you will not do.
"""


def test_each_titled_challenge_keeps_its_title_with_its_text(taxonomy):
    report = imported(TAKE_HOME, taxonomy)

    assert kinds(report) == {"scenario": 1}
    assert report.notes[0].body.challenges == (
        "**Failing card payments (urgent)**\n\n**What happened:** One card payment in twenty fails at the bank.\n\n"
        "**Owner:** Nobody on the team has touched that service.",
        "**A promised integration**\n\nThe sales lead promised a partner an export by the end of the month.",
        "Idle test clusters run all weekend",  # a sub-section that is only a list: each item a challenge
        "Logs are kept for two years",
        "A hiring freeze")  # nothing under it: the title is the challenge


# 5. Prompts worded as requests to the candidate

@pytest.mark.parametrize("prompt", ["Please tell me a little about yourself.", "Walk me through your last project.",
                                    "Sell me this notebook.", "Teach us something you learned this year.",
                                    "Convince me that your plan is the right one.", "Please describe your week.",
                                    "Before we start, show me how you would open the meeting.",
                                    "Give me two examples of feedback you acted on.",
                                    "Give some examples of a decision you reversed."])
def test_a_request_made_to_the_candidate_reads_as_a_question(prompt):
    assert is_question(prompt)
    assert only_questions(prompt)


@pytest.mark.parametrize("advice", ["Tell the story in under two minutes.", "Give specific numbers.",
                                    "Show your reasoning, not only the outcome.", "Let me say what I would change.",
                                    "Please keep each answer short.", "Give credit to the team.",
                                    "Our manager told us about the change.", "Sell the outcome, not the effort."])
def test_advice_and_statements_still_do_not_read_as_questions(advice):
    assert not is_question(advice)
    assert not only_questions(advice)


def test_a_sheet_of_requests_reports_only_the_rows_that_do_not_ask(taxonomy):
    sheet = ("prompt,answer\nPlease tell me a little about yourself.,\nSell me this notebook.,\n"
             "Walk me through your last project.,\nWe will now take a short break.,\n")
    report = imported(sheet, taxonomy, name="sheet.csv")

    assert kinds(report) == {"qa": 4}
    assert [m for m in messages(report) if "question" in m] == [
        "line 5: 'We will now take a short break.' does not read as a question: kept; edit or delete what is not one"]
