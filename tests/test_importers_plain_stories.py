"""Plain-text story banks whose stories each carry facts between their title line and their first part
(fixtures in our own words)."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.model import Kind

BANK = """Story 1: The pager rotation nobody wanted

Competency: Ownership, Fairness
Level: Staff

Situation: Four engineers carried every night page for our payments service.
Task: I had to spread the load without slowing incident response.
Action: I wrote runbooks for the ten loudest alerts and opened the rotation to two more teams.
Result: Night pages per person fell from nine a month to three.

Story 2: Shipping the search rewrite on time

Competency: Delivery

Situation: The search rewrite had slipped twice and sales had promised it to a customer.
Task: I owned the new date.
Action: I cut the admin screens from the first release and paired on the ranking code.
Result: We shipped the week we promised; the admin screens followed a month later.
"""


@pytest.mark.parametrize("heading", ["", "My stories\n==========\n\n"])
def test_each_titled_story_with_facts_before_its_parts_is_a_note_of_its_own(taxonomy, heading):
    report = import_text(heading + BANK, taxonomy, display="bank.txt", source="bank.txt")
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.body.question == "The pager rotation nobody wanted"
    assert second.body.question == "Shipping the search rewrite on time"
    assert first.competencies == ("Ownership", "Fairness") and second.competencies == ("Delivery",)
    assert first.body.situation.startswith("Four engineers") and second.body.situation.startswith("The search")
    assert "search rewrite" not in first.body.result

