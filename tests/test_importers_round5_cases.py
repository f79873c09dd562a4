"""Round 5 document shapes (fixtures in our own words): a case study filling the whole file, scenarios named
by their own lines under a group heading, STAR-format sub-headings under a question, and a bare framework
line over a template in plain text."""

from __future__ import annotations

from importing import imported
from leaderdeck.importers import ImportReport
from leaderdeck.model import Kind


def messages(report: ImportReport) -> list[str]:
    return [str(item) for item in report.attention] + [str(item) for item in report.skipped]


# D7. A case study filling the file: one scenario named by its title

CASE = '''\
# Case Study: The Quiet Architect

How a team lead helped a gifted engineer who had stopped sharing what she knew.

---

## Case Overview

**Engineer:** Priya (an invented name)  
**Level:** Staff Engineer  
**Team:** Payments Platform

**The Challenge:**
Priya designs the best systems on the team but will not document them, and two colleagues have asked to move to other teams.

---

## Initial Situation

### Her Strengths

**Technical Depth:**
- Rewrote the ledger service in one quarter
- Knows every failure mode of the billing queue

### The Problems

**In Design Reviews:**
- Remarks such as: "Did nobody read the RFC?"
- "Why are we even discussing this? It is obvious."
- "I will just do it myself."
- Leaves reviews without explaining her objections

**In Planning:**
- Takes the hardest tickets without telling anyone
- Skips the retrospective

**Impact:**
- Two engineers asked for a transfer
- The on-call load falls on one person

## Diagnosis

### What the Lead Learned
- Priya believes writing documents slows the team down
- She has never been told how her remarks land

## The Intervention Strategy

### Phase 1: A Direct Conversation
- Shared three specific examples from recent reviews
- Agreed on one design document per new service

### Phase 2: Pairing
- Paired Priya with a junior engineer every sprint
- Reviewed progress in each one-to-one

## Key Lessons

### What Worked
- Specific examples landed better than general complaints
- Giving her a teaching role turned knowledge into status

### Common Mistakes to Avoid
- Waiting for the yearly review to raise the problem

## Outcomes

- Every new service shipped with a design document within two months
- No further transfer requests that year

## Related Resources

- [A book about feedback](https://example.com/feedback)
'''


def test_a_case_study_filling_the_file_is_one_scenario(taxonomy):
    report = imported(CASE, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.SCENARIO]
    body = report.notes[0].body
    assert body.title == "The Quiet Architect"
    assert body.situation.startswith("How a team lead helped a gifted engineer")
    assert "will not document them" in body.situation  # the challenge named in the overview
    assert "Rewrote the ledger service" in body.situation
    assert len(body.challenges) == 3
    assert body.challenges[0].startswith("**In Design Reviews:**\n- Remarks such as")
    assert '"Why are we even discussing this? It is obvious."' in body.challenges[0]
    assert body.challenges[2].startswith("**Impact:**")
    headings = [p.heading for p in body.discussion]
    assert headings == ["What the Lead Learned", "Phase 1: A Direct Conversation", "Phase 2: Pairing", "Outcomes"]
    assert body.discussion[1].questions == ("Shared three specific examples from recent reviews",
                                            "Agreed on one design document per new service")
    tips = report.notes[0].coach.tips
    assert tips[0] == "Specific examples landed better than general complaints"
    assert tips[-1] == "Red flag: Waiting for the yearly review to raise the problem"
    assert not any("Why are we even" in m for m in messages(report))
    assert "line 72: section 'Related Resources' (not interview content)" in messages(report)


def test_a_case_heading_over_questions_stays_a_question_bank(taxonomy):
    text = """\
# Case Study: The Billing Rewrite

## Overview

We rewrote billing in six months.

## Questions

### How would you plan the cut-over?

Run both systems side by side for a month.

### What would you measure first?

The share of invoices that match.
"""
    report = imported(text, taxonomy)
    assert [(n.kind, n.body.question) for n in report.notes] == [
        (Kind.QA, "How would you plan the cut-over?"), (Kind.QA, "What would you measure first?")]


QUOTED_REMARKS = """\
# Notes on a difficult reviewer

## What we saw

**Strengths:**
- Fast, careful reviews
- Knows the billing queue inside out

**In Reviews:**
- Remarks such as: "Did anyone test this?"
- "Why are we doing it this way? It is obvious."
- "I will rewrite it myself."
- Leaves without explaining the objection

## Interview questions

### How would you coach this reviewer?

Start with specific examples and agree on one change.
"""


