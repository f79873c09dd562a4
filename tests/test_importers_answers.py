"""Whole documents that used to import nothing, and text after a question that is not its answer (fixtures in our
own words, shaped like real prep documents).

A document titled "Common ... Questions", or "Questions" with category headings between it and the questions, is
their bank. A lone STAR label that ends a list of plain items sums the list up; it starts no story of its own.
"""

from __future__ import annotations

import pytest

from importing import kinds, skipped
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.base import DocumentError
from leaderdeck.model import QaBody, StarBody


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


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


# 3. Stories told as a title and narrative, with no question and no STAR labels

TOLD_MD = """## The flaky release train

- I took over releases when the lead left.
- Half the builds failed for reasons nobody tracked.
- I started a log of every failure and its cause.
- We cut failed builds by two thirds in a quarter.

## Owning a missed launch

- I promised a date before I had checked with design.
- We slipped by three weeks and I told the sponsor myself.
"""

TOLD_TXT = """The flaky release train

- I took over releases when the lead left.
- Half the builds failed for reasons nobody tracked.
- I started a log of every failure and its cause.

-----------

Owning a missed launch
- I promised a date before I had checked with design.
- We slipped by three weeks and I told the sponsor myself.

Interview day advice
- Sleep well the night before.
- Bring water.
"""


@pytest.mark.parametrize("name, text", [("stories.md", TOLD_MD), ("stories.txt", TOLD_TXT)])
def test_a_titled_run_of_first_person_narrative_is_a_note_whose_title_stands_in_for_the_question(taxonomy, name,
                                                                                                   text):
    report = imported(name, taxonomy, text)
    assert questions(report) == ["The flaky release train", "Owning a missed launch"]
    first = report.notes[0].body
    assert isinstance(first, QaBody)
    assert first.answer.startswith("- I took over releases when the lead left.\n- Half the builds")
    assert "no question for 2 stories (lines 1, " in " ".join(str(a) for a in report.attention)
    assert "write the questions" in " ".join(str(a) for a in report.attention)


def test_a_titled_run_that_is_not_told_in_the_first_person_is_reported_under_its_title(taxonomy):
    report = imported("stories.txt", taxonomy, TOLD_TXT)
    assert any("text under 'Interview day advice'" in line for line in skipped(report))


def test_advice_that_quotes_first_person_lines_is_no_story(taxonomy):
    text = """# Prep

## What to say when you failed

- Own it: "I made the call and it was wrong."
- Show change: "Since then I check with design first."

## Tell me about a time you failed.

I shipped a migration without a rollback plan.
"""
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["Tell me about a time you failed."]


# 4. Plain text wrapped by hand

WRAPPED = """1. Why do you want this role?

I want to work where the product
is used by millions of people, and where
I can grow as an engineer.
I also like the team.
"""


def test_hard_wrapped_plain_lines_are_one_paragraph_and_a_line_that_ends_a_sentence_stands_apart(taxonomy):
    report = imported("notes.txt", taxonomy, WRAPPED)
    assert report.notes[0].body.answer == ("I want to work where the product\nis used by millions of people, and where\n"
                                           "I can grow as an engineer.\n\nI also like the team.")


# 5. What the interviewer looks for, and sibling items of a list of questions

GUIDE = """# Hiring guide

## Ownership

- Does the candidate follow through without being chased?
- How well does the candidate explain a trade-off?

## Motivation

- Why are you leaving your current team?
- Do they speak about their team with respect?
- What would make you turn an offer down?
"""


def test_third_person_criteria_about_the_candidate_are_what_interviewers_look_for_not_questions(taxonomy):
    report = imported("guide.md", taxonomy, GUIDE)
    assert questions(report) == ["Why are you leaving your current team?", "What would make you turn an offer down?"]
    for note in report.notes:  # a page of few questions: what the interviewer looks for reaches each
        assert note.coach.signals == ("Does the candidate follow through without being chased?",
                                      "How well does the candidate explain a trade-off?",
                                      "Do they speak about their team with respect?")
        assert not note.body.answer


def test_criteria_in_a_bank_of_many_questions_are_reported_not_copied_into_each(taxonomy):
    text = GUIDE + "- How do you pick your next role?\n- What did your last manager teach you?\n"
    report = imported("guide.md", taxonomy, text)
    assert len(report.notes) == 4 and not any(note.coach.signals for note in report.notes)
    reported = [line for line in skipped(report) if "section 'what the interviewer looks for'" in line]
    assert [line.split(":")[0] for line in reported] == ["line 5", "line 11"]


def test_a_sibling_item_that_does_not_ask_is_not_the_answer_of_the_item_before_it(taxonomy):
    text = """# Prep

## Conflict

- How do you settle a disagreement between two of your leads?
- an example of a conflict you defused
"""
    report = imported("prep.md", taxonomy, text)
    # a story prompt next to a question is a prompt of its own (round 8, E3), never the answer above it
    assert questions(report) == ["How do you settle a disagreement between two of your leads?",
                                 "an example of a conflict you defused"]
    assert report.notes[0].body.answer == "" and all(note.draft for note in report.notes)


def test_an_answer_nested_under_a_question_item_is_still_its_answer(taxonomy):
    text = "# Prep\n\n- How do you settle a disagreement?\n    - I hear both leads out, then decide.\n"
    report = imported("prep.md", taxonomy, text)
    assert report.notes[0].body.answer == "- I hear both leads out, then decide."


def test_a_rule_line_in_plain_text_ends_the_answer_before_it(taxonomy):
    text = """Why this company?
- The product is one I use every day

----
Things to ask them
Team rituals
On-call load
"""
    report = imported("notes.txt", taxonomy, text)
    assert questions(report) == ["Why this company?"]
    assert report.notes[0].body.answer == "- The product is one I use every day"
    assert any("line 5" in line for line in skipped(report))
