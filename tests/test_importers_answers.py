"""Whole documents that used to import nothing, and text after a question that is not its answer (fixtures in our
own words, shaped like real prep documents).

A document titled "Common ... Questions", or "Questions" with category headings between it and the questions, is
their bank. A lone STAR label that ends a list of plain items sums the list up; it starts no story of its own.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.base import DocumentError
from leaderdeck.model import QaBody, StarBody


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def kinds(report: ImportReport) -> dict[str, int]:
    return {kind.value: count for kind, count in report.counts.items()}


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


def skipped(report: ImportReport) -> list[str]:
    return [str(item) for item in report.skipped]


# 1. Question banks under a "Questions" title

BOLD_BANK = """# Common Interview Questions

## Ownership

**Q: Tell me about a project you took over halfway through.**
- Avoid: blaming the previous owner

**Q: Describe a time you shipped something nobody asked for.**

## Hiring

**Q: Walk me through how you run a hiring loop.**
"""


def test_a_common_questions_title_over_category_headings_is_the_bank_of_the_questions(taxonomy):
    report = imported("bank.md", taxonomy, BOLD_BANK)
    assert questions(report) == ["Tell me about a project you took over halfway through.",
                                 "Describe a time you shipped something nobody asked for.",
                                 "Walk me through how you run a hiring loop."]
    assert report.notes[0].coach.tips == ("Red flag: blaming the previous owner",)


@pytest.mark.parametrize("title", ["# Questions", "# Common Questions"])
def test_a_questions_title_with_a_category_heading_between_it_and_a_list_keeps_the_list(taxonomy, title):
    text = f"{title}\n\n## Delivery\n\n- How do you size a project you have not seen?\n- Tell me about a slipped date.\n"
    report = imported("bank.md", taxonomy, text)
    assert questions(report) == ["How do you size a project you have not seen?", "Tell me about a slipped date."]


def test_a_common_questions_section_inside_a_page_stays_the_page_s_list_not_notes(taxonomy):
    text = """# Handling setbacks

## Common Questions

### About failure

- Tell me about a time you failed.
- Describe a launch that went wrong.

## Worked examples

### Tell me about a time you failed.

**Situation:** A migration I led ran two months late.
**Action:** I split it into weekly slices.
**Result:** We finished the last slice a week early.
"""
    report = imported("page.md", taxonomy, text)
    assert questions(report) == ["Tell me about a time you failed."]


# 2. A STAR label inside a step of a story

STEP_RESULT = """# Case: Rebuilding the support rota

## The Situation
- **Load:** two people took every page.

## The Action

### A. Pairs
I paired each new hire with a veteran. Each pair had:
* one primary
* one shadow
* *Result:* pages were shared within a month.

## The Result
- Nobody was paged two weeks running.
"""


def test_a_result_label_ending_a_list_inside_an_action_step_is_part_of_the_step(taxonomy):
    report = imported("case.md", taxonomy, STEP_RESULT)
    assert kinds(report) == {"star": 1}
    story = report.notes[0].body
    assert isinstance(story, StarBody)
    assert "- *Result:* pages were shared within a month." in story.action
    assert story.result == "- Nobody was paged two weeks running."


def test_a_story_whose_action_heading_is_not_known_is_still_a_story(taxonomy):
    report = imported("case.md", taxonomy, STEP_RESULT.replace("## The Action", "## How I went about it"))
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.result == "- Nobody was paged two weeks running."


def test_a_paragraph_that_asks_after_a_coaching_item_is_the_next_question(taxonomy):
    text = """# Prep

**Q: Tell me about a project you took over.**
- Avoid: blaming the previous owner

**Q: Describe a time you shipped something nobody asked for.**
"""
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["Tell me about a project you took over.",
                                 "Describe a time you shipped something nobody asked for."]
    assert report.notes[0].coach.tips == ("Red flag: blaming the previous owner",)