def test_a_quoted_remark_among_remarks_is_not_a_question(taxonomy):
    report = imported(QUOTED_REMARKS, taxonomy)
    assert [n.body.question for n in report.notes] == ["How would you coach this reviewer?"]


def test_quoted_questions_in_a_bank_stay_questions(taxonomy):
    text = """\
# Questions

- "Why did you leave your last team?"
- "How do you handle a missed deadline?"
- "What would you change about our on-call rota?"
"""
    report = imported(text, taxonomy)
    assert len(report.notes) == 3


def test_an_answer_is_never_taken_from_text_above_the_question(taxonomy):
    text = """\
# Reviewer notes

## What we saw

**Impact:**
- Shipped three features this half
- Fixed the slow checkout page

- Why do reviews take four days?
"""
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Why do reviews take four days?"]
    assert report.notes[0].body.answer == ""
    assert "line 5: 'Impact' (above the question on line 9, not its answer)" in messages(report)


# A group heading over scenarios each named by its own "Scenario: name" line

SCENARIO_GROUP = """\
# Scenarios

**Scenario:** The split on-call rota

**Context:** Two teams share one pager and each blames the other for noisy alerts.

**Challenges:**
- Nobody owns the alert rules
- Both managers report to different directors

**Discussion points:**
- Who should own the alert rules?
- How would you measure alert noise?

**Scenario:** The late migration

**Context:** A database migration is three months late and the vendor contract ends in six weeks.

**Challenges:**
- The team lost its only database specialist
- Sales promised a launch date

**Discussion points:**
- What would you cut first?
- How would you tell sales?
"""


def test_scenarios_under_a_group_heading_are_named_by_their_own_lines(taxonomy):
    report = imported(SCENARIO_GROUP, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.SCENARIO, Kind.SCENARIO]
    rota, migration = (n.body for n in report.notes)
    assert rota.title == "The split on-call rota"
    assert rota.situation == "Two teams share one pager and each blames the other for noisy alerts."
    assert rota.challenges == ("Nobody owns the alert rules", "Both managers report to different directors")
    assert [p.heading for p in rota.discussion] == ["Who should own the alert rules?",
                                                    "How would you measure alert noise?"]
    assert migration.title == "The late migration"
    assert migration.challenges[-1] == "Sales promised a launch date"


def test_scenarios_named_by_plain_label_lines(taxonomy):
    report = imported(SCENARIO_GROUP.replace("**Scenario:** ", "Scenario: "), taxonomy)
    assert [n.body.title for n in report.notes] == ["The split on-call rota", "The late migration"]


def test_one_scenario_under_a_group_heading_keeps_its_own_name(taxonomy):
    one = SCENARIO_GROUP.split("**Scenario:** The late migration")[0]
    report = imported(one, taxonomy)
    assert [n.body.title for n in report.notes] == ["The split on-call rota"]
    assert report.notes[0].body.challenges == ("Nobody owns the alert rules",
                                                "Both managers report to different directors")


# A sub-heading naming the answer's format ("### STAR breakdown") is no story name

STAR_SUBHEADINGS = """\
# Behavioral questions

## Tell me about a time you disagreed with your manager.

### STAR breakdown

**Situation:** My manager wanted to skip load testing before the sale.

**Task:** I owned the checkout service.

**Action:** I ran a one-hour test on a copy of production and shared the graphs.

**Result:** We found a lock that would have failed at twice the traffic, and fixed it before the sale.

## How do you handle a missed deadline?

### Sample answer (STAR)

**Situation:** A partner integration slipped by two weeks.

**Task:** I had to tell the customer and replan.

**Action:** I called the customer the same day with a new date and a smaller first release.

**Result:** The customer kept the contract and the small release shipped on the new date.

## Describe a time you mentored someone.

### STAR Answer

**Situation:** A new engineer joined in the middle of an incident-heavy month.

**Task:** I was her mentor.

**Action:** I paired with her on two incidents and let her lead the third.

**Result:** She led on-call alone within six weeks.
"""


