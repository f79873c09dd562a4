"""Round 12 (a), fixtures in our own words: an interviewer's bank whose questions are followed by commentary about
the one asked in the third person, label lines of what to assess in a section of questions, and a numbered
competency heading over stories."""

from __future__ import annotations

from importing import imported, messages, skipped

from leaderdeck.model import Kind


# 1. An interviewer's bank: the text under each question speaks of the one asked in the third person

INTERVIEWER_BANK_MD = """# Platform Lead Interview Questions

We interview platform leads on delivery, people and judgement.

## Delivery

### How do you keep a roadmap honest?
Keeping a roadmap honest is one of their hardest jobs.

They should say which dates are promises and which are guesses.

### How do you decide what to cut?
A platform lead is able to drop work that no team asked for.

### In your last team, which migrations did you push through?
The platform lead can talk here about the moves they drove. It will show you how far their influence reached.

## People

### How do you react when a report hides a failed rollout?
We want to see which steps a lead would take before the next release.

### How do you grow the people on your team?
This question lets you see whether the candidate coaches or only assigns work.

### What would you change about how you run reviews?
They need to be honest about the reviews that went badly.

### When do you skip a postmortem?
This is a bit of a trick question. Small slips teach as much as outages do.
"""


def test_third_person_commentary_under_a_banks_questions_is_signals(taxonomy) -> None:
    report = imported(INTERVIEWER_BANK_MD, taxonomy)
    assert len(report.notes) == 7
    assert all(n.kind is Kind.QA and n.draft and n.body.answer == "" for n in report.notes)
    notes = {n.body.question: n for n in report.notes}
    assert notes["How do you keep a roadmap honest?"].coach.signals == (
        "Keeping a roadmap honest is one of their hardest jobs.",
        "They should say which dates are promises and which are guesses.")
    assert notes["How do you decide what to cut?"].coach.signals == (
        "A platform lead is able to drop work that no team asked for.",)
    assert notes["How do you react when a report hides a failed rollout?"].coach.signals == (
        "We want to see which steps a lead would take before the next release.",)
    assert notes["In your last team, which migrations did you push through?"].coach.signals == (
        "The platform lead can talk here about the moves they drove. It will show you how far their influence "
        "reached.",)
    assert notes["When do you skip a postmortem?"].coach.signals == (
        "This is a bit of a trick question. Small slips teach as much as outages do.",)
    assert sum("is a draft: no answer, only what interviewers look for" in m for m in messages(report)) == 7


CANDIDATE_BANK_MD = """# My platform lead prep

### How do you keep a roadmap honest?
I mark each date as a promise or a guess, and I review the guesses every two weeks.

### How do you decide what to cut?
We cut what no team asked for; I ask each team lead to name one thing they would drop.

### How do you handle on-call load?
The on-call engineers rotate weekly and they hand over in writing.

### How do you grow the people on your team?
I pair each engineer with someone a level above them for a quarter.
"""


def test_a_candidates_own_answers_stay_answers_with_one_in_the_third_person(taxonomy) -> None:
    report = imported(CANDIDATE_BANK_MD, taxonomy)
    assert [n.draft for n in report.notes] == [False] * 4
    notes = {n.body.question: n for n in report.notes}
    assert notes["How do you handle on-call load?"].body.answer.startswith("The on-call engineers rotate weekly")
    assert notes["How do you handle on-call load?"].coach.signals == ()


MODEL_ANSWERS_MD = """# Platform lead answers

### How do you keep a roadmap honest?
You should explain how you mark dates as promises or guesses, and when they are reviewed.

### How do you decide what to cut?
Name the work no team asked for, then say how their leads agreed to drop it.

### How do you grow the people on your team?
You can say how you pair them with someone a level above for a quarter.
"""

ROLE_ANSWERS_MD = """# Platform lead notes

### Which work should a platform lead refuse?
A good platform lead says no to work that no team asked for. They keep the roadmap honest.

### What does a platform lead own?
The platform lead owns the paved road and their on-call rota.

### Why do platform teams fail?
They build what nobody asked for, and the platform lead cannot say no.
"""


