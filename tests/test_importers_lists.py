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

import pytest

from importing import kinds, messages
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.base import DocumentError
from leaderdeck.model import QaBody, StarBody


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


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


# 2. Plain-text STAR stories with one-letter labels and a title line

ONE_STORY = """Shrinking the build queue

S: Builds waited forty minutes at peak because every team shared four runners.
T: I had to get the wait under five minutes without a bigger budget.
A: I moved the slowest suites to nightly runs and gave each team a runner pool sized by its merges.
R: Peak waits dropped to three minutes within a month.
"""

STORY_BANK = """STORY 1 - Shrinking the build queue

S: Builds waited forty minutes at peak because every team shared four runners.
T: I had to get the wait under five minutes without a bigger budget.
A: I moved the slowest suites to nightly runs and gave each team a runner pool sized by its merges.
R: Peak waits dropped to three minutes within a month.
L: Measuring the queue first settled an argument that opinions had not.

Story 2: Rescuing a late partner launch

S: A partner integration was six weeks late and the contract date was fixed.
T: Ship something the partner could sell on the date.
A: I cut the scope to the two flows the partner demoed and paired our seniors with theirs.
R: We launched on the date; the remaining flows followed three weeks later.
+R: I now agree the demo flows with partners before any estimate.
"""


def test_a_plain_text_story_with_letter_labels_and_a_title_line_is_one_star(taxonomy):
    report = imported("story.txt", taxonomy, ONE_STORY)
    assert report.format == "plain text"
    assert kinds(report) == {"star": 1} and report.drafts == 0
    body = report.notes[0].body
    assert isinstance(body, StarBody)
    assert body.question == "Shrinking the build queue"
    assert body.situation.startswith("Builds waited forty minutes")
    assert body.task.startswith("I had to get the wait")
    assert body.action.startswith("I moved the slowest suites")
    assert body.result == "Peak waits dropped to three minutes within a month."
    assert "line 1: no question for story 'Shrinking the build queue': its title is used; write the question" \
        in messages(report)
    assert not report.skipped


def test_a_plain_text_story_bank_is_one_star_per_titled_story(taxonomy):
    report = imported("stories.txt", taxonomy, STORY_BANK)
    assert kinds(report) == {"star": 2} and report.drafts == 0
    queue, launch = (n.body for n in report.notes)
    assert queue.question == "Shrinking the build queue"  # "STORY 1 - " is numbering, not title
    assert queue.learning == "Measuring the queue first settled an argument that opinions had not."
    assert queue.result == "Peak waits dropped to three minutes within a month."  # the next title is not in it
    assert launch.question == "Rescuing a late partner launch"
    assert launch.situation.startswith("A partner integration")
    assert launch.learning == "I now agree the demo flows with partners before any estimate."
    assert [n.origin.line for n in report.notes] == [1, 9]
    checks = [m for m in messages(report) if "no question for" in m]
    # one line for the bank, not one per story
    assert checks == ["line 1: no question for 2 stories (lines 1, 9): each title is used; write the questions"]
    assert not report.skipped


def test_the_same_story_in_markdown_imports_the_same_and_is_reported_the_same(taxonomy):
    text = ("# Stories\n\n## Shrinking the build queue\n\n"
            + "".join(f"**{label}:** {line.split(': ', 1)[1]}\n\n" for label, line in
                      zip(("Situation", "Task", "Action", "Result"), ONE_STORY.splitlines()[2:])))
    markdown = imported("story.md", taxonomy, text)
    plain = imported("story.txt", taxonomy, ONE_STORY)
    assert kinds(markdown) == kinds(plain) == {"star": 1}
    assert markdown.notes[0].body == plain.notes[0].body
    assert "line 3: no question for story 'Shrinking the build queue': its title is used; write the question" \
        in messages(markdown)


def test_a_story_with_a_question_is_not_reported_for_its_title(taxonomy):
    text = "Tell me about a time you removed a bottleneck.\n\n" + ONE_STORY.split("\n", 2)[2]
    report = imported("story.txt", taxonomy, text)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.question == "Tell me about a time you removed a bottleneck."
    assert not [m for m in messages(report) if "no question for" in m]


def test_a_sentence_before_letter_labels_is_not_taken_for_a_title(taxonomy):
    """A line that ends like a sentence is text, never a title: a story with neither is an error of ours."""
    text = "These are my notes for Friday.\n\n" + ONE_STORY.split("\n", 2)[2]
    with pytest.raises(DocumentError) as raised:
        imported("story.txt", taxonomy, text)
    assert "nothing recognisable" in raised.value.problems[0].message
