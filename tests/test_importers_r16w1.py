"""Round 16 (w1), fixtures in our own words: STAR rows of a table labelled by a letter and its word in brackets,
TOML front matter, an indented story's take-away, a question paragraph that asks twice before its points, and
prompt headings carrying a note to self."""

from __future__ import annotations

from importing import imported, messages, skipped

from leaderdeck.importers.document import clean
from leaderdeck.model import Kind


# 1. "| **S (Situation)** | ... |": a lettered row label with its word in brackets (or the reverse)

LETTERED_TABLE_MD = """# My stories

## 1. Moved the nightly build to the cloud

| Part | Notes |
| :--- | :--- |
| **S (Situation)** | The nightly build ran on one machine under a desk and failed whenever it rebooted. |
| **T (Task)** | I had to make the build reliable before the next release. |
| **A (Action)** | 1. **Moved** the build to hosted runners. 2. **Cached** the dependencies between runs. |
| **R (Result)** | The build has not missed a night since, and it runs in half the time. |

## 2. Shared the on-call load

| Part | Notes |
| --- | --- |
| **Situation (S)** | Two of us took every page for the storage team. |
| **Task (T)** | I wanted the whole team on the rotation within a quarter. |
| **Action (A)** | I wrote runbooks and paired each newcomer with a veteran for a week. |
| **Result (R)** | Six people share the rotation and pages per person fell by two thirds. |
"""


