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
