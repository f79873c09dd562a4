"""Spreadsheets as people write them, and the role a scenario gives the reader (fixtures in our own words).

Headers with a separator or a trailing "text" ("question_text", "Answer Text");
a question on several rows; a script line in the question column; "You've
been VP Engineering..." naming the band a scenario is written for.
"""

from __future__ import annotations

import pytest

import importing
from importing import messages
from leaderdeck.importers import ImportReport
from leaderdeck.importers.base import Parsed
from leaderdeck.importers.evidence import note_level
from leaderdeck.importers.headers import header_mapping
from leaderdeck.model import Kind, Level, QaBody, ScenarioBody


def imported(text: str, taxonomy, name: str = "bank.csv") -> ImportReport:
    return importing.imported(text, taxonomy, name)


# 1. Column names


@pytest.mark.parametrize(("question", "answer"), [
    ("question_text", "answer_text"), ("Question Text", "Answer Text"), ("question-text", "ideal_answer"),
    ("QuestionText", "Model-Answer"), ("QUESTION_TEXT", "Suggested Answer Text"), ("Prompt", "response_text"),
])
def test_headers_are_read_whatever_separates_their_words_and_with_a_trailing_text(taxonomy, question, answer):
    report = imported(f"{question},{answer},Owner\nHow do you run a planning week?,We book two days.,Kim\n", taxonomy)
    note = report.notes[0]
    assert (note.body.question, note.body.answer) == ("How do you run a planning week?", "We book two days.")
    assert [str(s) for s in report.skipped] == ["line 1: column 'Owner' (not read (--keep-columns keeps it as a "
                                                "coach tip))"]


def test_text_alone_or_another_field_s_text_is_not_a_known_column():
    mapping, unknown = header_mapping(["Text", "question", "context_text", "text_size"])
    assert mapping == {1: "question"}
    assert unknown == ["Text", "context_text", "text_size"]


# 2. A question on several rows


def test_a_question_on_several_rows_keeps_every_row_and_says_so(taxonomy):
    text = ("question,answer\n"
            "How do you onboard a new lead?,Pair them for a week.\n"
            "What makes a good design review?,\n"
            "how do you onboard a new  lead,Give them one small win first.\n"
            "How do you onboard a new lead?.,\n")
    report = imported(text, taxonomy)
    assert len(report.notes) == 4
    assert len({n.id for n in report.notes}) == 4
    assert [n.body.answer for n in report.notes if "onboard" in n.body.question] == [
        "Pair them for a week.", "Give them one small win first.", ""]
    assert "line 2: 'How do you onboard a new lead?' is on 3 rows (lines 2, 4, 5): each is kept as a note of its " \
           "own; delete the ones you do not want" in messages(report)
    assert sum("rows" in m for m in messages(report)) == 1


def test_many_repeated_questions_are_one_line(taxonomy):
    rows = [f"Why would you pick option {n}?" for n in range(10)] * 2
    report = imported("question\n" + "\n".join(rows) + "\n", taxonomy)
    assert len(report.notes) == 20
    repeats = [m for m in messages(report) if "several rows" in m]
    assert repeats == ["line 2: 10 questions are on several rows (10 repeats), such as 'Why would you pick option "
                       "0?' (lines 2, 12): each row is kept as a note of its own; delete the repeats"]


def test_no_repeats_no_line(taxonomy):
    report = imported("question\nWhat did you ship last?\nWhat did you drop last?\n", taxonomy)
    assert not any("rows" in m for m in messages(report))


# 3. A row that does not ask


def test_an_unanswered_row_that_does_not_ask_is_kept_and_reported(taxonomy):
    text = ("Question Text,Pause\n"
            "Welcome; we will begin the session shortly.,5\n"
            "Tell me about a launch you would redo.,30\n"
            "Why do you want to lead this group?,30\n")
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes][0] == "Welcome; we will begin the session shortly."
    assert len(report.notes) == 3
    assert "line 2: 'Welcome; we will begin the session shortly.' does not read as a question: kept; edit or " \
           "delete what is not one" in messages(report)


def test_several_rows_that_do_not_ask_are_one_line(taxonomy):
    text = "question\nFirst we warm up.\nHow do you hire?\nNow the last part.\n"
    assert "line 2: 2 rows (lines 2, 4), such as 'First we warm up.', do not read as questions: kept; edit or " \
           "delete what is not one" in messages(imported(text, taxonomy))


def test_an_answered_prompt_that_is_not_phrased_as_a_question_is_not_reported(taxonomy):
    text = "question,answer\nContrast a roadmap with a backlog.,One is a promise of direction.\n"
    assert not any("read as a question" in m for m in messages(imported(text, taxonomy)))


# 4. The role a scenario gives the reader


def scenario(situation: str, question: str = "What do you do first?") -> Parsed:
    return Parsed(kind=Kind.SCENARIO, body=ScenarioBody(title="A hard month", situation=situation,
                                                        question=question), line=1)


@pytest.mark.parametrize(("situation", "level", "phrase"), [
    ("You've been VP Engineering at Lumo for a month.", Level.EXECUTIVE, "You've been VP Engineering"),
    ("You’ve been VP of Engineering at Lumo for a month.", Level.EXECUTIVE, "You’ve been VP of Engineering"),
    ("You have been the CTO of a 60-person firm since spring.", Level.EXECUTIVE, "You have been the CTO"),
    ("As VP Engineering, you inherit two teams.", Level.EXECUTIVE, "As VP Engineering"),
    ("You joined as Head of Engineering in June.", Level.DIRECTOR, "as Head of Engineering"),
    ("In your role as Director of Engineering, you own hiring.", Level.DIRECTOR, "as Director of Engineering"),
    ("You are a newly promoted Engineering manager.", Level.MANAGER, "You are a newly promoted Engineering manager"),
    ("You are the Tech Lead reporting to the Director of Platform.", Level.SENIOR, "You are the Tech Lead"),
])
def test_the_role_a_scenario_names_is_a_weak_guess_at_its_level(taxonomy, situation, level, phrase):
    decided = note_level(scenario(situation), taxonomy, None)
    assert (decided.value, decided.how, decided.evidence, decided.weak) == (level, "guessed", f"'{phrase}'", True)


@pytest.mark.parametrize("situation", [
    "You work as a team of five on payments.",
    "Tools such as Jira and Linear are in use.",
    "You were asked by the Board to cut costs.",
    "If you stepped in as CTO tomorrow, what would you change?",
    "What would you do first as the new VP of Sales?",
])
def test_no_role_no_guess(taxonomy, situation):
    assert note_level(scenario(situation), taxonomy, None).how == "default"


def test_a_stated_level_beats_the_role(taxonomy):
    item = Parsed(kind=Kind.QA, body=QaBody("As VP Engineering, how do you set goals?"), line=1, level_label="Staff")
    assert note_level(item, taxonomy, None).value is Level.STAFF


def test_a_spreadsheet_row_naming_a_role_reports_the_guess(taxonomy):
    report = imported("question\nAs Head of Engineering, how would you split a team of forty?\n", taxonomy)
    assert report.notes[0].level is Level.DIRECTOR
    assert "line 2: level guessed: director for 1 note, from 'As Head of Engineering' (weak); pass --level" \
        in messages(report)
