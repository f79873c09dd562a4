"""Round 7 fields (fixtures in our own words): text that landed in the wrong field of a note.

A story's summary label (``**Quick Summary:**``, ``Summary:``, ``One-liner:``) is its cheat code wherever it
sits, and a timing (``**Talking Time:** ~2 minutes``) is noise, never more of the Result.
"""

from __future__ import annotations

from leaderdeck.model import StarBody
from importing import imported, kinds, messages, skipped


# 1. A story's summary label is its cheat code; a talking time is noise

BANK_MD = """# Stories

### Story 1: The Late Migration

**Quick Summary:** Moved the billing jobs to the new queue two weeks early.

**Tags:** #delivery #ownership

**Usable for Questions About:**
- Tell me about a time you delivered early
- Describe a risky migration

---

**SITUATION**
Our billing jobs ran on a queue that was being retired in a month.

**TASK**
I had to move every job without losing a single invoice.

**ACTION**
I wrote a dual-write shim and moved the jobs one tenant at a time.

**RESULT**
We finished two weeks early and lost no invoices.

---

**Talking Time:** ~2 minutes

---

### Story 2: The Flaky Build

**Quick Summary:** Cut flaky test failures from daily to monthly.

**Usable for Questions About:**
- Tell me about a time you improved quality

---

**SITUATION**
Our build failed on most days because of flaky tests.

**TASK**
I owned the build health for the quarter.

**ACTION**
I quarantined the flaky tests and paired with each owner to fix them.

**RESULT**
Failures dropped from daily to about once a month.

---

**Talking Time:** ~90 seconds
"""

AFTER_MD = """## Tell me about a time you simplified a system

**Situation:** Our deploy scripts had grown to forty steps.

**Task:** I was asked to make deploys safe for new hires.

**Action:** I replaced the scripts with one pipeline and wrote a runbook.

**Result:** Deploy time fell from an hour to ten minutes.
**Talking time:** 2 min

**Summary:** Turned a forty-step deploy into one pipeline.
"""

PLAIN_TXT = """Tell me about a time you handled an outage.

One-liner: Restored checkout in forty minutes after a bad config push.
Situation: A config push broke checkout on a Friday evening.
Task: I was the incident lead that night.
Action: I rolled back the push and paged the owning team.
Result: Checkout came back in forty minutes and we added a config check.
Speaking time: about two minutes
"""


def test_a_quick_summary_above_each_story_is_its_cheat_code(taxonomy) -> None:
    report = imported(BANK_MD, taxonomy)
    assert kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.coach.cheat_code == "Moved the billing jobs to the new queue two weeks early."
    assert second.coach.cheat_code == "Cut flaky test failures from daily to monthly."
    assert first.body.situation == "Our billing jobs ran on a queue that was being retired in a month."
    assert second.body.situation == "Our build failed on most days because of flaky tests."
    assert not any("outside the STAR parts" in line for line in skipped(report))


def test_a_talking_time_is_noise_not_more_of_the_result(taxonomy) -> None:
    report = imported(BANK_MD, taxonomy)
    first, second = report.notes
    assert first.body.result == "We finished two weeks early and lost no invoices."
    assert second.body.result == "Failures dropped from daily to about once a month."
    assert "line 29: 'Talking Time' (not interview content)" in skipped(report)
    assert "line 56: 'Talking Time' (not interview content)" in skipped(report)


def test_a_summary_after_the_result_is_the_cheat_code_and_its_timing_goes(taxonomy) -> None:
    report = imported(AFTER_MD, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, StarBody)
    assert note.body.result == "Deploy time fell from an hour to ten minutes."
    assert note.coach.cheat_code == "Turned a forty-step deploy into one pipeline."
    assert "line 10: 'Talking time' (not interview content)" in skipped(report)


def test_plain_text_one_liner_is_the_cheat_code_and_speaking_time_noise(taxonomy) -> None:
    report = imported(PLAIN_TXT, taxonomy, name="story.txt")
    (note,) = report.notes
    assert note.coach.cheat_code == "Restored checkout in forty minutes after a bad config push."
    assert note.body.situation == "A config push broke checkout on a Friday evening."
    assert note.body.result == "Checkout came back in forty minutes and we added a config check."
    assert "line 8: 'Speaking time' (not interview content)" in skipped(report)
    assert not note.draft


