"""Lists pasted into Markdown from a word processor: (a) questions lettered line by line (``a) ...`` over
``b) ...``) in one paragraph; (b) list marks padded out to a tab stop (``1.        Tell me about ...``); (c) bullet
glyphs copied with a tab after them (``•<TAB>``) over the glyphs of the depth below (``◦``).
(a) A paragraph whose lines, two or more, are lettered in order with one mark and each ask is a run of lettered
questions, as lettered paragraphs are: each line a question, the text after the run the last one's answer. Before,
the paragraph was one block of text and the page gave "nothing recognisable". Lettered lines that do not all ask
(the options of an answer) stay text.
(b) Markdown reads the text of a list item that starts five columns or more after its mark as code. A numbered or
bulleted line padded that way, standing alone, whose text holds no code is the item the writer numbered. Before,
each question became a code block and the page gave "nothing recognisable". Code so indented, a padded line inside
a fence, and a padded line with text right under it are left as Markdown reads them.
(c) A bullet glyph becomes a Markdown bullet with one space after it, whatever space followed the glyph, so the
bullets of the depth below, two columns in, nest under it. Before, after ``•<TAB>`` the answer's bullets were read as
more questions.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers.blocks import CODE
from leaderdeck.importers.reader import read_document_text

from importing import imported, kinds

STORY = "I planned a schema change without a way back. It stalled checkout for ten minutes; now every change I ship has a tested undo."


# (a) questions lettered line by line ------------------------------------------------------------------------------

@pytest.mark.parametrize("marks", [("a)", "b)"), ("a.", "b."), ("(a)", "(b)"), ("A)", "B)")])
def test_questions_lettered_line_by_line_are_questions(taxonomy, marks) -> None:
    text = (f"# Setbacks\n\n{marks[0]} Tell me about a time a plan of yours fell through.\n"
            f"{marks[1]} Tell me about a mistake you owned.\n\n{STORY}\n")
    report = imported(text, taxonomy, "setbacks.md")
    assert [note.prompt for note in report.notes] == ["Tell me about a time a plan of yours fell through.",
                                                       "Tell me about a mistake you owned."]
    first, second = report.notes
    assert first.draft and not first.body.answer
    assert second.body.answer == STORY


def test_lettered_options_under_a_question_stay_its_answer(taxonomy) -> None:
    text = ("## How would you handle a slipping launch?\n\nI would weigh three moves:\n\n"
            "a) Cut the scope of the first release\nb) Add a second team for two weeks\nc) Move the date\n")
    report = imported(text, taxonomy, "launch.md")
    (note,) = report.notes
    assert "a) Cut the scope of the first release" in note.body.answer
    assert "c) Move the date" in note.body.answer


def test_lettered_lines_not_all_asking_stay_one_paragraph(taxonomy) -> None:
    text = ("## Why did the migration stall?\n\nTwo reasons:\n\n"
            "a) Tell me about a time you waited on another team.\nb) The vendor's API changed twice.\n")
    report = imported(text, taxonomy, "stall.md")
    assert kinds(report) == {"qa": 1}
    assert "b) The vendor's API changed twice." in report.notes[0].body.answer


# (b) list marks padded out to a tab stop --------------------------------------------------------------------------

PADDED = """# Leadership questions

1.        Tell me about a time you missed a deadline.

I planned the launch around a vendor date that slipped. I told the sponsor early, cut scope and shipped the core two weeks later.

2.\t\tDescribe a disagreement with a peer.

A peer wanted to rewrite the service; I asked for data first. We ran a spike together and kept the old design.
"""


def test_padded_numbers_are_the_questions_of_a_list(taxonomy) -> None:
    report = imported(PADDED, taxonomy, "padded.md")
    assert [note.prompt for note in report.notes] == ["Tell me about a time you missed a deadline.",
                                                       "Describe a disagreement with a peer."]
    assert report.notes[0].body.answer.startswith("I planned the launch")
    assert report.notes[1].body.answer.startswith("A peer wanted to rewrite")


def test_padded_bullets_are_items(taxonomy) -> None:
    text = ("## What do you look for in a first hire?\n\n-        Someone who writes things down\n\n"
            "-        Someone who asks for help early\n")
    report = imported(text, taxonomy, "hire.md")
    (note,) = report.notes
    assert "```" not in note.body.answer
    assert "Someone who writes things down" in note.body.answer


def test_code_after_a_padded_mark_stays_code(taxonomy) -> None:
    text = ("## How do you check a deploy?\n\nI run the smoke suite first:\n\n"
            "1.        make smoke TARGET=prod; echo $?\n")
    report = imported(text, taxonomy, "deploy.md")
    (note,) = report.notes
    assert "```" in note.body.answer


def test_a_padded_line_inside_a_fence_stays_as_written(taxonomy) -> None:
    text = ("## How do you keep a runbook?\n\nI keep each step numbered:\n\n```\n"
            "1.        Page the owner\n```\n")
    report = imported(text, taxonomy, "runbook.md")
    (note,) = report.notes
    assert "1.        Page the owner" in note.body.answer


def test_a_padded_line_with_text_under_it_is_left_as_markdown_reads_it() -> None:
    doc = read_document_text("# Notes\n\n1.        Failure\nsome words typed right under it\n", "notes.md")
    assert [(block.kind, block.text) for block in doc.blocks if block.kind is CODE] == [(CODE, "Failure")]


# (c) bullet glyphs with a tab after them ---------------------------------------------------------------------------

TABBED_GLYPHS = """# Questions from my coach

\u2022\tTell me about a time you changed your mind.
\u2022\tHow do you handle a low performer?
\u25e6 Set the expectations down in writing
\u25e6 Agree on a date to look at progress together
"""


def test_round_bullets_under_tabbed_ones_nest_as_the_answer(taxonomy) -> None:
    report = imported(TABBED_GLYPHS, taxonomy, "coach.md")
    assert [note.prompt for note in report.notes] == ["Tell me about a time you changed your mind.",
                                                       "How do you handle a low performer?"]
    assert report.notes[1].body.answer == ("- Set the expectations down in writing\n"
                                           "- Agree on a date to look at progress together")
