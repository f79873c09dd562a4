"""Round 30 fixes (b): question banks in Markdown and plain text, and spreadsheets, third round. (a) A CSV whose
every row a tool wrote whole inside one pair of quotes (``"role,question,level"`` over ``"Platform,How do you ...?,
Senior"``, quotes inside doubled) is read again with its separator, its columns given back, instead of the sheet
being refused for want of a question column; a one-column sheet of quoted questions holding commas stays one
column. (b) A question about the writer's resume or background that asks "you" for your view of it (``Is there
anything in my resume that gives you doubts about me?``, the classic closing question a candidate puts to the
interviewer) stays a question instead of being reported as one the writer asks for help; ``Which projects from my
resume fit this team best?``, put to nobody, is still reported.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "bank.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) rows written whole inside quotes ------------------------------------------------------------------------------

WHOLE_ROWS = ('"role,question,answer,keywords"\n'
              '"Platform,How do you pick what to pay down first?,By what slows the next quarter most.,""debt,cost"""\n'
              '"Platform,How do you hand over an on-call rota?,""Shadow a week, then swap roles."",""rota,handover"""\n'
              '\n'
              '"Growth,How do you settle a dispute over a launch date?,,""dates,trade-offs"""\n')


def test_rows_quoted_whole_are_read_as_their_columns(taxonomy) -> None:
    report = _import(WHOLE_ROWS, taxonomy, "bank.csv")
    assert [n.kind for n in report.notes] == [Kind.QA] * 3
    first, second, third = report.notes
    assert first.body.question == "How do you pick what to pay down first?"
    assert first.body.answer == "By what slows the next quarter most."
    assert second.body.answer == "Shadow a week, then swap roles."
    assert "Platform" in first.tags and "Growth" in third.tags
    assert third.draft and not first.draft
    assert "no question column" not in _messages(report)


def test_a_column_of_quoted_questions_holding_commas_stays_one_column(taxonomy) -> None:
    text = ('"What went wrong, and what did you change?"\n'
            '"Who did you bring in, and why them?"\n'
            '"How do you say no, kindly, to a director?"\n')
    report = _import(text, taxonomy, "bank.csv")
    assert [n.body.question for n in report.notes] == ["What went wrong, and what did you change?",
                                                      "Who did you bring in, and why them?",
                                                      "How do you say no, kindly, to a director?"]


# (b) a closing question about my background, put to the interviewer -----------------------------------------------

CLOSING = """# Questions for the panel

## About the team

### 1. "How does the team split on-call work?"

**Why ask it:** You learn how the load is shared.

### 2. "Is there anything in my resume that gives you doubts about my fit here?"

**Why ask it:** You can answer a doubt while you are still in the room.

### 3. "Which projects from my resume fit this team best?"
"""


def test_a_closing_question_about_my_background_put_to_you_stays_a_question(taxonomy) -> None:
    report = _import(CLOSING, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions[:2] == ["How does the team split on-call work?",
                             "Is there anything in my resume that gives you doubts about my fit here?"]
    assert "You can answer a doubt while you are still in the room." in report.notes[1].body.answer


def test_a_question_about_my_resume_put_to_nobody_is_still_reported(taxonomy) -> None:
    report = _import(CLOSING, taxonomy)
    assert "Which projects from my resume fit this team best?" not in [n.body.question for n in report.notes]
    assert "a question the writer asks for help" in _messages(report)