def test_model_answers_to_you_and_answers_about_a_role_stay_answers(taxonomy) -> None:
    for text in (MODEL_ANSWERS_MD, ROLE_ANSWERS_MD):
        report = imported(text, taxonomy)
        assert len(report.notes) == 3
        assert all(not n.draft and n.body.answer and n.coach.signals == () for n in report.notes)


LINKED_MD = """# Head of data interview questions

### How do you pick a warehouse?
This question lets you see whether the candidate weighs cost.

### How do you staff a data team?
They need a plan for the first three hires.

### How do you run an incident review?
The data lead can walk through a recent one; it shows you how they share the blame.

### How do you handle a broken pipeline?
Ask about the last one. [Read the postmortem guide](https://example.com/they-broke-it).

### When do you not backfill data?
Backfills cost money and time [when tables are big](https://example.com/how-they-cost), so weigh it.
"""


def test_words_of_a_links_address_say_nothing_of_the_one_asked(taxonomy) -> None:
    report = imported(LINKED_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    assert [n.draft for n in report.notes] == [True, True, True, False, False]
    assert notes["When do you not backfill data?"].body.answer.startswith("Backfills cost money and time")


# 2. What to look for, assess or expect in a section of questions: the signals of that section's questions

RUBRIC_MD = """# Onsite scoring guide

Score every candidate against the same scale.

## Question sets

### Delivery
**Goal:** See how the candidate plans and ships work

Sample questions:
- "Tell me about a launch you planned from scratch"
- "How do you cut scope when a date is fixed?"
- "Walk me through a release you had to delay"
- "How do you tell a partner team their request will slip?"

**What to look for:**
- Clear trade-offs
- Owning the date

### Teamwork
**Goal:** Learn how the candidate works with peers

Sample questions:
- "Tell me about a time you disagreed with a designer"
- "How do you hand work over to another team?"

**What to look for:**
- Listening first
- Writing things down
"""

_DELIVERY = ("See how the candidate plans and ships work", "Clear trade-offs", "Owning the date")
_TEAMWORK = ("Learn how the candidate works with peers", "Listening first", "Writing things down")


def test_a_goal_above_and_what_to_look_for_below_a_sections_questions_are_their_signals(taxonomy) -> None:
    report = imported(RUBRIC_MD, taxonomy)
    assert [n.coach.signals for n in report.notes] == [_DELIVERY] * 4 + [_TEAMWORK] * 2
    assert all(n.draft and n.body.answer == "" for n in report.notes)
    assert skipped(report) == ["line 3: text under 'Onsite scoring guide' (not part of a question)"]


SCORECARD_MD = """# Scorecard: Head of Infrastructure (L7)

## Competencies

### 1. Running a reliable platform

**What to assess:** Owning uptime, budgeting error, planning capacity.

**L7 Expectations:**
- Sets reliability targets with the product leads
- Funds the on-call rota before new features

**Sample Questions:**
- Tell me about an outage that changed how you plan.
- How do you decide how much error budget to spend?
- Describe how you planned capacity for a launch.
- How do you keep on-call humane as the platform grows?

| Rating | ☐ 1 | ☐ 2 | ☐ 3 |
|--------|-----|-----|-----|

### 2. Growing leaders

**What to assess:** Coaching managers, planning succession.

**Sample Questions:**
- Tell me about a manager you grew into a director.
- How do you plan for your own successor?
"""


def test_what_to_assess_and_level_expectations_are_the_signals_of_every_question_below(taxonomy) -> None:
    report = imported(SCORECARD_MD, taxonomy)
    assert len(report.notes) == 6
    platform = ("Owning uptime, budgeting error, planning capacity.", "Sets reliability targets with the product leads",
                "Funds the on-call rota before new features")
    leaders = ("Coaching managers, planning succession.",)
    assert [n.coach.signals for n in report.notes] == [platform] * 4 + [leaders] * 2
    assert not any("What to assess" in s or "Expectations" in s for s in skipped(report))


GOAL_IN_STORY_MD = """# My stories

### The billing rewrite
**Situation:** Invoices failed every month end.
**Goal:** Stop the month-end failures.
**Action:** I moved the job to a queue and added retries.
**Result:** No failed invoices for a year.
"""


def test_a_goal_among_a_storys_parts_stays_its_task(taxonomy) -> None:
    (note,) = imported(GOAL_IN_STORY_MD, taxonomy).notes
    assert note.kind is Kind.STAR
    assert note.body.task == "Stop the month-end failures."
    assert note.coach.signals == ()


THEMES_MD = """# Behavioural themes

### Theme 1: Conflict

**What interviewers evaluate:** Calm disagreement, keeping the relationship.

**Common questions:**
- "Tell me about a time you disagreed with your lead."
- "How do you handle a peer who ignores review comments?"
- "Describe a decision you argued against and lost."

### Theme 2: Delivery

**What interviewers evaluate:** Cutting scope without drama.

**Common questions:**
- "Tell me about a deadline you missed."
- "How do you say no to a late request?"
"""


def test_what_interviewers_evaluate_above_a_themes_common_questions_is_theirs(taxonomy) -> None:
    report = imported(THEMES_MD, taxonomy)
    assert [n.coach.signals for n in report.notes] == [
        ("Calm disagreement, keeping the relationship.",)] * 3 + [("Cutting scope without drama.",)] * 2
    assert not any("What interviewers evaluate" in s for s in skipped(report))


# 3. A numbered heading naming a competency over stories or questions: their competency

_STORY = """### Story {n}: {title} ({company})

**Situation**: "{situation}"

**Task**: "I had to {task}."

**Action**: "I {action}."

**Result**: "{result}"

"""

COMPETENCY_STORIES_MD = "# Competency Stories (STARR)\n\n" + "".join(
    f"## {number}. {competency}\n\n" + "".join(_STORY.format(n=n, **story) for n, story in enumerate(stories, 1))
    for number, (competency, stories) in enumerate([
        ("Conflict Resolution", [
            dict(title="Shared Cache Quotas", company="Initech", situation="Two teams fought over one cache.",
                 task="split it fairly", action="measured each team's load and proposed quotas",
                 result="Both teams signed off."),
            dict(title="Release Train Dispute", company="Globex", situation="Mobile and web wanted other dates.",
                 task="agree one train", action="put both calendars side by side with the risks",
                 result="We shipped on one train.")]),
        ("Perseverance", [
            dict(title="Slow Editor", company="Initech", situation="The editor froze on big files.",
                 task="fix it after two failed tries", action="profiled it for weeks and rebuilt the renderer",
                 result="Load time fell by half.")]),
        ("Adaptability", [
            dict(title="Vendor Loss", company="Umbrella", situation="Our vendor shut down a week before launch.",
                 task="keep the date", action="rewrote the integration against a second vendor",
                 result="We launched two days late.")])], 1))


def test_numbered_competency_headings_over_stories_give_each_story_its_competency(taxonomy) -> None:
    report = imported(COMPETENCY_STORIES_MD, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR] * 4
    assert [n.competencies for n in report.notes] == [
        ("Conflict Resolution",), ("Conflict Resolution",), ("Perseverance",), ("Adaptability",)]
    assert [n.tags for n in report.notes] == [("Initech",), ("Globex",), ("Initech",), ("Umbrella",)]
    assert report.notes[0].body.situation == "Two teams fought over one cache."


OVERVIEW_THEN_NUMBERED_MD = """# My answers by competency

## Overview

One heading per competency, two answers under each.

## 1. Conflict Resolution

### Tell me about a conflict with a peer.

I disagreed with our search lead about caching. I measured both options and we shipped mine behind a flag.

### Tell me about a time you mediated between teams.

Two teams wanted the same cluster. I proposed quotas and both signed off.

## Competency 2: Perseverance

### Tell me about a problem you kept at.

Our editor froze on large files. I profiled it for weeks and rebuilt the renderer.

### Tell me about a launch that nearly failed.

We lost our vendor a week before launch. I rewrote the integration over a weekend.
"""


def test_an_unnumbered_overview_does_not_stop_a_run_of_numbered_competency_headings(taxonomy) -> None:
    report = imported(OVERVIEW_THEN_NUMBERED_MD, taxonomy)
    assert [n.competencies for n in report.notes] == [("Conflict Resolution",)] * 2 + [("Perseverance",)] * 2
    assert all(n.kind is Kind.QA and not n.draft for n in report.notes)


UNNUMBERED_GROUP_MD = """# My answers

## 1. Conflict Resolution

### Tell me about a conflict with a peer.

I disagreed with our search lead about caching, and we shipped my option behind a flag.

## 2. Perseverance

### Tell me about a problem you kept at.

Our editor froze on large files, and I rebuilt the renderer.

## Extra questions

### Tell me about a launch that nearly failed.

We lost our vendor a week before launch, and I rewrote the integration.
"""


def test_an_unnumbered_section_holding_notes_still_breaks_the_run(taxonomy) -> None:
    report = imported(UNNUMBERED_GROUP_MD, taxonomy)
    assert [n.competencies for n in report.notes] == [(), (), ()]


BOLD_GROUP_LABELS_MD = """# Competency stories

1. **Conflict Resolution**

### The shared cache fight

**Situation**: Two teams wanted the same cache cluster.

**Action**: I measured each team's load and proposed quotas.

**Result**: Both teams signed off and incidents dropped.

2. **Perseverance**

### The slow editor

**Situation**: Our editor froze on large files.

**Action**: I profiled it for weeks and rebuilt the renderer.

**Result**: Load time fell by half.
"""


def test_numbered_bold_labels_right_above_story_headings_head_them(taxonomy) -> None:
    report = imported(BOLD_GROUP_LABELS_MD, taxonomy)
    assert [n.competencies for n in report.notes] == [("Conflict Resolution",), ("Perseverance",)]
    assert report.notes[0].body.result == "Both teams signed off and incidents dropped."
    assert not skipped(report)


def test_one_bold_label_above_a_heading_heads_nothing(taxonomy) -> None:
    text = BOLD_GROUP_LABELS_MD.replace("2. **Perseverance**\n\n", "")
    report = imported(text, taxonomy)
    assert [n.competencies for n in report.notes] == [(), ()]
    assert skipped(report) == ["line 3: text under 'Competency stories' (not part of a question)"]


TERSE_NOTES_MD = """# My manager prep

### How do you handle an underperformer?
Talked to him one on one. Found he was covering for a sick colleague. Moved his deadline.

### How do you settle a conflict between leads?
Listened to both leads first. Their plans overlapped. Merged them into one roadmap with them.

### How do you take over a struggling team?
Took over their backlog. Cut it in half with their lead.

### How do you grow a new manager?
Paired her with a senior manager. She ran her first review within a month.
"""


def test_terse_notes_about_other_people_stay_answers(taxonomy) -> None:
    report = imported(TERSE_NOTES_MD, taxonomy)
    assert len(report.notes) == 4
    assert all(not n.draft and n.body.answer and n.coach.signals == () for n in report.notes)


CASE_GOAL_MD = """# Case: The split platform team

**Background:** Your platform team of twelve was split in two after a reorg, and both halves claim the deploy tooling.

**Goal:** Decide who owns the deploy tooling within a month.

**Questions:**
- Who do you talk to first?
- How do you split ownership?
"""


def test_a_cases_goal_after_its_background_stays_its_task(taxonomy) -> None:
    (note,) = imported(CASE_GOAL_MD, taxonomy).notes
    assert note.kind is Kind.SCENARIO
    assert note.body.question == "Decide who owns the deploy tooling within a month."
    assert note.coach.signals == ()
