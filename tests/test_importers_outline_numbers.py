"""Outline numbering (fixtures in our own words): ``1.1 Why ...?`` under ``## 1. Leadership`` is the question, its
number ``1.1`` all of it, not ``1 Why ...?``; ``### 1.2 TASK`` under a story's name is its Task; a number with a
decimal point before a word in lower case stays the text it is."""

from __future__ import annotations

from leaderdeck.importers.text import clean_title, split_number
from leaderdeck.model import QaBody, StarBody
from importing import imported, kinds, skipped

QUESTIONS = """# Prep questions

## 1. Leadership

1.1 Why do you want to lead a team?

I like helping people grow, and I have done it without the title for two years.

1.2 How do you handle a missed deadline?

I reset scope with the people waiting on it, and I tell them early.

## 2. Delivery

2.1. What do you do when a launch slips twice?

I cut the launch into two smaller ones and ship the first.
"""

STORY = """# Stories

## Moving the billing jobs

### 1.1 SITUATION

The nightly billing jobs ran on a cluster we were shutting down.

### 1.2. TASK

I had to move them without a missed invoice.

### 1.3 ACTION

I moved one job a night and compared every total with the old run.

### 1.4 RESULT

All of them moved in three weeks and no invoice went out late.
"""


def test_an_outline_number_is_taken_off_whole() -> None:
    assert split_number("1.1 Why do you want to lead a team?") == (1, "Why do you want to lead a team?")
    assert split_number("2.13. **What did you learn?**") == (13, "**What did you learn?**")
    assert split_number("1.2.3 Hiring") == (3, "Hiring")
    assert clean_title("**2.1 How do you take feedback?**") == "How do you take feedback?"


def test_a_decimal_before_lower_case_or_nothing_stays() -> None:
    assert split_number("3.5 years at the same company") == (None, "3.5 years at the same company")
    assert split_number("2.0") == (None, "2.0")
    assert split_number("3. Why this team?") == (3, "Why this team?")  # a plain number as before


def test_questions_numbered_in_an_outline_keep_their_words(taxonomy) -> None:
    report = imported(QUESTIONS, taxonomy)
    assert kinds(report) == {"qa": 3}
    questions = [note.body.question for note in report.notes if isinstance(note.body, QaBody)]
    assert questions == ["Why do you want to lead a team?", "How do you handle a missed deadline?",
                         "What do you do when a launch slips twice?"]


def test_story_parts_numbered_in_an_outline_are_the_parts(taxonomy) -> None:
    report = imported(STORY, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, StarBody)
    assert note.body.situation == "The nightly billing jobs ran on a cluster we were shutting down."
    assert note.body.task == "I had to move them without a missed invoice."
    assert note.body.result == "All of them moved in three weeks and no invoice went out late."
    assert not any("SITUATION" in line for line in skipped(report))
