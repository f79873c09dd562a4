"""Round 14 (a): a bank of the writer's own answers under headings that name a topic, not a question."""

from __future__ import annotations

import pytest
from importing import imported, messages, skipped

from leaderdeck.importers.base import DocumentError

from leaderdeck.model import Kind

BANK = """# Answers

## Handling an outage.
**S:** Our payment queue stalled on a Friday night.
**T:** I had to get refunds flowing again before Monday.
**A:** I drained the queue by hand and wrote a replay script.
**R:** Every refund went out by Sunday noon.

## Working in a team.
Let juniors own small releases. Pair on the scary parts. Demo day every sprint.

## Best moment at my last job

### At the depot
When the routing service went live I watched the drivers finish an hour early.
### At the lab
...

## Growth area:
**Over-polishing** (gold plating)
### Reviews
spent days on a dashboard nobody asked to be pixel perfect.

## Code review habits.
**S:** When I joined the billing team reviews took a week.

- I split reviews into small slices and answered within a day.
- I kept a checklist of the bugs we had shipped before.

## Mentoring.
**S:** A new hire was stuck on the build system.
**T:** I had to get her productive within her first sprint.
**A:** I paired with her for three mornings.
**R:** She shipped her first fix on day five.

## Five years from now
I want to lead a platform team and still write code every week.

## Why do you want this role?
....

---
loose notes for myself
call the recruiter on tuesday
"""


def _notes(report):
    return {note.body.question: note for note in report.notes}


def test_terse_answers_under_topic_headings_are_notes(taxonomy) -> None:
    report = imported(BANK, taxonomy)
    notes = _notes(report)
    team = notes["Working in a team."]
    assert team.kind is Kind.QA and not team.draft
    assert team.body.answer.strip() == "Let juniors own small releases. Pair on the scary parts. Demo day every sprint."
    assert not any("Working in a team" in line for line in skipped(report))


def test_sub_headings_inside_a_bank_answer_are_parts_of_it(taxonomy) -> None:
    notes = _notes(imported(BANK, taxonomy))
    best = notes["Best moment at my last job"]
    assert "drivers finish an hour early" in best.body.answer and "**At the depot**" in best.body.answer
    assert "At the depot" not in notes and "At the lab" not in notes


def test_a_bold_lead_under_a_colon_heading_is_kept(taxonomy) -> None:
    report = imported(BANK, taxonomy)
    growth = _notes(report)["Growth area"]
    assert "**Over-polishing** (gold plating)" in growth.body.answer
    assert "pixel perfect" in growth.body.answer
    assert not any(line.startswith(("line 20", "line 21", "line 22")) for line in skipped(report))


def test_a_lone_situation_story_takes_its_heading(taxonomy) -> None:
    report = imported(BANK, taxonomy)
    review = _notes(report)["Code review habits."]
    assert review.kind is Kind.STAR and review.draft
    assert review.body.situation.startswith("When I joined") and "answered within a day" in review.body.situation
    assert not any("no question or title above it" in line for line in skipped(report))
    assert "line 25: 'Code review habits.' is a draft: no Result" in messages(report)


def test_notes_after_the_closing_rule_are_reported_not_an_answer(taxonomy) -> None:
    report = imported(BANK, taxonomy)
    why = _notes(report)["Why do you want this role?"]
    assert why.draft and not why.body.answer
    assert "line 43: text after the closing rule (not part of a question)" in skipped(report)
    assert "line 39: 'Why do you want this role?' is a draft: a placeholder, not an answer" in messages(report)


def test_star_sections_and_first_person_prose_are_unchanged(taxonomy) -> None:
    report = imported(BANK, taxonomy)
    notes = _notes(report)
    assert notes["Handling an outage."].kind is Kind.STAR and notes["Mentoring."].kind is Kind.STAR
    assert notes["Five years from now"].body.answer.startswith("I want to lead")
    assert len(report.notes) == 8


STORY_NAMES = """# Stories

## The billing migration
I moved the invoices to the new ledger over two weekends and nobody noticed.

## The flaky deploys
I traced the failures to a shared cache and split it per service.

## The quiet intern
I set up weekly pairing with her and she presented at the demo.

## The lost backups
We found the backups had been empty for a month, so I wrote a restore drill.

## The vendor switch
I compared three vendors and moved us to the cheapest that met the audit.
"""


def test_named_stories_in_a_document_that_asks_nothing_are_no_questions(taxonomy) -> None:
    with pytest.raises(DocumentError) as error:
        imported(STORY_NAMES, taxonomy)
    assert "text under 'The billing migration' at line 4" in str(error.value.problems[0])


ADVICE = """# Tips

## Preparing.
Write your stories down before the loop.

## Practising
Say each answer out loud twice.

## Timing.
Keep every answer under three minutes.

## Follow-ups
Expect the interviewer to dig into your role.

## Closing
Ask about the team's next quarter.
"""


def test_advice_sections_are_no_bank_of_answers(taxonomy) -> None:
    report = imported(ADVICE + "\n## What would you ask them?\nHow the team plans its quarter.\n", taxonomy)
    assert [note.body.question for note in report.notes] == ["What would you ask them?"]
    assert "line 4: text under 'Preparing.' (not part of a question)" in skipped(report)


STORY_BANK = """# Loop prep

Which story fits which question?

## Story 1 - The stuck migration
- **S** - Our ledger migration stalled halfway and invoices were doubled.
- **T** - Stop the doubling and finish the move.
- **A** - I froze writes, replayed the journal and compared totals.
- **R** - The move finished two days later with no doubled invoice.

## Story 2 - The noisy alerts
- **S** - The on-call rota got forty pages a night.
- **T** - Cut the noise without missing real outages.
- **A** - I grouped alerts by cause and deleted the ones nobody acted on.
- **R** - Pages fell to three a night.

## Story 3 - The new hire
- **S** - A new hire could not run the build.
- **T** - Get him shipping in his first week.
- **A** - I paired with him and fixed the setup script.
- **R** - He merged his first change on day three.

## Pitch line
Platform engineer - I keep queues and databases boring.

## Day-before checklist
- Charge the headset.
- Print the stories.
"""


def test_a_bank_of_star_stories_keeps_its_prep_sections_reported(taxonomy) -> None:
    report = imported(STORY_BANK, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR] * 3 + [Kind.QA]
    assert report.notes[-1].body.question == "Pitch line"  # told as I in a document that asks: a prompt
    assert skipped(report) == ["line 27: text under 'Day-before checklist' (not part of a question)"]
