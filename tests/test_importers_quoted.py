"""Questions quoted as the interviewer put them: (a) on a page of answers, each quote over its answer with no heading
of its own; (b) a request quoted under a heading that names it (``## Hard feedback`` over ``> Tell me about a time
...``).
(a) Where a page quotes two questions or more, each a quote of one paragraph standing alone that asks, right above a
paragraph or list that is not quoted, each quote is read as the question and the text under it as its answer.
Before, the page gave "nothing recognisable". A lone quoted question (a pull quote), a quote that tells as I, and a
paragraph of a longer quote stay quotes.
(b) A request that names the teller as "me" (``Tell me about ...``) asks; only a quote told as I ("I led the
rewrite.") is a quoted answer. Before, any quote with "me" in it was taken for one, and the heading's words became the
question.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers import DocumentError

from importing import imported

QUOTED = """# Coaching notes

> Tell me about a time you had to give hard feedback.

I told a senior engineer his reviews were blocking juniors; we agreed on a two-day review promise and he kept it.

> How do you decide when to rewrite a system?

Only when the cost of change keeps rising and we can ship the rewrite in slices.
"""


def test_quoted_questions_over_their_answers_are_notes(taxonomy) -> None:
    report = imported(QUOTED, taxonomy, "coaching.md")
    assert [note.prompt for note in report.notes] == ["Tell me about a time you had to give hard feedback.",
                                                       "How do you decide when to rewrite a system?"]
    assert report.notes[1].body.answer == "Only when the cost of change keeps rising and we can ship the rewrite in slices."


def test_quoted_questions_over_labelled_answers_are_notes(taxonomy) -> None:
    text = QUOTED.replace("\nI told", "\n**Answer:** I told").replace("\nOnly when", "\n**Answer:** Only when")
    report = imported(text, taxonomy, "coaching.md")
    assert len(report.notes) == 2
    assert report.notes[0].body.answer.startswith("I told a senior engineer")


def test_a_lone_quoted_question_stays_a_quote(taxonomy) -> None:
    text = ("## How do you run one-on-ones?\n\nWeekly, with an agenda the report owns.\n\n"
            "> What would you want to hear if you were them?\n\nI keep that line on my desk.\n")
    report = imported(text, taxonomy, "ones.md")
    assert [note.prompt for note in report.notes] == ["How do you run one-on-ones?"]


def test_a_quote_told_as_i_is_no_question(taxonomy) -> None:
    text = ("# Notes\n\n> I led the rewrite of our billing service.\n\nIt took a quarter.\n\n"
            "> I hired four engineers that year.\n\nTwo of them now lead teams.\n")
    with pytest.raises(DocumentError):
        imported(text, taxonomy, "notes.md")


def test_paragraphs_of_a_longer_quote_stay_quoted(taxonomy) -> None:
    text = ("## Why do you want this role?\n\nBecause the platform team is where I do my best work.\n\n"
            "> Why does anyone stay?\n>\n> Because the work is worth it.\n\nA mentor said that to me once.\n\n"
            "> What keeps you here?\n>\n> The people.\n\nShe said that too.\n")
    report = imported(text, taxonomy, "why.md")
    assert [note.prompt for note in report.notes] == ["Why do you want this role?"]


def test_a_quoted_request_under_a_heading_naming_it_is_its_question(taxonomy) -> None:
    text = ("## Hard feedback\n\n> Tell me about a time you had to give hard feedback.\n\n"
            "I told a senior engineer his reviews were blocking juniors; we agreed on a two-day review promise.\n")
    report = imported(text, taxonomy, "feedback.md")
    (note,) = report.notes
    assert note.prompt == "Tell me about a time you had to give hard feedback."
    assert note.body.answer.startswith("I told a senior engineer")