# 2. A bad answer quoted before a good answer's story is a red flag, not the start of its Situation

BAD_GOOD_MD = """# Answering with STAR

## The idea

**Bad Answer (Vague):**
"We had some outages and I helped fix them. It was busy. We used Kafka."

**Good Answer (STAR):**
- **Situation:** "Our event pipeline dropped about two percent of orders every night."
- **Task:** "I was the engineer on call for the pipeline that quarter."
- **Action:** "I traced the drops to a consumer timeout and added back-pressure."
- **Result:** "Dropped orders fell to zero within a week."
"""

POOR_TXT = """Tell me about a time you fixed a slow page.

Poor answer: I made the page faster and people liked it.
Situation: Our search page took eight seconds to load.
Task: I owned search performance.
Action: I cached the facets and cut two database calls.
Result: The page loaded in under a second.
"""


def test_a_bad_answer_before_a_good_answer_story_is_a_red_flag(taxonomy) -> None:
    report = imported(BAD_GOOD_MD, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, StarBody)
    assert note.body.situation == "Our event pipeline dropped about two percent of orders every night."  # each quoted
    assert note.coach.tips == ('Red flag: "We had some outages and I helped fix them. It was busy. We used Kafka."',)
    assert note.body.result == "Dropped orders fell to zero within a week."


def test_a_poor_answer_line_above_a_plain_text_story_is_a_red_flag(taxonomy) -> None:
    report = imported(POOR_TXT, taxonomy, name="story.txt")
    (note,) = report.notes
    assert note.body.situation == "Our search page took eight seconds to load."
    assert note.coach.tips == ("Red flag: I made the page faster and people liked it.",)


# 3. "Part - text" items read alike as STAR parts, terse or not; a bold "Situation - text" line leaves no marks

DASHED_MD = """## 7. Tell me about a time you found a faster way to do something
  - Situation - Nightly exports / report jobs
  - Task - Had to build the first report for the team
  - Action - Built a small framework
  - Result - Forty reports in half the time

## 2. A time you disagreed with another team?
1. **Situation - Moving the release notes out of the wiki and into the repository for every service**

The docs team wanted us to own the notes, but the knowledge was theirs.
"""

DASHED_TXT = """Tell me about a time you found a faster way to do something.
Situation - Nightly exports / report jobs
Task - Had to build the first report for the team
Action - Built a small framework
Result - Forty reports in half the time
"""

SECTIONS_MD = """## Planning notes
- A - Strategy work
- B - Hiring plan
- Situation - Context
"""


def test_terse_dashed_parts_in_one_list_are_all_parts(taxonomy) -> None:
    report = imported(DASHED_MD, taxonomy)
    star = next(note for note in report.notes if isinstance(note.body, StarBody))
    assert (star.body.situation, star.body.task, star.body.action, star.body.result) == (
        "Nightly exports / report jobs", "Had to build the first report for the team", "Built a small framework",
        "Forty reports in half the time")
    assert not star.draft
    assert not any("no Action" in line for line in messages(report))


def test_terse_dashed_parts_on_plain_text_lines_are_all_parts(taxonomy) -> None:
    report = imported(DASHED_TXT, taxonomy, name="story.txt")
    (note,) = report.notes
    assert note.body.action == "Built a small framework"
    assert note.body.task == "Had to build the first report for the team"
    assert not note.draft


def test_a_bold_dashed_situation_line_keeps_no_closing_marks(taxonomy) -> None:
    report = imported(DASHED_MD, taxonomy)
    qa = next(note for note in report.notes if not isinstance(note.body, StarBody))
    assert qa.body.answer.split("\n\n")[0] == ("**Situation:** Moving the release notes out of the wiki and into the "
                                              "repository for every service")


