"""Round 12 of real documents (e): a heading naming what a page holds ("# Answers") is their container; story
tables with part names of the author's own; take-home cases; a role that names another profession's job."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.base import DocumentError
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


ANSWERS_OVER_COMPETENCIES = """# Questions

#### What makes an engineer thrive on your team?

---

# Answers
## Keeping calm in an outage.
**S:** Our payments queue stalled on a Friday night.  
**T:** I had to restore it before the Monday batch.  
**A:** I rolled back the consumer and paged the database owner.  
**R:** The batch ran on time and we wrote a runbook.

## Checking the details.
**S:** The billing export had totals that did not add up.  
**T:** Find the fault before the finance review.  
**A:** I compared every line against the ledger.  
**R:** Finance got correct figures and the bug was fixed.

### Berlin
A note to myself with no labels at all.
"""


def test_answers_title_over_competency_sections_keeps_each_story(taxonomy):
    report = _import(ANSWERS_OVER_COMPETENCIES, taxonomy)
    stars = [note for note in report.notes if note.kind is Kind.STAR]
    assert [note.prompt for note in stars] == ["Keeping calm in an outage.", "Checking the details."]
    assert stars[0].body.situation.strip() == "Our payments queue stalled on a Friday night."
    assert stars[1].body.action.strip() == "I compared every line against the ledger."
    assert "Monday batch" not in stars[1].body.task


def test_answers_title_reports_no_section_named_none(taxonomy):
    report = _import(ANSWERS_OVER_COMPETENCIES, taxonomy)
    assert all("None" not in item.what for item in report.skipped)
    kept = any("no labels at all" in note.body.answer for note in report.notes if note.kind is Kind.QA)
    assert kept or any(item.line == 20 for item in report.skipped)  # the unlabelled sub-section is not lost


@pytest.mark.parametrize("title", ["# Answers", "# My answers", "# Stories", "## Sample responses"])
def test_a_title_naming_what_the_page_holds_is_their_container(title, taxonomy):
    text = ANSWERS_OVER_COMPETENCIES.split("# Answers\n", 1)[1].split("### Berlin")[0]
    report = _import(f"{title}\n{text}", taxonomy)
    assert [note.prompt for note in report.notes] == ["Keeping calm in an outage.", "Checking the details."]


def test_an_answer_heading_over_parts_of_one_story_is_still_its_label(taxonomy):
    text = """## Tell me about a time you fixed a flaky pipeline.

### Answers
**Situation:** Half our builds failed for no reason.
**Action:** I quarantined the flaky tests and added retries with a report.
**Result:** Green builds went from half to nearly all.
"""
    report = _import(text, taxonomy)
    assert len(report.notes) == 1
    assert report.notes[0].prompt == "Tell me about a time you fixed a flaky pipeline."


OWN_PARTS_TABLE = """# Story bank

## 1. Migrations — "Moving billing off the old database"

| Stage | Content |
|-------|---------|
| **Situation** | Billing ran on a database the vendor would stop supporting in six months. |
| **Bet** | Move one table at a time behind a feature flag instead of a big cut-over. |
| **Coalition** | Finance agreed to a freeze week; the SRE lead owned the rollback plan. |
| **Mechanism** | Dual writes with a nightly diff report; each table switched once the diff was empty for a week. |
| **Proof** | **[YOUR METRICS]** e.g., tables moved, minutes of downtime. |
"""


def test_a_story_table_with_part_names_of_its_own_keeps_every_row(taxonomy):
    report = _import(OWN_PARTS_TABLE, taxonomy)
    [note] = report.notes
    assert note.kind is Kind.STAR and note.draft
    assert note.body.situation.strip().startswith("Billing ran on a database")
    action = note.body.action
    for label in ("Bet", "Coalition", "Mechanism"):
        assert f"**{label}:**" in action
    assert action.index("**Bet:**") < action.index("**Coalition:**") < action.index("**Mechanism:**")
    assert "Dual writes with a nightly diff report" in action
    # the Proof row is the story's Result (a Result synonym), its [YOUR METRICS] slot left to fill in
    assert "Proof" not in action and note.body.result.startswith("**[YOUR METRICS]** e.g., tables moved")


def test_rows_of_its_own_after_the_action_stay_in_the_action(taxonomy):
    text = """## Cutting alert noise

| Part | Text |
|---|---|
| Situation | Our on-call got eighty pages a week. |
| Task | Halve the pages without missing an outage. |
| Action | I deleted alerts nobody acted on. |
| Tooling | We added a weekly alert review. |
| Result | Pages fell to thirty a week. |
| Lesson | Alerts need owners. |
"""
    [note] = _import(text, taxonomy).notes
    assert note.body.task.strip() == "Halve the pages without missing an outage."
    assert note.body.action.strip().endswith("**Tooling:** We added a weekly alert review.")
    assert note.body.result.strip() == "Pages fell to thirty a week."
    assert "Alerts need owners." in note.body.learning


def test_a_two_column_table_without_situation_or_result_is_no_story(taxonomy):
    text = """## Tell me about your team's rituals.

