"""Round 14 of real documents (f): anchors above story headings, questions the writer will ask the interviewer,
a story's closing line of uses, a level named by the interview round, a case's rules for the candidate."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.inlinehtml import is_spacer
from leaderdeck.importers.placeholders import is_placeholder
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


ANCHORED = """## Stories

<a id="queue-split"></a>
### Queue Split
**Situation**: One queue served both billing and email, and email bursts delayed invoices.  
**Task**: Keep invoices on time during bursts.  
**Action**:  
- Gave billing its own queue
- Added a per-tenant rate limit

**Result**:  
- Invoices went out on time through the holiday burst

**Key Learning**: Separate the work that has a deadline from the work that does not.

<a name="flaky-suite"></a>
### Flaky Suite
**Situation**: A third of our CI runs failed for no reason.  
**Task**: Make a red build mean something again.  
**Action**:  
- Quarantined the twenty flakiest tests

**Result**:  
- Reruns dropped by four fifths

**Key Learning**: A quarantine with an owner beats a retry.
"""


def test_an_anchor_line_above_the_next_story_leaves_the_learning_in_place(taxonomy):
    report = _import(ANCHORED, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR]
    assert [note.body.learning for note in report.notes] == [
        "Separate the work that has a deadline from the work that does not.",
        "A quarantine with an owner beats a retry."]
    assert not any("<a " in (note.body.learning + note.body.result) for note in report.notes)
    assert not any(item.line in (3, 16) for item in report.skipped)  # an anchor is nothing to report


@pytest.mark.parametrize("text, expected", [
    ('<a id="queue-split"></a>', True),
    ("<a name=top></a> <br>", True),
    ("<span id='x'/>", True),
    ("<your answer here>", False),  # a blank to fill, not markup
    ('<a href="#top">Back to top</a>', False),  # a link has text
    ("<https://example.com>", False),
])
def test_only_tags_that_mark_a_place_make_an_empty_paragraph(text, expected):
    assert is_spacer(text) is expected


def test_html_tags_are_no_template_blanks():
    assert not is_placeholder('We wrote it up in <a href="a">the runbook</a> and <a href="b">the wiki</a>.')
    assert not is_placeholder('Cut the pages in half.\n\n<a id="next"></a>')
    assert is_placeholder("At <Company> I led <team>.")


TO_ASK_THE_MANAGERS = """# Onsite Stories

## Story 1 — Queue split

- **S** — Email bursts delayed invoices because both shared one queue.
- **T** — Keep invoices on time.
- **A** — I gave billing its own queue and a rate limit per tenant.
- **R** — Invoices went out on time through the holiday burst.

## Questions to ask the managers (pick three)

- "How does the team split project work and support?" *(Ravi — Payments)*
- "What does a good first quarter look like?"
"""


def test_questions_to_ask_the_people_met_are_not_notes(taxonomy):
    report = _import(TO_ASK_THE_MANAGERS, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR]
    assert [(item.line, item.why) for item in report.skipped] == [(10, "questions to ask the interviewer")]


def test_questions_to_ask_candidates_stay_a_bank(taxonomy):
    text = "## Questions to ask candidates\n\n- How do you plan a migration?\n- How do you run an incident?\n"
    report = _import(text, taxonomy)
    assert [note.body.question for note in report.notes] == ["How do you plan a migration?",
                                                             "How do you run an incident?"]


LABEL_PAGE = """intro:
    - platform engineer for five years, mostly build tooling
    - I moved to developer experience because I like fast feedback

own the outcome (strength):
    - I finish the dull last ten percent of a migration
    - last spring I removed the old build system nobody wanted to touch

questions:
    - how many services does the platform team own?
    - what would you like me to pick up in my first month?

send the thank-you mail on friday
"""


def test_a_bare_questions_label_closing_a_page_of_answers_is_the_writers_own(taxonomy):
    report = _import(LABEL_PAGE, taxonomy, "prep.txt")
    assert [note.body.question for note in report.notes] == ["intro", "own the outcome (strength)"]
    assert not any(note.draft for note in report.notes)
    asked = [item for item in report.skipped if item.why == "questions to ask the interviewer"]
    assert [item.line for item in asked] == [9]


def test_a_questions_label_in_a_bank_that_asks_keeps_its_questions(taxonomy):
    text = ("Why do you want this role?\n    - I like build tooling\n\nquestions:\n"
            "    - how do you handle a missed deadline?\n    - how do you give feedback?\n")
    report = _import(text, taxonomy, "prep.txt")
    assert "how do you give feedback?" in [note.body.question for note in report.notes]


USES_LINE = """## Story 2 — Flaky suite

- **S** — A third of our CI runs failed for no reason and people merged on red.
- **T** — Make a red build mean something again.
- **A** — I quarantined the twenty flakiest tests and gave each an owner and a date.
- **R** — Reruns dropped by four fifths within a month.

*Also answers: "raising the bar," "owning a team problem."*

## Story 3 — Queue split

- **S** — Email bursts delayed invoices because both shared one queue.
- **T** — Keep invoices on time.
- **A** — I gave billing its own queue.
- **R** — Invoices went out on time.

Also fits: Tell me about a time you fixed a design flaw?
"""


def test_a_closing_line_of_what_else_a_story_answers_is_a_tip_not_its_result(taxonomy):
    report = _import(USES_LINE, taxonomy)
    first, second = report.notes
    assert first.body.result == "Reruns dropped by four fifths within a month."
    assert first.coach.tips == ('Also answers: "raising the bar," "owning a team problem."',)
    assert first.competencies == ()
    assert second.body.result == "Invoices went out on time."  # a question it fits: its question, as before
    assert second.body.question == "Tell me about a time you fixed a design flaw?"


ROUND_TITLE = """# {title}

## Story 1 — Queue split

- **S** — Email bursts delayed invoices because both shared one queue.
- **T** — Keep invoices on time.
- **A** — I gave billing its own queue.
- **R** — Invoices went out on time.
"""


@pytest.mark.parametrize("title", ["Manager Round — Story Notes", "Hiring Manager round prep", "EM call: my stories"])
def test_a_title_naming_the_round_with_a_manager_sets_no_level(taxonomy, title):
    report = _import(ROUND_TITLE.format(title=title), taxonomy)
    assert [note.level.value for note in report.notes] == ["senior"]
    assert any("no level stated" in item.message for item in report.attention)


def test_a_title_naming_the_managers_band_still_sets_it(taxonomy):
    report = _import(ROUND_TITLE.format(title="Engineering Manager Interview Prep"), taxonomy)
    assert [note.level.value for note in report.notes] == ["manager"]


CASE = """# Case: The Split Roadmap

## Scenario
You lead platform and product engineering. Two directors want the same four engineers next quarter.

## Your Task

Write how you would decide, and who you would tell first.

## What We're Looking For

- **Trade-offs:** Can you say what you give up?
- **Communication:** Do both directors hear the same story?

**Important note about this case:**
Work alone and without an assistant. Why? Because:
- The call is yours to make
- We want your reasoning, not a template
"""


def test_an_important_note_after_what_is_looked_for_is_a_tip_not_a_signal(taxonomy):
    report = _import(CASE, taxonomy)
    [note] = report.notes
    assert note.kind is Kind.SCENARIO
    assert note.coach.signals == ("**Trade-offs:** Can you say what you give up?",
                                  "**Communication:** Do both directors hear the same story?")
    assert note.coach.tips == ("Work alone and without an assistant. Why? Because:", "The call is yours to make",
                               "We want your reasoning, not a template")
