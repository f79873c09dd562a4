"""Round 22 (i2): an exercise written as a scene, lettered options and the question put about them is one scenario
(the scene its situation, the options its discussion points with their letters, a remark lettered like the options
its signals, the writer's closing words reported); a heading that numbers a question (``# Question 3``) is a section
of the bank, never a label over the questions a story answers, and a number alone names no story.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, kinds, skipped

EXERCISE = """**The Friday choice**

It is late on Friday and there is time for one more task. Each takes about an hour:

A. Reply to a question from your director, who is on a flight until Monday.

B. Finish a small fix you promised for today.

C. Unblock a teammate whose launch is on Tuesday.

What do you do, and why?

* * *

Each choice shows something different:

A: managing up  
B: keeping commitments  
C: helping the team

Tell me how you would answer in the comments.
"""


def test_scene_options_and_question_are_one_scenario(taxonomy) -> None:
    report = imported(EXERCISE, taxonomy)
    assert kinds(report) == {"scenario": 1}
    (note,) = report.notes
    assert note.body.title == "The Friday choice"
    assert note.body.question == "What do you do, and why?"
    assert note.body.situation == ("It is late on Friday and there is time for one more task. Each takes about an "
                                   "hour:")
    assert [p.heading for p in note.body.discussion] == [
        "A. Reply to a question from your director, who is on a flight until Monday.",
        "B. Finish a small fix you promised for today.",
        "C. Unblock a teammate whose launch is on Tuesday."]
    assert note.coach.signals == ("Each choice shows something different:", "A: managing up",
                                  "B: keeping commitments", "C: helping the team")
    assert not note.draft
    assert skipped(report) == ["line 21: the writer's closing words after the exercise (not part of a question)"]


UNDER_HEADING = """# Exercises for team leads

## Two requests at once

Two product managers each ask you for the same engineer this sprint.

a) Give the engineer to the first who asked.

b) Split the engineer's week between them.

c) Ask their director to choose.

What would you do?

## Notes on running it

Give the candidate five minutes before you ask for the answer.
"""


def test_exercise_under_its_heading_takes_the_heading_as_title(taxonomy) -> None:
    report = imported(UNDER_HEADING, taxonomy)
    scenarios = [n for n in report.notes if n.kind.value == "scenario"]
    (note,) = scenarios
    assert note.body.title == "Two requests at once"
    assert note.body.question == "What would you do?"
    assert note.body.situation == "Two product managers each ask you for the same engineer this sprint."
    assert [p.heading for p in note.body.discussion] == [
        "a) Give the engineer to the first who asked.", "b) Split the engineer's week between them.",
        "c) Ask their director to choose."]
    assert note.coach.signals == ()
    assert "Give the candidate five minutes" not in note.body.situation


PLAIN_EXERCISE = """Pager exercise

The on-call phone rings at two in the morning while your own release is half done:
A. Roll the release back and take the page.
B. Hand the page to the secondary.
What do you do?
"""


def test_plain_text_exercise_is_one_scenario(taxonomy) -> None:
    report = imported(PLAIN_EXERCISE, taxonomy, name="doc.txt")
    assert kinds(report) == {"scenario": 1}
    (note,) = report.notes
    assert note.body.question == "What do you do?"
    assert [p.heading for p in note.body.discussion] == [
        "A. Roll the release back and take the page.", "B. Hand the page to the secondary."]
    assert note.body.situation.startswith("The on-call phone rings")


ANSWERED = """## Habits

I lean on a few habits when a project slips:

A. Write the risk down the day I see it.

B. Tell the product manager before the standup.

Why do these matter to you?

I have seen two launches saved because the risk was written down early, and I keep doing it.
"""


def test_lettered_points_before_an_answered_question_stay_a_question(taxonomy) -> None:
    report = imported(ANSWERED, taxonomy)
    assert "scenario" not in kinds(report)
    (note,) = [n for n in report.notes if n.body.question == "Why do these matter to you?"]
    assert "two launches saved" in note.body.answer


NUMBERED_SECTIONS = """# Revision

# Question 1

* **Q** : What is a cache?

* **A** : A cache keeps hot data close.

**S** : At my last job our product pages were slow under load.

**T** : I had to bring the page time under a second.

**A** : I put a read-through cache in front of the catalogue service.

**R** : Page time dropped to 300 ms.

# Question 2

* **A** : Why do we review code?

**S** : Our team shipped bugs that a second pair of eyes would catch.

**T** : I had to bring in reviews without slowing us down.

**A** : I set a rule of one approval and a size limit.

**R** : Escaped bugs halved in a quarter.
"""


def test_question_number_headings_are_no_labels_and_no_titles(taxonomy) -> None:
    report = imported(NUMBERED_SECTIONS, taxonomy)
    assert kinds(report) == {"star": 2}
    assert [n.body.question for n in report.notes] == ["What is a cache?", "Why do we review code?"]
    assert [n.body.title for n in report.notes] == ["", ""]
    assert not [line for line in skipped(report) if "no question or title above it" in line]
    assert [n.id for n in report.notes] == ["star-cache", "star-review-code"]


NAMED_SECTIONS = """# Bank

## Question 1: The slow checkout

* **Q** : What is a cache?

**S** : Our checkout page was slow.

**T** : I had to fix it before the sale.

**A** : I put a cache in front of the catalogue.

**R** : Page time dropped by half.

## Question 2: The flaky suite

* **Q** : Why do tests flake?

**S** : Our suite failed one run in five.

**T** : I had to make it stable.

**A** : I removed shared state between tests.

**R** : Failures stopped.
"""


def test_numbered_heading_with_a_name_titles_its_story(taxonomy) -> None:
    report = imported(NAMED_SECTIONS, taxonomy)
    assert [(n.body.title, n.body.question) for n in report.notes] == [
        ("The slow checkout", "What is a cache?"), ("The flaky suite", "Why do tests flake?")]
    assert not [line for line in skipped(report) if "no question or title above it" in line]
