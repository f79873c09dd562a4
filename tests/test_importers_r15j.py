"""Round 15 (j): a chat pasted into a prep file (speakers' names and a colon, clock times between the turns) gives
no questions and no labels: it is set aside and reported once."""

from __future__ import annotations

import pytest
from importing import imported, skipped

from leaderdeck.importers.base import DocumentError

CHAT_ONLY = """==================
on-call story

me: which incident did you pick for the loop?

Priya: the night the search cluster ran out of disk
  
me: the whole cluster?
 
Priya: two of the five nodes, the rest held
09:41 PM 
me: how long did you talk about it?

Priya: about four minutes, then they dug into the alerting
09:43 PM
Priya: keep the timeline short and spend the time on what you changed afterwards
=================="""


def test_a_file_that_is_only_a_chat_is_an_error_naming_the_chat(taxonomy) -> None:
    with pytest.raises(DocumentError) as error:
        imported(CHAT_ONLY, taxonomy, name="chat.txt")
    message = str(error.value.problems[0])
    assert "a chat between 'me' and 'Priya', lines 4-16" in message
    assert "not interview questions" in message


BANK_AND_CHAT = """Questions I practise

1. Tell me about a release you delayed.
We held the payments release a week to finish the load test; the queue would have backed up on day one.

2. How do you onboard a new engineer?
I pair them on a small fix in their first week and let them ship it.

----------

me: did they ask you about onboarding?

Tomas: yes, twice
 
me: what did you say the second time?

Tomas: that the buddy does the first review
12:16 PM
me: and did that land?

Tomas: they nodded, then asked about hiring
"""


def test_a_chat_after_a_bank_is_reported_and_the_bank_keeps_its_notes(taxonomy) -> None:
    report = imported(BANK_AND_CHAT, taxonomy, name="prep.txt")
    questions = [note.body.question for note in report.notes]
    assert questions == ["Tell me about a release you delayed.", "How do you onboard a new engineer?"]
    assert "I pair them on a small fix" in report.notes[1].body.answer
    assert not any("Tomas" in note.body.answer or "12:" in note.body.answer for note in report.notes)
    chat = [line for line in skipped(report) if "a chat between" in line]
    assert chat == ["line 11: a chat between 'me' and 'Tomas', lines 11-21 (a pasted conversation: its questions "
                    "are the speakers' to each other, not interview questions)"]


MARKDOWN_CHAT = """# Notes from the call with Ines

## Why did you leave your last team?
The product was wound down and I wanted to stay close to payments.

## The call

ines: did you get the panel list?

me: yes, four people

ines: who is the hiring manager?

me: the one who runs the ledger team

ines: did you read his post about retries?

me: not yet, tonight
"""


def test_a_chat_in_markdown_under_a_heading_gives_no_questions(taxonomy) -> None:
    report = imported(MARKDOWN_CHAT, taxonomy, name="call.md")
    assert [note.body.question for note in report.notes] == ["Why did you leave your last team?"]
    assert any("a chat between 'ines' and 'me', lines 8-18" in line for line in skipped(report))


CLOCK_IN_ANSWER = """What slowed the release?
09:05 AM
The flaky suite held it for a day, so I quarantined the three worst tests.
"""


def test_a_time_of_day_alone_on_a_line_is_no_label(taxonomy) -> None:
    report = imported(CLOCK_IN_ANSWER, taxonomy, name="times.txt")
    assert len(report.notes) == 1
    assert report.notes[0].body.answer.startswith("09:05 AM\n")
    assert "**09:**" not in report.notes[0].body.answer


MOCK = """Mock loop with Dana

Dana: Tell me about a time you disagreed with your lead.
me: My lead wanted to skip the load test, so I ran a small one overnight and showed him the queue.
Dana: What did he say?
me: He moved the launch by a week.
Dana: Would you do it again?
me: Yes, but I would raise it a sprint earlier.
"""


def test_a_mock_interview_whose_interviewer_is_named_is_no_chat(taxonomy) -> None:
    report = imported(MOCK, taxonomy, name="mock.txt")
    assert not any("a chat between" in line for line in skipped(report))
    assert any("load test" in note.body.answer for note in report.notes)


ROLES = """Interviewer: Which launch went worst?
Me: The search rewrite; we shipped it without a rollback.
Interviewer: What happened next?
Me: I wrote the rollback that night.
Interviewer: Who did you tell?
Me: My manager and the support lead.
"""


def test_a_transcript_with_an_interviewer_role_is_no_chat(taxonomy) -> None:
    report = imported(ROLES, taxonomy, name="roles.txt")
    assert not any("a chat between" in line for line in skipped(report))
    assert report.notes


PAIRS = """How did you speed up the release train?

Before: deploys took an afternoon
After: deploys took ten minutes
Before: rollbacks were manual
After: rollbacks were one button
Before: nobody owned the pipeline
After: a rotation owned it
"""


def test_alternating_labels_that_ask_nothing_are_no_chat(taxonomy) -> None:
    report = imported(PAIRS, taxonomy, name="pairs.txt")
    assert [note.body.question for note in report.notes] == ["How did you speed up the release train?"]
    assert "rollbacks were one button" in report.notes[0].body.answer
    assert not any("a chat between" in line for line in skipped(report))


STAMPED = """# Prep

## What would you change about your last on-call rotation?
I would cap pages per night and hand the pager over at noon, not midnight.

## Pasted from the team chat

[09:15] **Rosa:** are you ready for Thursday?

[09:16] **me:** mostly, still weak on the hiring questions

[09:16] **Rosa:** do you want to practise tonight?

[09:17] **me:** yes, after eight

[09:18] **Rosa:** bring the story about the vendor switch

[09:18] **me:** will do
"""


def test_a_chat_with_bold_names_and_stamped_times_gives_no_questions(taxonomy) -> None:
    report = imported(STAMPED, taxonomy, name="stamped.md")
    assert [note.body.question for note in report.notes] == [
        "What would you change about your last on-call rotation?"]
    assert "Rosa" not in report.notes[0].body.answer
    assert any("a chat between 'Rosa' and 'me', lines 8-18" in line for line in skipped(report))
