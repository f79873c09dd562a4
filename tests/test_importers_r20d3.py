"""Round 20 (d3): a closing word on answering from one who knows the role (``**Senior insight:**``) is a tip, a
red-flag label naming what its flags are about (``Red Flags in Design Reviews``) gives red flags, a page's title
that names a practice session gives its stories no competency, and a headline bullet above a story's parts
(``- Nugget: ...``) opens its Situation without its marker and label.
"""

from __future__ import annotations

from importing import imported, kinds, skipped

from leaderdeck.importers.grouphead import shows
from leaderdeck.importers.labels import slot

INSIGHTS = """### Q: Tell me about a time you rescued a failing migration

**Situation:**
The billing tables were moving to a new cluster and the copy job kept timing out.

**Task:**
I had to finish the move before the quarter closed.

**Action:**
I split the copy into nightly batches and added a checksum per batch.

**Result:**
The move finished four days early with no mismatched rows.

**Key Learnings:**
I now size batch jobs from a dry run before promising a date.

**Staff insight:** Name the risk you retired, not only the work you did.

---

### Q: How do you settle disagreements in design reviews?

**Answer:**

I write down the options and the criteria first, then ask each side to score them.

**Red Flags in Design Review Disagreements:**
- Arguing from taste with no criteria
- Reopening a settled decision every week

**Senior insight:** Repeated clashes with one reviewer point at the relationship, not the design.

---

### Q: How do you pick what to cut when a release slips?

**Answer:**

I rank the features by how many customers wait on them and cut from the bottom.

| Do | Don't |
|----|-------|
| Cut whole features | Ship half of each |

**Interviewer's note:** Show that you told the customers before the date moved.
"""


def _notes(report):
    return {note.body.question: note for note in report.notes}


def test_a_closing_insight_label_gives_a_tip_not_more_of_the_story(taxonomy):
    report = imported(INSIGHTS, taxonomy)
    assert kinds(report) == {"star": 1, "qa": 2}
    story = _notes(report)["Tell me about a time you rescued a failing migration"]
    assert story.body.result == "The move finished four days early with no mismatched rows."
    assert story.body.learning == "I now size batch jobs from a dry run before promising a date."
    assert story.coach.tips == ("Name the risk you retired, not only the work you did.",)


def test_a_red_flag_label_about_a_subject_gives_red_flags_and_the_insight_a_tip(taxonomy):
    note = _notes(imported(INSIGHTS, taxonomy))["How do you settle disagreements in design reviews?"]
    assert note.body.answer == "I write down the options and the criteria first, then ask each side to score them."
    assert note.coach.tips == ("Red flag: Arguing from taste with no criteria",
                               "Red flag: Reopening a settled decision every week",
                               "Repeated clashes with one reviewer point at the relationship, not the design.")


def test_an_insight_after_a_table_leaves_the_answer(taxonomy):
    note = _notes(imported(INSIGHTS, taxonomy))["How do you pick what to cut when a release slips?"]
    assert "Interviewer" not in note.body.answer and "told the customers" not in note.body.answer
    assert note.coach.tips[-1] == "Show that you told the customers before the date moved."


def test_insight_and_red_flag_labels_are_read_by_their_shape():
    assert slot("Senior insight") == "tips"
    assert slot("Staff-level tip:") == "tips"
    assert slot("Hiring manager's note") == "tips"
    assert slot("Red flags when delegating") == "redflags"
    assert slot("Warning signs in a one-on-one") == "redflags"
    # the teller's own insight, or a bare word, is not coaching by its label
    assert slot("Key insight") is None
    assert slot("Insights") != "tips"


SESSION = """# Apr 9 - Mock 3

## 1. Flaky Release Train

**Situation:** Our weekly release failed one time in three because of flaky end-to-end tests.

**Task:** I was asked to make the train reliable again.

**Action:** I quarantined the flakiest tests and gave each an owner with a deadline.

**Result:** Releases went out on time for the next ten weeks.

## 2. Handing Over the Pager

**Situation:** Two senior engineers carried every page on the search service.

**Task:** I had to spread the load without hurting response times.

**Action:** I wrote runbooks with them and shadowed each new engineer on a shift.

**Result:** Six engineers joined the rota and pages per person halved.
"""


def test_a_page_title_naming_a_date_or_session_is_no_competency(taxonomy):
    report = imported(SESSION, taxonomy)
    assert kinds(report) == {"star": 2}
    assert [note.body.question for note in report.notes] == ["Flaky Release Train", "Handing Over the Pager"]
    assert all(note.competencies == () for note in report.notes)


def test_a_group_title_naming_what_the_stories_show_is_still_their_competency(taxonomy):
    report = imported(SESSION.replace("# Apr 9 - Mock 3", "# Operational Excellence"), taxonomy)
    assert all(note.competencies == ("Operational Excellence",) for note in report.notes)


def test_dates_and_sittings_are_not_names_of_competencies():
    for head in ("Jan 22 - Session 1", "2024-03-05", "3rd March practice", "Mock 2", "12/4 rehearsal"):
        assert not shows(head), head
    assert shows("Bias for Action")
    assert shows("Mayhem Management")  # a month's letters inside a word are no date


NUGGET = """# Practice answers

1. Tell me about a time you cleaned up a noisy alert setup.

- Opener: I cut our paging volume by two thirds in one quarter.
- Situation: The storage team got forty pages a week and most needed no action.
- Task: I owned the alerting review for the quarter.
- Action: I sorted every alert by how often it led to a fix and deleted the rest.
- Result: Pages fell to thirteen a week and nobody missed a real incident.

2. Tell me about a hire you are proud of.

- Team: four engineers on the data platform
- Stack: Python and Airflow
- Situation: We needed someone to own the scheduler and had no budget for a senior.
- Task: I ran the search and the interview loop.
- Action: I wrote a take-home around a real scheduler bug and read every submission myself.
- Result: The engineer we hired fixed that bug in her second week.
"""


def test_a_lone_labelled_headline_above_the_parts_opens_the_situation_without_its_label(taxonomy):
    report = imported(NUGGET, taxonomy)
    assert kinds(report) == {"star": 2}
    story = report.notes[0]
    assert story.body.situation == ("I cut our paging volume by two thirds in one quarter.\n\n"
                                    "The storage team got forty pages a week and most needed no action.")


def test_the_same_headline_in_plain_text_loses_its_label(taxonomy):
    text = "\n".join(line[2:] if line.startswith("- ") else line for line in NUGGET.splitlines()[2:9])
    report = imported(text, taxonomy, name="practice.txt")
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.situation.startswith("I cut our paging volume by two thirds in one quarter.\n\n")


def test_several_labelled_facts_above_the_parts_are_no_headline(taxonomy):
    report = imported(NUGGET, taxonomy)
    story = report.notes[1]
    assert story.body.situation == "We needed someone to own the scheduler and had no budget for a senior."
    assert "line 13: text outside the STAR parts (not part of the story)" in skipped(report)
