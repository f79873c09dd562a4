"""A take-home case that fills a whole document is one scenario, whatever its follow-ups are called."""

from __future__ import annotations

import pytest

from leaderdeck.model import Kind
from test_importers_shapes import imported, kinds

CASE = """\
# Case study: The stalled data migration

## Background
You lead three teams that own the order database. A migration to a new store started a year ago.

## Where things stand
- Half the tables have moved; the other half block two product launches.
- The vendor contract for the old store ends in six months.

## Constraints
- The budget is fixed for the year.
- One of the three teams is new to the codebase.

## Your task
Walk the panel through a plan for the next two quarters, and say what you would cut.

## {followups}
- What would you do if the vendor refused to extend the contract?
- How would you tell the product teams that a launch slips?
"""


@pytest.mark.parametrize("followups", ["Questions the panel may ask", "Questions interviewers might ask you",
                                       "Likely questions they will ask", "Questions to expect"])
def test_a_case_with_its_follow_up_questions_is_one_scenario(taxonomy, followups):
    report = imported("case.md", taxonomy, CASE.format(followups=followups))

    assert kinds(report) == {"scenario": 1}
    note = report.notes[0]
    assert note.kind is Kind.SCENARIO
    assert note.body.question.startswith("Walk the panel through a plan")
    assert "Half the tables have moved" in note.body.situation
    assert note.body.challenges == ("The budget is fixed for the year.", "One of the three teams is new to the codebase.")
    asked = " ".join(note.coach.tips)
    assert "vendor refused to extend" in asked and "a launch slips" in asked


PRINCIPLES = """\
# Questions by principle

## Customer focus

**Q: Tell me about a time you changed a plan because of what a customer said.**

A: A pilot customer showed us their export workflow; we dropped a dashboard and built the export first.

**Q: Describe a decision you made for customers that cost your team.**

A: I moved our release to a weekend so a hospital customer could avoid downtime, and gave the team two days back.

## Ownership

**Q: Give an example of a problem you fixed that was not yours to fix.**

_Write your answer here_
"""


def test_questions_labelled_q_are_questions_however_they_end(taxonomy):
    """A ``Q:`` label says the line asks, even when it ends with a full stop like most prompts do."""
    report = imported("principles.md", taxonomy, PRINCIPLES)

    assert kinds(report) == {"qa": 3}
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about a time you changed a plan because of what a customer said.",
                         "Describe a decision you made for customers that cost your team.",
                         "Give an example of a problem you fixed that was not yours to fix."]
    assert report.notes[0].body.answer.startswith("A pilot customer showed us")
    assert [n.draft for n in report.notes] == [False, False, True]


STORY_UNDER_QUESTION = """\
# Story bank

## Tell me about a time you had to walk back a commitment.

**Situation:** We had promised a partner a data feed by June, built on a service another team was retiring.

**Task:** Tell the partner early and keep the relationship.

**Action:** I called their engineering lead that week, explained why, and offered a nightly file as a bridge.

**Result:** The partner stayed; the bridge ran for two months until the new feed shipped.

## Give an example of a hard trade-off you made.

**Situation:** Two launches needed the same three engineers in the same month.

**Task:** Choose, and explain the choice to both product managers.

**Action:** I compared the revenue at stake and the cost of a month's delay for each, and shared the sheet.

**Result:** We shipped the larger launch first; the second slipped three weeks with no lost customers.

**Situation:** A year later the same clash came up between a migration and a feature.

**Action:** I reused the sheet and let the product managers decide together.

**Result:** They chose in one meeting.

<details>
<summary>Why do you want to leave your current role?</summary>

**Situation:** My team's charter moved to another site.

**Task:** Decide whether to move with it.

**Action:** I helped hire my successor there.

**Result:** The handover finished in six weeks.

</details>
"""


def test_star_parts_right_under_a_question_heading_answer_it(taxonomy):
    """A question heading (or a <details> summary) followed at once by STAR parts is one story, not a draft
    plus parts with no question; a second story under the same heading answers the same question."""
    report = imported("bank.md", taxonomy, STORY_UNDER_QUESTION)

    assert kinds(report) == {"star": 4}
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about a time you had to walk back a commitment.",
                         "Give an example of a hard trade-off you made.",
                         "Give an example of a hard trade-off you made.",
                         "Why do you want to leave your current role?"]
    assert report.notes[0].body.result.startswith("The partner stayed")
    assert report.notes[2].body.situation.startswith("A year later")
    assert report.notes[3].body.task == "Decide whether to move with it."
    assert not any(n.draft for n in report.notes[:2])
    assert not report.skipped
