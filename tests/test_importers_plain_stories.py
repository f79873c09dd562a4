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



# A story's own labelled steps, its closing line and its quoted headline (Markdown)

TOLD = """### Tell me about a hard bug you fixed.

> "Finding the slow checkout before the holiday sale.
>
> **Situation**: Our checkout got slower every week.
>
> **Investigation**: I profiled it and found one query per cart item.
>
> **Action**: I batched the queries and cached the prices.
>
> **Result**: Checkout took a tenth of the time.
>
> **Learning**: I profile before I guess now.
>
> Result: the sales team stopped filing tickets about it."
"""


def test_a_label_of_the_tellers_own_between_parts_stays_in_the_part_before(taxonomy):
    report = import_text(TOLD, taxonomy, display="bank.md", source="bank.md")
    story = report.notes[0].body
    assert story.situation.endswith("**Investigation**: I profiled it and found one query per cart item.")
    assert not [s for s in report.skipped if "outside the STAR parts" in str(s)]


def test_a_closing_part_named_again_after_the_learning_is_more_of_it_not_another_story(taxonomy):
    report = import_text(TOLD, taxonomy, display="bank.md", source="bank.md")
    assert len(report.notes) == 1
    assert report.notes[0].body.result.startswith("Checkout took a tenth of the time.")
    assert "sales team stopped filing tickets" in report.notes[0].body.result


def test_a_quoted_headline_above_the_parts_opens_the_situation(taxonomy):
    report = import_text(TOLD, taxonomy, display="bank.md", source="bank.md")
    assert report.notes[0].body.situation.startswith('"Finding the slow checkout before the holiday sale.')


def test_the_part_a_story_opened_with_named_again_starts_another_story(taxonomy):
    text = ("### Tell me about two launches.\n\n**Situation**: The first launch slipped.\n\n**Action**: I cut scope.\n\n"
            "**Result**: We shipped.\n\n**Situation**: The second launch had no owner.\n\n**Action**: I owned it.\n\n"
            "**Result**: It shipped on time.\n")
    report = import_text(text, taxonomy, display="bank.md", source="bank.md")
    assert [n.body.situation for n in report.notes] == ["The first launch slipped.", "The second launch had no owner."]


def test_words_about_the_story_after_its_result_are_a_tip_not_more_result(taxonomy):
    text = ("### Tell me about a time you owned a migration.\n\n**Situation**: Our billing ran on a server nobody "
            "patched.\n\n**Action**: I moved it to the managed platform over two sprints.\n\n**Result**: Billing "
            "has had no outage since.\n\n**Values link**: This shows ownership of work nobody asked me to do.\n")
    report = import_text(text, taxonomy, display="bank.md", source="bank.md")
    note = report.notes[0]
    assert note.body.result == "Billing has had no outage since."
    assert note.coach.tips == ("**Values link**: This shows ownership of work nobody asked me to do.",)
