"""Round 12 of real documents (e): a heading naming what a page holds ("# Answers") is their container; story
tables with part names of the author's own; take-home cases; a role that names another profession's job."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.base import DocumentError
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


ANSWERS_OVER_COMPETENCIES = """# Questions

#### What makes an engineer thrive on your team?

---

# Answers
## Keeping calm in an outage.
**S:** Our payments queue stalled on a Friday night.  
**T:** I had to restore it before the Monday batch.  
**A:** I rolled back the consumer and paged the database owner.  
**R:** The batch ran on time and we wrote a runbook.

## Checking the details.
**S:** The billing export had totals that did not add up.  
**T:** Find the fault before the finance review.  
**A:** I compared every line against the ledger.  
**R:** Finance got correct figures and the bug was fixed.

### Berlin
A note to myself with no labels at all.
"""


def test_answers_title_over_competency_sections_keeps_each_story(taxonomy):
    report = _import(ANSWERS_OVER_COMPETENCIES, taxonomy)
    stars = [note for note in report.notes if note.kind is Kind.STAR]
    assert [note.prompt for note in stars] == ["Keeping calm in an outage.", "Checking the details."]
    assert stars[0].body.situation.strip() == "Our payments queue stalled on a Friday night."
    assert stars[1].body.action.strip() == "I compared every line against the ledger."
    assert "Monday batch" not in stars[1].body.task


def test_answers_title_reports_no_section_named_none(taxonomy):
    report = _import(ANSWERS_OVER_COMPETENCIES, taxonomy)
    assert all("None" not in item.what for item in report.skipped)
    kept = any("no labels at all" in note.body.answer for note in report.notes if note.kind is Kind.QA)
    assert kept or any(item.line == 20 for item in report.skipped)  # the unlabelled sub-section is not lost


@pytest.mark.parametrize("title", ["# Answers", "# My answers", "# Stories", "## Sample responses"])
def test_a_title_naming_what_the_page_holds_is_their_container(title, taxonomy):
    text = ANSWERS_OVER_COMPETENCIES.split("# Answers\n", 1)[1].split("### Berlin")[0]
    report = _import(f"{title}\n{text}", taxonomy)
    assert [note.prompt for note in report.notes] == ["Keeping calm in an outage.", "Checking the details."]


def test_an_answer_heading_over_parts_of_one_story_is_still_its_label(taxonomy):
    text = """## Tell me about a time you fixed a flaky pipeline.

### Answers
**Situation:** Half our builds failed for no reason.
**Action:** I quarantined the flaky tests and added retries with a report.
**Result:** Green builds went from half to nearly all.
"""
    report = _import(text, taxonomy)
    assert len(report.notes) == 1
    assert report.notes[0].prompt == "Tell me about a time you fixed a flaky pipeline."

