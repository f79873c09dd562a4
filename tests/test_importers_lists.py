"""Answers that are only a list, and plain-text STAR stories with one-letter labels (fixtures in our own words).

A question heading followed by nothing but a bullet or numbered list is a Q&A
note whose answer is that list; a heading worded like coaching ("What makes a
good ...?") that asks among other question headings is one of the questions,
while under a question it stays that question's coaching. In plain text a bare
line (or ``Story 2 - title``) standing before ``S:``/``T:``/``A:``/``R:``/``L:``
lines is the story's title; a story without a question takes its title as the
question, and the report says so.
"""

from __future__ import annotations

from leaderdeck.importers import ImportReport, import_text
from leaderdeck.model import QaBody, StarBody


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def kinds(report: ImportReport) -> dict[str, int]:
    return {kind.value: count for kind, count in report.counts.items()}


def messages(report: ImportReport) -> list[str]:
    return [str(item) for item in report.attention]


# 1. A question answered only by a list

LIST_BANK = """# Questions

### What makes a good on-call rotation?

- Nobody is on call more than one week in four
- Every page links to a runbook

### How do you close an incident review?

I end with named owners and dates for each follow-up.
"""


def test_a_question_answered_only_by_a_bullet_list_is_a_qa_note_and_its_neighbour_survives(taxonomy):
    report = imported("bank.md", taxonomy, LIST_BANK)
    assert kinds(report) == {"qa": 2} and report.drafts == 0
    rotation, review = report.notes
    assert rotation.body == QaBody("What makes a good on-call rotation?",
                                   "- Nobody is on call more than one week in four\n- Every page links to a runbook")
    assert not rotation.coach.tips
    assert review.body.question == "How do you close an incident review?"
    assert review.body.answer == "I end with named owners and dates for each follow-up."


def test_a_numbered_list_answer_keeps_its_numbers(taxonomy):
    text = LIST_BANK.replace("- Nobody", "1. Nobody").replace("- Every", "2. Every")
    rotation, _ = imported("bank.md", taxonomy, text).notes
    assert rotation.body.answer == "1. Nobody is on call more than one week in four\n2. Every page links to a runbook"


def test_a_questions_heading_over_question_headings_is_their_group(taxonomy):
    text = ("# Questions\n\n## How do you pick a queue?\n\nBy the ordering it must keep.\n\n"
            "## How do you retire an API?\n\nA dated deprecation notice and a usage dashboard.\n")
    report = imported("bank.md", taxonomy, text)
    assert kinds(report) == {"qa": 2}
    assert [n.body.question for n in report.notes] == ["How do you pick a queue?", "How do you retire an API?"]


FAQ = """---
title: Platform lead prep
level: staff
---

# Platform Lead Questions

## Contents
- [Delivery](#delivery)
- [People](#people)

## Delivery

### How do you decide when to pay down technical debt?

When the debt slows the roadmap more than the fix would, and I can show it with lead times.

### What makes a good migration plan?

- A way back at every step
- One team owns each cut-over
- Dates that the affected teams agreed to

## People

### How do you grow a senior engineer into a lead?

**What interviewers look for:** deliberate delegation, feedback loops.

**Sample answer:** I hand them one decision at a time with a safety net, then widen it.
"""


def test_a_list_answer_in_a_faq_is_not_filed_as_the_previous_question_s_tips(taxonomy):
    report = imported("faq.md", taxonomy, FAQ)
    assert kinds(report) == {"qa": 3} and report.drafts == 0
    debt, migration, lead = report.notes
    assert debt.body.answer == ("When the debt slows the roadmap more than the fix would, and I can show it with "
                                "lead times.")
    assert not debt.coach.tips and not debt.coach.signals  # the neighbour keeps only its own content
    assert migration.body.question == "What makes a good migration plan?"
    assert migration.body.answer == ("- A way back at every step\n- One team owns each cut-over\n"
                                     "- Dates that the affected teams agreed to")
    assert lead.coach.signals == ("deliberate delegation, feedback loops.",)
    assert lead.body.answer == "I hand them one decision at a time with a safety net, then widen it."
    assert any("Contents" in str(s) for s in report.skipped)


def test_a_coaching_heading_that_asks_under_a_question_stays_coaching(taxonomy):
    text = ("# How do you handle a missed deadline?\n\nI say so early and bring a new plan.\n\n"
            "## What makes a good answer?\n\n- Owning it\n- A concrete recovery\n")
    report = imported("coach.md", taxonomy, text)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.answer == "I say so early and bring a new plan."
    assert note.coach.tips == ("Owning it", "A concrete recovery")


def test_a_coaching_heading_among_coaching_headings_stays_coaching(taxonomy):
    """Only a run of question headings makes an asking coaching heading a question."""
    text = ("# Failure stories\n\n## Why they ask\n\nTo see how you learn.\n\n"
            "## What makes a good failure story?\n\n- Real stakes\n- A lesson you applied\n\n"
            "## Tell me about a time you failed\n\nI shipped a migration without a rollback; we lost an hour.\n")
    report = imported("fail.md", taxonomy, text)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about a time you failed"
    assert note.coach.tips == ("Real stakes", "A lesson you applied")