def test_lettered_sections_with_one_part_word_are_no_story(taxonomy) -> None:
    report = imported("## How would you plan a new team's first quarter?\n" + SECTIONS_MD.split("\n", 1)[1], taxonomy)
    (note,) = report.notes
    assert not isinstance(note.body, StarBody)
    assert note.body.answer == "- A - Strategy work\n- B - Hiring plan\n- Situation - Context"


# 6. "[Example: ...]" worked stories in a template: the text without its wrapper, in every part

WORKED_MD = """# My story bank

## Story #1: [Title - e.g., "Moved Billing Off The Mainframe"]

### Situation (Context)
[Example: Our billing ran on a mainframe that two people understood, and both were retiring that year.]

### Task
[Example: I was asked to move billing to our own services before the licence ran out.]

### Action
1. [Mapped the jobs: listed all forty nightly jobs and who relied on each]
2. [Ran both systems: compared every invoice for six weeks]

### Result
- **Impact:** Billing moved two months before the licence ended

---

## Story #2: [Title - e.g., "Calmed A Noisy Pager"]

### Situation
[Example: Our on-call got thirty pages a night, most of them noise.]

### Task
[Example: I owned the alerting for the quarter.]

### Action
1. [Deleted alerts: removed every alert nobody had acted on in a month]

### Result
- **Impact:** Pages fell to three a night
"""

SAR_MD = """## Story: Faster reviews

### Situation
Reviews waited two days on average.

### Task
[Describe your task]

### Action
I set up a review rota.

### Result
Reviews now wait half a day.

## Story: Quieter builds

### Situation
Our builds were flaky.

### Action
I quarantined the flaky tests.

### Result
Builds pass first time nine runs in ten.
"""


def test_example_wrapped_parts_keep_their_text_alike(taxonomy) -> None:
    report = imported(WORKED_MD, taxonomy)
    first, second = report.notes
    assert first.body.situation == ("Our billing ran on a mainframe that two people understood, and both were retiring "
                                    "that year.")
    assert first.body.task == "I was asked to move billing to our own services before the licence ran out."
    assert first.body.action == ("1. Mapped the jobs: listed all forty nightly jobs and who relied on each\n"
                                 "2. Ran both systems: compared every invoice for six weeks")
    assert second.body.task == "I owned the alerting for the quarter."
    assert not first.draft and not second.draft
    assert not any("no Situation" in line or "SAR/CAR" in line for line in messages(report))


def test_a_title_given_by_example_is_the_story_name(taxonomy) -> None:
    report = imported(WORKED_MD, taxonomy)
    assert [note.body.question for note in report.notes] == ["Moved Billing Off The Mainframe",
                                                             "Calmed A Noisy Pager"]
    assert report.notes[0].id == "star-moved-billing-off-mainframe"


def test_a_title_given_by_example_over_empty_parts_is_a_skipped_template(taxonomy) -> None:
    empty = ('\n---\n\n## Story #3: [Title - e.g., "Cut The Release Checklist In Half"]\n\n### Situation\n\n\n'
             "### Task\n\n\n### Action\n1. \n2. \n\n### Result\n- **Impact:** \n- **Learning:** \n")
    report = imported(WORKED_MD + empty, taxonomy)
    assert [note.body.question for note in report.notes] == ["Moved Billing Off The Mainframe",
                                                             "Calmed A Noisy Pager"]
    assert skipped(report) == ["line 36: 'Cut The Release Checklist In Half' (a template, not an answer)"]


def test_a_task_heading_left_blank_is_no_story_told_without_a_task(taxonomy) -> None:
    report = imported(SAR_MD, taxonomy)
    first, second = report.notes
    assert not any("SAR/CAR" in line for line in messages(report))
    assert first.draft and second.draft
    assert any("'Quieter builds' is a draft: no Task" in line for line in messages(report))


# 7. A page posing one request, answered in sections titled in its own words: one Q&A note

