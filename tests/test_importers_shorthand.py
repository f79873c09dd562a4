"""Shorthands of the writer's own: (a) a bank written as a definition list (a question on its own line, then ``: its
answer``); (b) a page whose only heading is a label word (``# Answers``) over questions and their answers.
(a) Two lines or more opening with a colon and a space, each under a line of text (right under it, or one blank line
below), are definitions: the colon goes, and each is the answer of the line above. Before, every answer began with
": ". A lone such line, or one under a heading, stays as written.
(b) A page titled by a label word and no other heading is read again with the title as the page's name when the
label reading finds nothing, as a page so titled over sections already was. Before, ``# Answers`` over questions and
their answers gave "nothing recognisable". A page whose only heading is a part's label over a story with no
question is still refused.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers import DocumentError

from importing import imported

# (a) a definition list -------------------------------------------------------------------------------------------

DEFINED = """# Answers

Tell me about a time you pushed back on a deadline.
: I showed the sponsor a burn-up chart with two scope options; we cut the reporting module and kept the date.

How do you grow senior engineers?

: I give each one a problem with no owner yet, and I read their design notes every week.
"""


def test_a_definition_list_gives_each_question_its_answer(taxonomy) -> None:
    report = imported(DEFINED, taxonomy, "answers.md")
    assert [note.prompt for note in report.notes] == ["Tell me about a time you pushed back on a deadline.",
                                                       "How do you grow senior engineers?"]
    assert report.notes[0].body.answer.startswith("I showed the sponsor")
    assert report.notes[1].body.answer.startswith("I give each one a problem")


def test_a_lone_line_opening_with_a_colon_stays_as_written(taxonomy) -> None:
    text = "## Why this company?\n\nYour product is the one my team relied on.\n: and I want to help shape it.\n"
    report = imported(text, taxonomy, "why.md")
    assert ": and I want to help shape it." in report.notes[0].body.answer


def test_a_colon_line_under_a_heading_is_no_definition(taxonomy) -> None:
    text = ("## How do you plan a quarter?\n: I start from the goals.\n\n"
            "## How do you run a retro?\n: I ask what surprised us.\n")
    report = imported(text, taxonomy, "plan.md")
    assert all(note.body.answer.startswith(":") for note in report.notes)


# (b) a page titled by a label word alone -------------------------------------------------------------------------

def test_a_page_titled_answers_over_questions_gives_them(taxonomy) -> None:
    text = ("# Answers\n\nWhy do you want this job?\nYour platform is the one my team relied on every day.\n\n"
            "How do you grow senior engineers?\nI give each one a problem with no owner yet.\n")
    report = imported(text, taxonomy, "answers.md")
    assert [note.prompt for note in report.notes] == ["Why do you want this job?", "How do you grow senior engineers?"]
    assert report.notes[1].body.answer == "I give each one a problem with no owner yet."


def test_a_page_titled_by_a_part_over_a_story_alone_is_still_refused(taxonomy) -> None:
    with pytest.raises(DocumentError):
        imported("# Situation\n\nOur team missed three launches in a row while I was away.\n", taxonomy, "s.md")
