"""Round 13 of real documents (f): a scraper's text glued onto a spreadsheet's questions."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.gluedtext import unglued
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


SCRAPED = """Role,Question
Tram Driver,"Punctuality: A driver keeps every stop on time, in all weather.”How do you plan a shift with roadworks?"
Tram Driver,Read the guide. Question 1 of 24What would you say to a rude passenger?
Tram Driver,Safety matters most in this job. How do you check the brakes before a run?
Tram Driver,"Which tools.Any?"
Tram Driver,Have you worked with ASP.Net Core and what did you build?
"""


def test_glued_sentence_and_counter_are_cut_from_the_question(taxonomy):
    report = _import(SCRAPED, taxonomy, "rows.csv")
    questions = [note.body.question for note in report.notes]
    assert questions[:2] == ["How do you plan a shift with roadworks?", "What would you say to a rude passenger?"]
    cuts = [item for item in report.skipped if "glued" in item.why]
    assert [item.line for item in cuts] == [2, 3]
    assert cuts[0].what.startswith("'Punctuality: A driver keeps every stop")
    assert cuts[1].what == "'Read the guide. Question 1 of 24' before the question"


def test_context_after_a_space_and_words_with_inner_stops_stay_whole(taxonomy):
    report = _import(SCRAPED, taxonomy, "rows.csv")
    questions = [note.body.question for note in report.notes]
    assert questions[2:] == ["Safety matters most in this job. How do you check the brakes before a run?",
                             "Which tools.Any?", "Have you worked with ASP.Net Core and what did you build?"]
    assert len(report.notes) == 5 and all(note.kind is Kind.QA for note in report.notes)


@pytest.mark.parametrize("cell", [
    "How did you fix it?What did you learn from it?",  # two questions: neither is a scraper's text
    "We shipped in 2021.Then?",  # too short to be a question of its own
    "Tell me about the last outage you led.",  # no question after the joint
])
def test_no_cut_where_nothing_glued_reads_as_a_question(cell):
    assert unglued(cell) == (cell, "")