def test_table_rows_labelled_by_a_letter_and_its_word_are_a_story(taxonomy) -> None:
    report = imported(LETTERED_TABLE_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = (note.body for note in report.notes)
    assert first.question == "Moved the nightly build to the cloud"
    assert first.situation.startswith("The nightly build ran on one machine")
    assert first.task == "I had to make the build reliable before the next release."
    assert first.action.startswith("1. **Moved** the build to hosted runners.")
    assert first.result.startswith("The build has not missed a night since")
    assert second.action.startswith("I wrote runbooks")
    assert second.result.startswith("Six people share the rotation")


# 2. TOML front matter ("+++" ... "+++"), as Hugo and Zola write it

TOML_PAGE_MD = """+++
title = "For two of your values, describe a time when they pulled against each other, and what you did."
date = 2025-03-02

[taxonomies]
tags = ["behavioral", "values"]

[extra]
draft = false
+++

**Care/Pace**

On my first team every change waited a week for review, and on my next one we released twice a day.

I asked for deep review only on the billing code and let the rest ship the same day; incidents did not rise.
"""


def test_toml_front_matter_is_set_aside_and_its_title_is_the_question(taxonomy) -> None:
    report = imported(TOML_PAGE_MD, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind is Kind.QA
    assert note.body.question.startswith("For two of your values, describe a time when they pulled")
    assert "released twice a day" in note.body.answer
    assert "incidents did not rise" in note.body.answer
    assert "+++" not in note.body.answer and "taxonomies" not in note.body.answer
    assert not any("introduction" in line for line in skipped(report))


def test_toml_front_matter_keeps_its_pairs_with_their_lines() -> None:
    cleaned = clean(TOML_PAGE_MD)
    assert cleaned.lines[:11] == ("",) * 11
    assert cleaned.meta == (("title", "For two of your values, describe a time when they pulled against each other,"
                                      " and what you did."), ("date", "2025-03-02"),
                            ("tags", "behavioral, values"), ("draft", "false"))
    assert cleaned.meta_lines == (2, 3, 6, 9)


def test_a_plus_line_that_opens_no_toml_block_is_text() -> None:
    text = "+++\nThis is not a key\n+++\n\n## Notes\n"
    assert clean(text).lines[1] == "This is not a key"
    assert clean(text).meta == ()


# 3. An indented STAR block: "TAKE AWAY:" is its learning; a label of the author's own after it stays in it

INDENTED_STORY_MD = """## Team notes

### Q. Describe a time you ended a long argument about tooling.

    SITUATION:
        Two teams argued for a month over which build tool the shared repository should use.

    TASK:
        As the platform lead I had to get one choice made before the quarter planning.

    ACTION:
        - Asked each team to build the same service with its tool.
        - Compared build times and the number of steps a newcomer needed.

    RESULT:
        We picked one tool and both teams moved within six weeks.

    TAKE AWAY:
        - Measure the thing people argue about.
        - Agree on the measure before the trial.

    OTHER DEBATES could be:
        - Which linter rules to turn on
        # Start with the defaults and add rules one by one.
        - Who approves a new dependency?
        # One owner per language, written down.

### Q: How do you run a retro?

I ask everyone to write before anyone speaks.
"""


def test_take_away_in_an_indented_story_is_its_learning(taxonomy) -> None:
    report = imported(INDENTED_STORY_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.QA]
    story = report.notes[0].body
    assert story.learning.startswith("- Measure the thing people argue about.\n- Agree on the measure")
    assert story.result == "We picked one tool and both teams moved within six weeks."  # its text, not a list item
    assert story.situation.startswith("Two teams argued for a month")
    assert story.action.startswith("- Asked each team to build the same service")


def test_a_label_of_the_authors_own_after_the_parts_stays_in_the_story(taxonomy) -> None:
    report = imported(INDENTED_STORY_MD, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions == ["Describe a time you ended a long argument about tooling.", "How do you run a retro?"]
    learning = report.notes[0].body.learning
    assert "**OTHER DEBATES could be:**" in learning
    assert "- Which linter rules to turn on — Start with the defaults and add rules one by one." in learning
    assert "- Who approves a new dependency? — One owner per language, written down." in learning
    assert "\n    - " not in learning  # the list at the part's own depth, not nested (a code block in Markdown)
    assert not any("between questions" in line for line in skipped(report))


# 4. A "Q." paragraph that asks twice and goes on with its answer's points after a dash

POINTS_MD = """## Team notes

### Q. How do you welcome a new engineer?

A buddy for the first month and a small bug in week one.

Q. How do you review a pull request? What do you check first? - it fixes the bug it claims to - the edge cases - the tests pass

### Q: How do you plan a sprint?

We size the top of the backlog together and leave a fifth of the time free.
"""


def test_a_question_line_with_dashed_points_keeps_its_questions_and_answers_with_the_points(taxonomy) -> None:
    report = imported(POINTS_MD, taxonomy)
    assert len(report.notes) == 3
    note = report.notes[1]
    assert note.body.question == "How do you review a pull request? What do you check first?"
    assert note.variants == ()
    assert note.body.answer == "- it fixes the bug it claims to\n- the edge cases\n- the tests pass"


def test_a_question_line_without_points_still_gives_its_variants(taxonomy) -> None:
    text = POINTS_MD.replace(" - it fixes the bug it claims to - the edge cases - the tests pass",
                             "\n\nI read the tests first.")
    note = imported(text, taxonomy).notes[1]
    assert note.body.question == "How do you review a pull request?"
    assert note.variants == ("What do you check first?",)
    assert "I read the tests first." in note.body.answer


# 5. Prompt headings with a note to self after an arrow, over first-person answers

NOTED_MD = """# Why this company → Anchor to the payments work

I have built payment retries for four years and want to do it at a larger scale.

# Planning a quarter → Lead with the bets you funded

I start from the goal, list the bets, and fund one big bet per half.
"""


def test_arrow_notes_to_self_leave_the_question_and_become_tips(taxonomy) -> None:
    report = imported(NOTED_MD, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.QA, Kind.QA]
    first, second = report.notes
    assert first.body.question == "Why this company"
    assert first.coach.tips == ("Anchor to the payments work",)
    assert first.body.answer.startswith("I have built payment retries")
    assert second.body.question == "Planning a quarter"
    assert second.coach.tips == ("Lead with the bets you funded",)
    assert "→" not in first.id and "anchor" not in first.id


def test_an_arrow_between_two_names_stays_in_the_title(taxonomy) -> None:
    text = "## Moved billing: monolith → services\n\nI split the invoice code out first.\n\nWe moved the rest by March.\n"
    report = imported(text, taxonomy)
    assert len(report.notes) == 1
    assert "monolith → services" in report.notes[0].body.question
    assert report.notes[0].coach.tips == ()


# 6. Small misreadings: a complication after the Actions, a pointer opening an answer

COMPLICATION_MD = """## A migration that slipped

Last spring my team was late moving the invoices to the new billing service.

**Context:**
We had promised finance the move before quarter close.

**Actions:**
I told finance two weeks ahead and moved only the active accounts first.

**Complication:**
Our most senior engineer went on leave halfway through.

**Outcome:**
The active accounts moved a week after quarter close with no billing errors.
"""


def test_a_complication_after_the_actions_is_more_of_the_action_not_the_task(taxonomy) -> None:
    story = imported(COMPLICATION_MD, taxonomy).notes[0].body
    assert story.task == ""
    assert story.action.endswith("**Complication:**\nOur most senior engineer went on leave halfway through.")
    assert story.situation.startswith("Last spring my team was late")


def test_a_challenge_before_the_actions_still_gives_the_task(taxonomy) -> None:
    text = COMPLICATION_MD.replace("**Complication:**\nOur most senior engineer went on leave halfway through.\n\n", "")
    text = text.replace("**Actions:**", "**Challenge:**\nThe old system had no export.\n\n**Actions:**")
    story = imported(text, taxonomy).notes[0].body
    assert story.task == "The old system had no export."


def test_a_pointer_opening_an_answer_is_dropped(taxonomy) -> None:
    text = "### Q. How do you welcome a new engineer?\n\n👉 A buddy for the first month and a small bug in week one.\n"
    note = imported(text, taxonomy).notes[0]
    assert note.body.answer == "A buddy for the first month and a small bug in week one."