POSED_MD = """# Scenario: Two Teams, One Platform

_Describe how you would merge two platform teams that build the same tools._

## Purpose
- Tests how you handle overlapping ownership
- Looks at how you keep both teams motivated

---

## Summary
> Merge the backlogs first, then the teams, and name one lead per area.

---

## Mapping the Overlap
- **List the tools:** Write down every tool each team owns
- **Find the users:** Ask who depends on each tool

## Choosing the Structure
- **One backlog:** Merge the backlogs before merging the teams
- **Clear leads:** Name one lead per area

## Measuring It
- Fewer duplicate tools after a quarter
- Survey scores of both teams
"""


def test_a_posed_request_is_the_question_and_its_sections_the_answer(taxonomy) -> None:
    report = imported(POSED_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    (note,) = report.notes
    assert note.body.question == "Describe how you would merge two platform teams that build the same tools."
    assert note.body.answer == (
        "**Mapping the Overlap**\n\n- **List the tools:** Write down every tool each team owns\n"
        "- **Find the users:** Ask who depends on each tool\n\n**Choosing the Structure**\n\n"
        "- **One backlog:** Merge the backlogs before merging the teams\n- **Clear leads:** Name one lead per area\n\n"
        "**Measuring It**\n\n- Fewer duplicate tools after a quarter\n- Survey scores of both teams")
    assert not note.draft
    assert skipped(report) == []


def test_a_posed_pages_purpose_is_signals_and_its_summary_the_cheat_code(taxonomy) -> None:
    report = imported(POSED_MD, taxonomy)
    (note,) = report.notes
    assert note.coach.signals == ("Tests how you handle overlapping ownership",
                                  "Looks at how you keep both teams motivated")
    assert note.coach.cheat_code == "Merge the backlogs first, then the teams, and name one lead per area."


def test_sections_holding_questions_of_their_own_are_not_the_answer(taxonomy) -> None:
    text = POSED_MD.replace("- Fewer duplicate tools after a quarter", "- How would you measure the merge?")
    report = imported(text, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert "How would you measure the merge?" in questions
    first = next(n for n in report.notes if n.body.question.startswith("Describe how you would merge"))
    assert "Mapping the Overlap" not in first.body.answer


def test_a_quoted_request_under_a_scenario_name_is_the_question(taxonomy) -> None:
    text = POSED_MD.replace("_Describe how you would merge two platform teams that build the same tools._",
                            "> How would you merge two platform teams that build the same tools?")
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert note.body.question == "How would you merge two platform teams that build the same tools?"
    assert note.body.answer.startswith("**Mapping the Overlap**\n\n- **List the tools:**")
    assert note.id == "qa-two-teams-one-platform"


# 4. Lettered points named in Title Case ("A) Listener & Learner: ...") are one list, not an "A)" answer label

PHASES_TXT = """1. How would you spend your first month as a team lead?
I would split the month into three phases
A) Listener & Learner: In the first week I would meet each engineer and read the last quarter's incidents.
B) Reviewer: In the next two weeks I would review the roadmap with product and the on-call load.
C) Builder: In the last week I would pick one process to fix and agree it with the team.
2. How do you handle a missed deadline?
A) I tell the customer early and agree a new date with them.
"""


def test_lettered_named_points_are_kept_alike_in_the_answer(taxonomy) -> None:
    report = imported(PHASES_TXT, taxonomy, name="bank.txt")
    first, second = report.notes
    assert first.body.answer == (
        "I would split the month into three phases\n\n"
        "- **A) Listener & Learner:** In the first week I would meet each engineer and read the last quarter's "
        "incidents.\n"
        "- **B) Reviewer:** In the next two weeks I would review the roadmap with product and the on-call load.\n"
        "- **C) Builder:** In the last week I would pick one process to fix and agree it with the team.")
    assert second.body.answer == "I tell the customer early and agree a new date with them."


# 5. Competencies named in quotation marks, whoever's they are, are kept without the marks

MAPPED_MD = """## Story: Cutting the release checklist

**Maps to:** Acme's "Ship Small", "Own It", Globex's "Bias for Action"

**Situation:** Our release checklist had sixty manual steps.

**Action:** I automated the forty steps that only copied files.

**Result:** Releases take an hour instead of a day.
"""


def test_quoted_competencies_lose_their_quotes_and_owner(taxonomy) -> None:
    report = imported(MAPPED_MD, taxonomy)
    (note,) = report.notes
    assert note.competencies == ("Ship Small", "Own It", "Bias for Action")


# 8. A case's "The story" section (bold-wrapped too) is its background; a section a scenario cannot hold is reported

CASE_MD = """# When the platform team meets sales

---

## **The story**

Priya leads a platform team of five engineers. Her team is building a new billing engine.

Marco is the sales director. He has promised a large customer a feature by the end of the month.

---

## **The situation**

In the second week, Marco asks Priya for a firm date. Priya cannot give one because two designs are still being tested.

---

## **Discussion questions**

* Why are Priya and Marco in conflict?
* What would you do in Priya's place?
"""

CASE_RESULT_MD = """# The split on-call

## Background

Two teams share one pager. Each blames the other for noisy alerts.

## Constraints

- No new hires this year

## Discussion questions

* How would you split the pager?

## Result

The teams split the pager by service and pages fell by half.
"""


def test_a_cases_story_section_is_its_background(taxonomy) -> None:
    report = imported(CASE_MD, taxonomy)
    (note,) = report.notes
    assert note.body.situation == (
        "Priya leads a platform team of five engineers. Her team is building a new billing engine.\n\n"
        "Marco is the sales director. He has promised a large customer a feature by the end of the month.\n\n"
        "In the second week, Marco asks Priya for a firm date. Priya cannot give one because two designs are "
        "still being tested.")
    assert [point.heading for point in note.body.discussion] == ["Why are Priya and Marco in conflict?",
                                                                 "What would you do in Priya's place?"]
    assert skipped(report) == []


def test_a_section_a_scenario_has_no_field_for_is_reported(taxonomy) -> None:
    report = imported(CASE_RESULT_MD, taxonomy)
    (note,) = report.notes
    assert note.body.situation == "Two teams share one pager. Each blames the other for noisy alerts."
    assert skipped(report) == ["line 15: section 'Result' (not part of the scenario)"]


STORY_SECTION_MD = """## Tell me about a time you calmed a noisy pager

### The story

This is the story I tell when asked about on-call health.

### Situation
Our on-call got thirty pages a night.

### Action
I deleted every alert nobody had acted on in a month.

### Result
Pages fell to three a night.
"""


def test_text_under_a_story_label_heading_in_a_story_is_reported(taxonomy) -> None:
    report = imported(STORY_SECTION_MD, taxonomy)
    (note,) = report.notes
    assert note.body.situation == "Our on-call got thirty pages a night."
    assert skipped(report) == ["line 5: text outside the STAR parts (not part of the story)"]


# 9. A table's cells lose the bold and quotation marks around them; its Category column is topic evidence

TABLE_MD = """## Stories to prepare

| Category | Example Question |
|----------|------------------|
| **Conflict** | "Describe a disagreement with a coworker." |
| **Failure** | "Tell me about a mistake you made." |
| *Cross-Team* | “How do you work with other teams?” |
| **Failure** | "Tell me about the hardest week of your career." |
"""


def test_table_cells_lose_their_wrapping_marks(taxonomy) -> None:
    report = imported(TABLE_MD, taxonomy)
    assert [note.body.question for note in report.notes] == ["Describe a disagreement with a coworker.",
                                                             "Tell me about a mistake you made.",
                                                             "How do you work with other teams?",
                                                             "Tell me about the hardest week of your career."]
    assert not any("**" in line for line in messages(report))


def test_a_table_category_is_mapped_to_the_topic(taxonomy) -> None:
    report = imported(TABLE_MD, taxonomy)
    first, second, _, last = report.notes
    assert (first.topic.name, second.topic.name, last.topic.name) == ("Conflict & Influence", "Failure & Growth",
                                                                      "Failure & Growth")
    assert not any("'Conflict'" in line or "'Failure'" in line for line in messages(report))
    assert any(line.startswith("line 7: 'Cross-Team' is not a topic (1 note)") for line in messages(report))