def test_a_star_format_sub_heading_is_not_the_story_title(taxonomy):
    report = imported(STAR_SUBHEADINGS, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR] * 3
    assert [n.body.title for n in report.notes] == ["", "", ""]
    assert report.notes[0].body.question == "Tell me about a time you disagreed with your manager."
    assert report.notes[0].body.action == "I ran a one-hour test on a copy of production and shared the graphs."
    assert not any("STAR" in n.id for n in report.notes)


def test_other_format_sub_headings_are_not_titles_but_a_name_is(taxonomy):
    for heading in ("Using the STAR method", "SOAR breakdown", "STAR response"):
        report = imported(STAR_SUBHEADINGS.replace("### STAR breakdown", f"### {heading}"), taxonomy)
        assert report.notes[0].body.title == "", heading
    report = imported(STAR_SUBHEADINGS.replace("### STAR breakdown", "### The STAR rollout"), taxonomy)
    assert report.notes[0].body.title == "The STAR rollout"


# Plain text: a bare framework line over a template, among several questions

def test_plain_framework_lines_are_a_template_not_an_answer(taxonomy):
    report = imported(FRAMEWORK_LINES, taxonomy, "practice.txt")
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you led a project under pressure.", "How do you give difficult feedback?",
        "Describe a time you changed your mind after hearing a teammate."]
    assert [n.kind for n in report.notes] == [Kind.QA] * 3
    assert all(n.body.answer == "" for n in report.notes)
    assert "line 5: 'STAR framework' (a template, not an answer)" in messages(report)


def test_a_template_right_over_the_next_question_skips_only_its_own_lines(taxonomy):
    report = imported(FRAMEWORK_THEN_QUESTION, taxonomy, "practice.txt")
    answers = [(n.body.question, n.body.answer.strip()) for n in report.notes]
    assert answers == [
        ("Tell me about a time you led a project under pressure.",
         "We had four weeks to move billing to the new cloud account, and I split the work into daily goals."),
        ("How do you give difficult feedback?", "I start with one specific example and ask for their view first."),
        ("What would you do if two seniors disagreed on a design?",
         "I would ask each to write the trade-offs down and decide with the team by a date.")]
    assert "line 4: 'Answer framework' (a template, not an answer)" in messages(report)


def test_a_story_told_in_parts_under_a_framework_name_stays_the_story(taxonomy):
    report = imported(TOLD_UNDER_A_NAME, taxonomy, "practice.txt")
    story = report.notes[0]
    assert story.kind is Kind.STAR
    assert story.body.task == "I owned the cut-over plan."


FRAMEWORK_LINES = """\
Behavioral interview practice

1. Tell me about a time you led a project under pressure.

STAR framework
Situation: where and when
Task: what you owned
Action: what you did
Result: what changed

2. How do you give difficult feedback?

3. Describe a time you changed your mind after hearing a teammate.
"""

FRAMEWORK_THEN_QUESTION = """\
Tell me about a time you led a project under pressure.
We had four weeks to move billing to the new cloud account, and I split the work into daily goals.

Answer framework
Situation - where and when
Task - what you owned
Action - what you did
Result - what changed
How do you give difficult feedback?
I start with one specific example and ask for their view first.

What would you do if two seniors disagreed on a design?
I would ask each to write the trade-offs down and decide with the team by a date.
"""

TOLD_UNDER_A_NAME = """\
Tell me about a time you led a project under pressure.

My STAR story
Situation: We had four weeks to move billing to the new cloud account.
Task: I owned the cut-over plan.
Action: I split the work into daily goals and ran a rehearsal every Friday.
Result: We moved with ten minutes of downtime.

How do you give difficult feedback?
I start with one specific example and ask for their view first.
"""


CASE_WITH_QUESTIONS = """\
# Case Study: The Two Roadmaps

## Background

You run engineering for a product that two business units share.

## Problems

- Each unit head reports to a different executive.
- Your headcount is frozen.

## Questions

1. How do you decide what gets built first?
2. Who do you bring into the room, and when?
"""


def test_a_named_case_with_its_questions_is_one_scenario_discussing_them(taxonomy):
    report = imported(CASE_WITH_QUESTIONS, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.SCENARIO]
    body = report.notes[0].body
    assert body.title == "The Two Roadmaps"
    assert body.situation == "You run engineering for a product that two business units share."
    assert body.challenges == ("Each unit head reports to a different executive.", "Your headcount is frozen.")
    assert [p.heading for p in body.discussion] == ["How do you decide what gets built first?",
                                                    "Who do you bring into the room, and when?"]
