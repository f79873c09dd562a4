"""Question banks written by others (fixtures in our own words): a question posed after a scene, a bold question
with its commentary in one paragraph, hard-wrapped numbered questions, self-prep question lists, numbered sample
answers and a case under a bare generic title."""

from __future__ import annotations

from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.posed import poses_question


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


def answers(report: ImportReport) -> list[str]:
    return [note.body.answer for note in report.notes]


def skipped(report: ImportReport) -> list[str]:
    return [str(item) for item in report.skipped]


# 1. A question posed after a scene, standing alone after an answer

POSED = """Questions for a platform lead

How do you run a weekly one-on-one?

I keep a shared doc. We start with their topics, then mine. Why do I do it that way? Because their agenda matters more.

Our team deploys only once a month. How would you get it to deploy every day?

I would start by measuring where the time goes. Then I would automate the release checklist. Would the team trust it \
at first? Probably not, so I would run both paths for a month.

You take over a group whose morale is low. What do you do first?

I listen before changing anything. I held skip-levels with all twelve people in two weeks.
The rollout slipped twice. What would the team think of me?
"""


def test_a_scene_and_the_question_it_poses_after_an_answer_starts_the_next_question(taxonomy):
    report = imported("bank.txt", taxonomy, POSED)
    assert questions(report) == [
        "How do you run a weekly one-on-one?",
        "Our team deploys only once a month. How would you get it to deploy every day?",
        "You take over a group whose morale is low. What do you do first?"]
    assert answers(report)[0].startswith("I keep a shared doc.") and "Why do I do it" in answers(report)[0]
    assert "Would the team trust it" in answers(report)[1]
    assert answers(report)[2].endswith("What would the team think of me?")


def test_lines_that_only_end_asking_are_not_posed_questions():
    assert poses_question("Our team ships weekly. How would you speed that up?")
    assert not poses_question("I shipped it weekly. Why did I do that?")
    assert not poses_question("The rollout slipped. Would the team trust it?")
    assert not poses_question("How would you speed that up? We ship weekly.")
    assert not poses_question("Interviewers want ownership here. What would you say?")
    assert not poses_question("How would you speed that up?")


def test_a_posed_question_inside_a_run_of_lines_stays_in_the_answer(taxonomy):
    text = ("How do you plan a quarter?\n\nI start from the goals.\nOur team had six of them. How would you pick "
            "three?\nWe voted.\n")
    report = imported("plan.txt", taxonomy, text)
    assert questions(report) == ["How do you plan a quarter?"]
    assert "How would you pick three?" in answers(report)[0]
