"""Accuracy fixes found by probing story banks and coaching pages (branch acc-h1). Fixtures are our own words."""

from __future__ import annotations

from importing import imported, kinds

ALSO_WORKS_FOR_MD = """# Stories

### 1. Night shift rota

**Q: Tell me about a time you changed a process people disliked.**
**Also works for:** "Describe a time you listened to complaints and acted on them."

S: Our support rota put the same three people on nights every week.
T: Spread the load without hiring.
A: I built a rotating schedule with the team and traded two weekend shifts for a day off.
R: Night shifts per person fell by half and nobody left that year.
"""


def test_an_also_label_under_a_story_question_adds_variants_not_a_new_story(taxonomy) -> None:
    report = imported(ALSO_WORKS_FOR_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    (rota,) = report.notes
    assert rota.body.question == "Tell me about a time you changed a process people disliked."
    assert rota.variants == ("Describe a time you listened to complaints and acted on them.",)
    assert rota.body.situation == "Our support rota put the same three people on nights every week."
    assert not rota.draft


GOAL_MD = """# Questions

## 1. How do you run a retrospective after a bad release?

**Interviewer's goal:** See whether you look for causes rather than culprits.

**Answer:** I start from the timeline, ask what made each step look reasonable at the time, and leave with two owners.
"""


def test_the_interviewers_goal_is_a_signal(taxonomy) -> None:
    (note,) = imported(GOAL_MD, taxonomy).notes
    assert note.coach.signals == ("See whether you look for causes rather than culprits.",)
    assert note.body.answer.startswith("I start from the timeline")


NOT_YET_MD = """# My answers

## What does good engineering culture look like to you?

*No answer yet, still thinking about this one.*

## How do you say no to a senior stakeholder?

I show the cost of yes in their own goals, and offer the smaller thing we can do now.
"""


def test_a_remark_that_the_answer_is_not_written_yet_makes_a_draft(taxonomy) -> None:
    culture, saying_no = imported(NOT_YET_MD, taxonomy).notes
    assert culture.draft and culture.body.answer == ""
    assert not saying_no.draft and saying_no.body.answer.startswith("I show the cost")


TITLED_BANK_TXT = """STORY 1 - Pager fatigue
Q: Tell me about a time you improved on-call.
Situation: Each engineer was paged about ten times a night.
Task: Halve the pages in a quarter.
Action: I sorted the alerts by noise and deleted the ones nobody acted on.
Result: Pages fell by seventy percent.

STORY #2 -- A HARD HIRE
Q: Tell me about a hiring decision you regret.
Situation: We needed a lead fast.
Task: Fill the role within a month.
Action: I skipped the reference calls to save a week.
Result: The hire left after three months.
Lesson: The week saved cost a quarter.

STORY 3 -- Vendor switch
Questions this answers: Describe a time you negotiated with a vendor.
Situation: Our log vendor doubled the price.
Task: Keep the bill flat.
Action: I ran a trial of two others and took the numbers back to the first.
Result: They matched the old price for two more years.
"""


def test_a_title_line_over_the_next_storys_question_names_it_and_leaves_the_last_part(taxonomy) -> None:
    report = imported(TITLED_BANK_TXT, taxonomy, name="bank.txt")
    assert kinds(report) == {"star": 3}
    pager, hire, vendor = report.notes
    assert pager.body.result == "Pages fell by seventy percent."
    assert hire.body.title == "A HARD HIRE"
    assert hire.body.question == "Tell me about a hiring decision you regret."
    assert hire.body.learning == "The week saved cost a quarter."
    assert vendor.body.title == "Vendor switch"
    assert vendor.body.question == "Describe a time you negotiated with a vendor."
