"""Import round r30m: personal notes that name each question by a short heading (fixtures in our own words).

- A heading that names a question in a few words, over text under an answer's label (``## Handling a missed
  deadline`` over ``**Answer:** I told them early ...``), is that question and its answer; before, the page was
  refused as holding nothing recognisable. Coaching labelled beside the answer goes with it; a heading that is a
  label of ours, or text under a question heading, is not affected.
- A candidate's turn that opens a heading's section with no interviewer's turn above it (``# Motivation`` over
  ``**Candidate:** "I set goals with each ..."``) is an answer the heading names; a short candidate field
  (``**Candidate:** Sam Lee``, a form's) is not.
- A part holding only a grid drawn to be filled in (``| Story 1 | | 1. .... |``) is blank: a skeleton over it is a
  STAR template, reported, never a draft story; a filled table stays the part.
- A quotation alone under a short heading (``> **“I lead the payments team ...”**``) is the writer's line to say:
  the heading's answer; a quotation after a lead-in about interviewers stays someone else's words.
- ``Good closing questions (pick two)`` and ``Answer self-check`` are reported, never drafts.
- A list item's question with its answer told in brackets after it (``- Which mistake ...? (Shipping a schema change
  with no way back, because ...)``) is answered by it; a short remark or a ``Hint:`` stays a tip.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers.base import DocumentError

from importing import imported, kinds, skipped

ANSWER_LABELLED = """# Notes for the panel

## Handling a missed deadline

**Answer:** I warned the two teams waiting on us a week ahead, cut the export screen with the product lead, and
shipped the rest on the agreed day.

**Tip:** Say what you cut, not only what you kept.

## Growing junior engineers

**Answer:** Each new engineer pairs with a senior for a quarter and then owns one small service end to end.
"""


def test_a_short_heading_over_a_labelled_answer_is_its_question(taxonomy) -> None:
    report = imported(ANSWER_LABELLED, taxonomy, name="notes.md")
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == "Handling a missed deadline"
    assert first.body.answer.startswith("I warned the two teams waiting on us a week ahead")
    assert first.coach.tips == ("Say what you cut, not only what you kept.",)
    assert second.body.question == "Growing junior engineers"
    assert "owns one small service end to end" in second.body.answer
    assert not any(note.draft for note in report.notes)
    assert not [line for line in skipped(report) if "Answer" in line]


def test_an_answer_label_under_a_question_heading_stays_its_answer(taxonomy) -> None:
    text = """# Notes

## How do you handle a missed deadline?

### Delivery

**Answer:** I warn the people waiting on us early and agree what to cut.
"""
    report = imported(text, taxonomy, name="notes.md")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "How do you handle a missed deadline?"
    assert "agree what to cut" in report.notes[0].body.answer


def test_a_heading_that_is_a_label_over_an_answer_makes_no_question(taxonomy) -> None:
    text = """# What would you ask the on-call engineer first?

## Sample answer

**Answer:** Whether the alert is still firing, and what changed in the last hour.
"""
    report = imported(text, taxonomy, name="notes.md")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "What would you ask the on-call engineer first?"


CANDIDATE_TURNS = """# **Keeping a team motivated**

**Candidate:** "Beyond praise in the weekly review, I give each engineer one goal they chose themselves and check
on it every month."

This answer ties the practice to a habit the panel can picture.

# **Taking a senior title**

**Candidate:** With the title I would spend a third of my week reviewing designs and coaching the two newest
engineers.
"""


def test_a_candidates_turn_under_a_heading_is_the_headings_answer(taxonomy) -> None:
    report = imported(CANDIDATE_TURNS, taxonomy, name="notes.md")
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == "Keeping a team motivated"
    assert first.body.answer.startswith("Beyond praise in the weekly review")
    assert not first.body.answer.startswith('"')
    assert second.body.question == "Taking a senior title"
    assert second.body.answer.startswith("With the title I would spend a third of my week")


@pytest.mark.parametrize("field", ["Sam Lee", "Jordan Park (backend)"])
def test_a_short_candidate_field_is_no_answer(taxonomy, field) -> None:
    text = f"""# Debrief form

## Interview details

**Candidate:** {field}

## How do you keep a debrief fair?

I collect everyone's written feedback before anyone speaks.
"""
    report = imported(text, taxonomy, name="form.md")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "How do you keep a debrief fair?"
    assert any("Interview details" in line for line in skipped(report))


def test_text_above_the_answer_label_keeps_the_heading_from_being_the_question(taxonomy) -> None:
    # the text between the heading and the label may be the real question, worded as none is: nothing is guessed
    text = """# Exercises

## Exercise 8

The cache looks poor in the first figure because it is cold. Say what a warm cache would change.

**My answer:**

A warm cache would serve most reads.
"""
    with pytest.raises(DocumentError) as caught:
        imported(text, taxonomy, name="exercises.md")
    assert caught.value.problems[0].message.startswith("nothing recognisable as a note")


GRID_SKELETON = """# Behavioural round

## What is your biggest weakness?

I over-prepare slides; I now time-box decks to an hour.

### Structure your answers

Use this shape:

- Situation:
- Action: (what you did, step by step)
- Result:

|          | Headline | Situation | Action(s) | Result |
| :---     | :---:    | :---:     | :---:     | :---:  |
| Story 1  |          |           | 1. ....   |        |
|          |          |           | 2. ....   |        |
| Story 2  |          |           | ...       |        |
"""


def test_a_skeleton_over_a_grid_to_fill_in_is_a_template_not_a_story(taxonomy) -> None:
    report = imported(GRID_SKELETON, taxonomy, name="round.md")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "What is your biggest weakness?"
    assert "Story 1" not in report.notes[0].body.answer
    assert any("'Structure your answers' (a STAR template" in line for line in skipped(report))


def test_a_filled_table_in_a_result_stays_the_result(taxonomy) -> None:
    text = """# Stories

## Cutting the build time

**Situation:** Builds took forty minutes.

**Task:** Get them under ten.

**Action:** I split the test suite and cached the dependencies.

**Result:**

| Stage | Before | After |
| --- | --- | --- |
| Tests | 30 min | 6 min |
| Dependencies | 8 min | 1 min |
"""
    report = imported(text, taxonomy, name="stories.md")
    assert kinds(report) == {"star": 1}
    assert "| Tests | 30 min | 6 min |" in report.notes[0].body.result
    assert not report.notes[0].draft


CHEAT_SHEET = """# Staff interview cheat sheet

## 1. Two-minute intro (learn it)

> **“I lead the payments platform team of eight, and I have spent the last year moving our checkout onto one
> shared ledger.”**

## 2. Why I am leaving

> “I have shipped what I came to build, and I want a smaller company where I own a whole product area.”

## 3. Good closing questions (pick two)

- What would make this hire a mistake a year from now?
- Where do projects usually stall here?

## 4. Answer self-check (before you stop talking)

- Under two minutes?
- One clear number?

# Prepared answers

## Tell me about a disagreement with a product manager.

I proposed a two-week trial with one metric we both agreed on, and the numbers settled it.
"""


def test_a_quoted_line_alone_under_a_short_heading_is_its_answer(taxonomy) -> None:
    report = imported(CHEAT_SHEET, taxonomy, name="sheet.md")
    answers = {note.body.question: note.body.answer for note in report.notes}
    assert "I lead the payments platform team of eight" in answers["Two-minute intro (learn it)"]
    assert "I want a smaller company where I own a whole product area" in answers["Why I am leaving"]


def test_closing_questions_and_an_answer_self_check_are_no_questions(taxonomy) -> None:
    report = imported(CHEAT_SHEET, taxonomy, name="sheet.md")
    questions = [note.body.question for note in report.notes]
    assert not any(q.startswith(("What would make this hire", "Where do projects", "Under two", "One clear"))
                   for q in questions)
    assert kinds(report) == {"qa": 3} and report.drafts == 0
    lines = skipped(report)
    assert any("'Good closing questions (pick two)'" in line for line in lines)
    assert any("'Answer self-check (before you stop talking)'" in line for line in lines)


def test_a_quotation_after_a_lead_in_is_still_someone_elses_words(taxonomy) -> None:
    # the quoted line follows a sentence about interviewers: it is not the writer's own answer to the heading
    text = ('# Notes\n\n## Feedback\n\nPanels often open with "How do you give feedback?" and expect this:\n\n'
            '"I say it the same week, in private, with one example."\n\n## Planning\n\n'
            '### How do you plan a quarter?\n\nI start from the outcomes we promised.\n')
    report = imported(text, taxonomy, name="notes.md")
    assert [note.body.question for note in report.notes] == ["How do you plan a quarter?"]


def test_closing_questions_unqualified_may_be_the_interviewers_last_questions(taxonomy) -> None:
    text = """# Panel guide

## Closing questions

- What should we know about you that we did not ask?
"""
    report = imported(text, taxonomy, name="guide.md")
    assert [note.body.question for note in report.notes] == ["What should we know about you that we did not ask?"]


BRACKET_ANSWERS = """# Platform notes

## Ownership and upkeep

- Which mistake costs the most to undo? (Shipping a schema change with no way back, because every fix then has to go forward.)
- Why now? (two minutes at most)
- How do you pick a first project in a new team? (Hint: ask what the team is embarrassed by.)
- Who owns a shared library nobody maintains? (The team that depends on it most, until it is handed over with a written plan and a date. Nobody else has the reason to keep it alive, and a library with no owner rots in silence while everyone assumes someone else is looking after it.)
"""


def test_an_answer_told_in_brackets_after_a_question_is_its_answer(taxonomy) -> None:
    report = imported(BRACKET_ANSWERS, taxonomy, name="notes.md")
    notes = {note.body.question: note for note in report.notes}
    mistake = notes["Which mistake costs the most to undo?"]
    assert mistake.body.answer.strip() == ("Shipping a schema change with no way back, because every fix then has "
                                           "to go forward.")
    assert not mistake.draft
    owner = notes["Who owns a shared library nobody maintains?"]  # a long remark: out of the question, its answer
    assert owner.body.answer.startswith("The team that depends on it most")


def test_a_short_remark_or_a_hint_in_brackets_stays_a_tip(taxonomy) -> None:
    report = imported(BRACKET_ANSWERS, taxonomy, name="notes.md")
    notes = {note.body.question: note for note in report.notes}
    assert notes["Why now?"].draft and notes["Why now?"].coach.tips == ("two minutes at most",)
    first = notes["How do you pick a first project in a new team?"]
    assert first.draft and first.coach.tips == ("Hint: ask what the team is embarrassed by.",)