| Ritual | When |
|---|---|
| Standup | Daily at ten |
| Retro | Every other Friday |
"""
    [note] = _import(text, taxonomy).notes
    assert note.kind is Kind.QA and "Standup" in note.body.answer


def _messages(report) -> list[str]:
    return [f"line {item.line}: {item.message}" for item in report.attention]


def test_a_role_naming_another_professions_executive_gives_no_level_and_says_so(taxonomy):
    text = ("role,question\r\n"
            "HR Executive,How do you settle a dispute between two colleagues?\r\n"
            "Sales Executive,Tell me about a contract you lost.\r\n")
    report = _import(text, taxonomy, "bank.csv")
    assert [note.level.value for note in report.notes] == ["senior", "senior"]
    said = _messages(report)
    assert any(line.startswith("line 2: no level for 1 note: the role 'HR Executive' is another profession's job")
               for line in said)
    assert any("'Sales Executive'" in line for line in said)
    assert "HR Executive" in report.notes[0].tags


def test_a_role_with_a_band_among_engineering_words_is_a_reported_guess(taxonomy):
    text = "role,question\nSenior Backend Engineer,How do you review a risky change?\n"
    report = _import(text, taxonomy, "bank.csv")
    assert report.notes[0].level.value == "senior"
    assert any("level guessed: senior for 1 note, from the role 'Senior Backend Engineer' (weak)" in line
               for line in _messages(report))
    text = "role,question\nDirector, Platform,How do you fund a platform team?\n"
    report = _import(text.replace("Director, Platform", '"Director, Platform"'), taxonomy, "bank.csv")
    assert report.notes[0].level.value == "director"
    assert any("level guessed: director" in line for line in _messages(report))


def test_a_role_that_is_plainly_a_band_states_it(taxonomy):
    report = _import("role,question\nEngineering Manager,How do you run one-to-ones?\n", taxonomy, "bank.csv")
    assert report.notes[0].level.value == "manager"
    assert not any("level" in line for line in _messages(report))


TAKE_HOME_POINTS = """
# Parcel tracking service

A logistics client wants a service that tracks parcels across four carriers. Each carrier reports events in its own
format, and the client's support desk needs one timeline per parcel.

A new team of five has been hired to build it and it is your job to help them succeed.

## Requirements:

* `POST /parcels`: register a parcel
* `GET /parcels/{id}/events`: read its timeline

## Questions

For this exercise, think as an engineering manager and explain how you will support the team.

For instance, how will you handle the following points:

* **delivery plan**: the client expects a first carrier live within three months
* **carrier knowledge**: each carrier's formats have quirks the team must learn
* **on-call**: how the team shares support once the service is live
"""


def test_a_take_home_case_with_points_after_a_colon_is_one_scenario(taxonomy):
    report = _import(TAKE_HOME_POINTS, taxonomy)
    [note] = report.notes
    assert note.kind is Kind.SCENARIO
    assert note.body.title == "Parcel tracking service"
    assert note.body.situation.startswith("A logistics client wants a service")
    assert "`POST /parcels`" in note.body.situation and "Requirements" in note.body.situation
    assert "how will you handle the following points:" in note.body.question
    assert [p.heading for p in note.body.discussion] == ["delivery plan", "carrier knowledge", "on-call"]
    assert note.body.discussion[0].questions == ("the client expects a first carrier live within three months",)
    assert note.level.value == "manager"


TAKE_HOME_DELIVERABLES = """# Exercise 2: Leading through a crunch

## Scenario
You are the new VP of Engineering at a ticketing startup, three weeks before the summer festival season. Three
things land on your desk in your first week:

1. **Checkout errors:** One purchase in fifty fails at the payment step.
2. **Partner feature:** Sales promised a venue dashboard before the season.
3. **Hiring:** Two of your eight engineers have resigned.

## Task
Write a plan for your first month. Your response should include:

1. Your priorities, with the reasons for their order
2. What you would delegate (and to whom)
3. How you would explain your plan to:
   - the engineers
   - the board

## Time
Spend about thirty minutes on this.

# My plan

Checkout:
   Do we know which payment provider fails?
   Fix it before anything else.

Hiring:
   Ask the two leavers what would have kept them.
"""


def test_a_take_home_case_with_deliverables_and_a_plan_is_one_scenario(taxonomy):
    report = _import(TAKE_HOME_DELIVERABLES, taxonomy)
    [note] = report.notes
    assert note.kind is Kind.SCENARIO and not note.draft
    assert note.body.title == "Leading through a crunch"
    assert note.body.situation.startswith("You are the new VP of Engineering")
    assert "Checkout errors" in note.body.situation
    assert note.body.question.endswith("Your response should include:")
    assert [p.heading for p in note.body.discussion] == [
        "Your priorities, with the reasons for their order", "What you would delegate (and to whom)",
        "How you would explain your plan to"]
    assert note.body.discussion[2].questions == ("the engineers", "the board")
    tips = "\n".join(note.coach.tips)
    assert "Spend about thirty minutes" in tips
    assert "Ask the two leavers what would have kept them." in tips
    assert note.level.value == "executive"
    assert not report.skipped


def test_advice_over_a_list_is_no_take_home_case(taxonomy):
    text = """# Preparing for the onsite

The onsite is four rounds over one day. Expect a system design round, a coding round and two conversations about
how you lead people, and bring water because the rooms are warm.

When you prepare, you should:

- sleep well the night before
- reread the job description
"""
    with pytest.raises(DocumentError):
        _import(text, taxonomy)
