"""A table that tracks the reader's practice (fixtures in our own words): tick boxes beside each question under a
heading about practice is a form to tick, not a bank of questions; a table of questions with answers stays notes."""

from __future__ import annotations

import pytest

from leaderdeck.importers.trackers import practice_tracker
from importing import imported, kinds, skipped

PAGE = """# Interview prep

## Q1: Tell me about a release you rescued

We were two weeks late; I cut the scope in half and we shipped on the new date.

## Q2: Why do you want to leave your team?

I want to own a platform end to end, and my team is being folded into another.

## Practice Checklist

| Question | Practiced? | Feels natural? |
|----------|------------|----------------|
| Release you rescued | ☐ | ☐ |
| Why leave | ✅ | [ ] |
| Greatest weakness | | ✓ |
"""


def test_a_practice_tracker_is_set_aside_and_reported(taxonomy) -> None:
    report = imported(PAGE, taxonomy)
    assert kinds(report) == {"qa": 2}
    assert "line 13: table under 'Practice Checklist' (a practice checklist, not interview content)" in skipped(report)


def test_a_table_of_questions_with_answers_under_a_practice_heading_stays_notes(taxonomy) -> None:
    text = """## Practice questions

| Question | Answer |
|----------|--------|
| How do you plan a quarter? | From the two goals that matter, then capacity. |
| How do you say no? | With the trade-off written down. |
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"qa": 2}


@pytest.mark.parametrize(("rows", "heading", "tracks"), [
    ([["Question", "Done?"], ["Plan a quarter", "☐"], ["Say no", "[x]"]], "Practice checklist", True),
    ([["Question", "Done?"], ["Plan a quarter", "☐"]], "Questions they asked me", False),  # no practice
    ([["Question", "Done?"], ["Plan a quarter", "yes, twice"]], "Practice checklist", False),  # words, not ticks
    ([["Question"], ["Plan a quarter"]], "Practice checklist", False),  # nothing ticked beside it
    ([["Question", "Done?"]], "Practice checklist", False),  # no rows
])
def test_what_makes_a_practice_tracker(rows, heading, tracks) -> None:
    assert practice_tracker(rows, heading) is tracks
