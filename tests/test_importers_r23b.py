"""Round 23 fixes (b): documents by other authors in the scenario, spreadsheet and plain-text families. An answer
column named by its kind ("My STAR answer"), a spreadsheet's totals row, ..."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) an answer column named by its kind ------------------------------------------------------------------------

ANSWER_KIND = ('Name,Tags,My STAR answer\n'
               '"Worst hire I made","Hiring","Situation: We needed a lead fast.\nTask: Fill the seat in a month.\n'
               'Action: I skipped the reference calls.\nResult: He left after ten weeks."\n'
               'Why this company?,Motivation,"The product is one I use every day."\n')


def test_an_answer_column_named_by_its_kind_is_read(taxonomy) -> None:
    report = _import(ANSWER_KIND, taxonomy, "bank.csv")
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.QA]
    story = report.notes[0]
    assert story.body.action.startswith("I skipped the reference calls")
    assert not story.draft
    assert report.notes[1].body.answer.startswith("The product is one I use every day")
    assert "My STAR answer" not in _messages(report)


def test_a_bad_answer_column_is_not_read_as_the_answer(taxonomy) -> None:
    text = "Question,Bad answer\nHow do you plan a quarter?,I just wing it.\n"
    report = _import(text, taxonomy, "bank.csv")
    assert not report.notes[0].body.answer.startswith("I just wing it")


# (b) a spreadsheet's totals row -------------------------------------------------------------------------------

TOTALS = ("Question;Answer;Confidence\r\n"
          "How do you run a retro?;Blameless, timed, with owners for each action.;4\r\n"
          ";;\r\n"
          "Total;;4\r\n")


def test_a_totals_row_is_reported_not_a_note(taxonomy) -> None:
    report = _import(TOTALS, taxonomy, "bank.csv")
    assert len(report.notes) == 1
    assert "a totals row" in _messages(report)


def test_a_question_that_starts_with_a_summing_word_stays(taxonomy) -> None:
    text = "Question,Answer\nTotal cost of ownership: how do you weigh it?,Three-year view with staff time.\n"
    report = _import(text, taxonomy, "bank.csv")
    assert len(report.notes) == 1
