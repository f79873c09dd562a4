"""Round 6 blocks (fixtures in our own words): titled blocks with no written question.

In plain text, a labelled line with no question above it ("Lessons: ...") no longer swallows the titled text
after it: each title line heads its own text, reported under its title when it is no story, so nothing is dropped
without a report line. A title naming a story over terse notes in the past ("Skipped the dry run. Lost a night of
exports.") is one note, its title standing in for the question.
"""

from __future__ import annotations

import re

from leaderdeck.model import Kind, QaBody, StarBody
from importing import imported, kinds, messages, skipped


# 1. Plain text: titled blocks after an unanchored label, and stories told in terse notes

NOTES_TXT = """Billing migration story

I moved the billing service off the old queue in three weeks.
We shipped it behind a flag and I watched the error rates daily.

Lessons: a pilot on the hardest screen teaches more than a pilot on an easy whole
and it pays to pick the messy feature first

Old helper code kept for reference:
helpers/cache.js

function warm(cache) {
  cache.fill()
}

Outage story #2 (more a process slip than a bug) maybe:
Porting the export jobs to the new scheduler.
Skipped the dry run to save a day. Lost a night of exports.
Should have asked ops for the runbook first.

Outage story #3 (small one):
Tuning the search index by trial and error. Burned two sprints.
- learned to time box spikes

Interview tips for failure stories
Pick a failure that matters.
A short story beats a long one.
Keep it under two minutes.
"""


def _lines(report) -> list[int]:
    return [int(re.search(r"line (\d+)", line).group(1)) for line in skipped(report)]


def test_titled_text_after_an_unanchored_label_is_never_dropped_silently(taxonomy) -> None:
    report = imported(NOTES_TXT, taxonomy, name="notes.txt")
    lines = _lines(report)
    assert 9 in lines  # the pasted code, under its own title
    assert any("text under 'Old helper code kept for reference'" in line for line in skipped(report))
    # "Interview tips for failure stories" over its lines: the page's tips, on each of its three notes
    assert all(note.coach.tips == ("Pick a failure that matters.", "A short story beats a long one.",
                                   "Keep it under two minutes.") for note in report.notes)
    told = {note.body.question for note in report.notes if isinstance(note.body, QaBody)}
    assert told == {"Billing migration story", "Outage story #2 (more a process slip than a bug) maybe",
                    "Outage story #3 (small one)"}


def test_a_story_title_over_terse_past_notes_is_one_note(taxonomy) -> None:
    report = imported(NOTES_TXT, taxonomy, name="notes.txt")
    assert kinds(report) == {"qa": 3}
    slip = next(n for n in report.notes if n.body.question.startswith("Outage story #2"))
    assert "Skipped the dry run to save a day." in slip.body.answer
    assert "Should have asked ops for the runbook first." in slip.body.answer
    assert "Tuning the search" not in slip.body.answer
    assert any("no question for 3 stories" in line for line in messages(report))


def test_code_lines_are_not_titles(taxonomy) -> None:
    report = imported(NOTES_TXT, taxonomy, name="notes.txt")
    assert any("text under 'Old helper code kept for reference'" in line for line in skipped(report))
    assert not any("function warm" in line for line in skipped(report))


# 2. A goal line above a fenced STAR answer: what the question tests

GOAL_OVER_FENCE_MD = """# Prep for the platform lead loop

## Sample answers, told with STAR

### 1. "Tell me about a time you cut cloud spend."
**Goal**: Show cost awareness, measurement and follow-through.
**Answer**:
```text
S: Our storage bill had doubled in six months while traffic stayed flat.

T: I was asked to bring the bill back to last year's level without slowing the teams.

A: I tagged every bucket by owner, moved cold data to an archive tier and set lifecycle rules with each team.

R: The bill fell by forty percent within a quarter and no team missed a release.
```

### 2. "How do you handle a disagreement with a peer?"
**Goal**: Show listening, data and a shared decision.
**Answer**:
```text
S: A peer lead wanted to rewrite our gateway while I wanted to patch it.

T: We had to agree before the planning deadline.

A: I proposed a one-week spike with agreed measures and we reviewed the numbers together.

R: We patched first and scheduled the rewrite for the next half, and the peer still asks me to review designs.
```
"""


def test_a_goal_above_a_fenced_star_answer_is_a_signal_of_one_star_note(taxonomy) -> None:
    report = imported(GOAL_OVER_FENCE_MD, taxonomy)
    assert kinds(report) == {"star": 2}
    first = report.notes[0]
    assert first.kind is Kind.STAR and isinstance(first.body, StarBody) and not first.draft
    assert first.body.question == "Tell me about a time you cut cloud spend."
    assert first.body.situation.startswith("Our storage bill had doubled")
    assert first.body.result.startswith("The bill fell by forty percent")
    assert first.coach.signals == ("Show cost awareness, measurement and follow-through.",)


GOAL_IN_STORY_MD = """# Stories

## Tell me about a migration you led.

**Situation:** The billing jobs ran on a scheduler nobody owned.
**Goal:** Move every job to the shared platform by the end of the quarter.
**Action:** I listed the jobs, paired each with an owner and moved them in weekly batches.
**Result:** All forty jobs moved a week early and paging dropped by half.
"""


def test_a_goal_among_a_storys_parts_stays_its_task(taxonomy) -> None:
    report = imported(GOAL_IN_STORY_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.task.startswith("Move every job to the shared platform")
    assert not note.coach.signals


# 3. Case sections in the words of a take-home brief, and a table of principles and question patterns

CASE_MD = """# The Friday Release Freeze

## Overview

This exercise puts you in the seat of a new engineering manager at a small logistics startup.

## Company Context

**Your Role**: Engineering manager for the routing team, reporting to the VP of Engineering.

The team is six engineers who ship twice a week.

## The Scenario

It is Thursday afternoon and the release train leaves tomorrow. Three messages wait for you:

**1. Flaky checkout test** (chat, 3 PM)

```
The checkout suite failed twice today. Rerun passed. Ship anyway? - Priya
```

**2. Sales promise** (email)

```
I told the customer the new route planner lands Friday. Please confirm. - Omar
```

## What You Need to Deliver

Tell us what you do with each message, in which order, and who you involve.

## What We're Looking For

- Sound judgement on release risk
- Clear and honest communication with sales
"""

PRINCIPLES_MD = """# Values round

## Principle questions

| Principle | Question Pattern |
|-----------|------------------|
| Ownership | Describe a problem outside your remit that you fixed anyway |
| Frugality | Tell me about a time you delivered with half the budget |
| Bias for Action | Tell me about a decision you made with missing data |
"""


def test_a_case_with_deliver_and_looking_for_sections_is_one_scenario(taxonomy) -> None:
    report = imported(CASE_MD, taxonomy)
    assert kinds(report) == {"scenario": 1}
    note = report.notes[0]
    assert note.body.title == "The Friday Release Freeze"
    assert note.body.question.startswith("Tell us what you do with each message")
    assert "Engineering manager for the routing team" in note.body.situation
    assert "The checkout suite failed twice today." in note.body.situation
    assert note.coach.signals == ("Sound judgement on release risk", "Clear and honest communication with sales")
    assert not skipped(report)


def test_a_question_pattern_column_asks_and_the_principle_is_the_competency(taxonomy) -> None:
    report = imported(PRINCIPLES_MD, taxonomy)
    assert kinds(report) == {"qa": 3}
    first = report.notes[0]
    assert first.body.question == "Describe a problem outside your remit that you fixed anyway"
    assert first.competencies == ("Ownership",)
    assert [n.competencies for n in report.notes[1:]] == [("Frugality",), ("Bias for Action",)]


def test_other_question_column_names_ask_too(taxonomy) -> None:
    for header in ("Question pattern", "Sample question", "Example Question"):
        text = f"# Bank\n\n| Principle | {header} |\n|---|---|\n| Ownership | Tell me about a service you adopted |\n"
        report = imported(text, taxonomy)
        assert kinds(report) == {"qa": 1}, header
        assert report.notes[0].body.question == "Tell me about a service you adopted"


# 4. An interviewer's rubric: a competency heading over a probe about the candidate

RUBRIC_MD = """# Interviewing platform managers

## People leadership

### Growing senior engineers [Round 1]

What is the candidate's approach to growing senior engineers? How do they decide who gets the stretch work? Look for concrete stories.

- Pairs people with projects just past their reach.
- Gives credit in public and feedback in private.
- Tracks growth with written goals.

### Handling missed deadlines [Round 2]

How does the candidate react when a team misses a date? Ask for one example.

- Owns the miss before explaining it.
- Changes the plan, not just the date.
"""


def test_a_third_person_probe_under_a_competency_heading_is_a_draft_asked_of_you(taxonomy) -> None:
    report = imported(RUBRIC_MD, taxonomy)
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == ("What is your approach to growing senior engineers? "
                                   "How do you decide who gets the stretch work?")
    assert first.draft and not first.body.answer
    assert first.coach.signals == ("Look for concrete stories.", "Pairs people with projects just past their reach.",
                                   "Gives credit in public and feedback in private.",
                                   "Tracks growth with written goals.")
    assert second.body.question == "How do you react when a team misses a date?"
    assert second.coach.signals[0] == "Ask for one example."
    assert not any("text under" in line for line in skipped(report))


YES_NO_CRITERION_MD = """# Rubric

## Curiosity [Round 1]

Is the candidate curious? Does the candidate ask about a senior candidate's growth?

## Ownership [Round 2]

- Tell me about a service you took over.
"""


def test_a_yes_no_criterion_and_anyone_else_named_a_candidate_are_not_turned(taxonomy) -> None:
    report = imported(YES_NO_CRITERION_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a service you took over."]


def test_a_probe_is_turned_to_you_with_its_verbs() -> None:
    from leaderdeck.importers.probes import turned_probe

    assert turned_probe("What values does the candidate set for their team? Look for examples.") == (
        "What values do you set for your team?", "Look for examples.")
    assert turned_probe("Which habits the candidate teaches to a new candidate?") == (
        "Which habits you teach to a new candidate?", "")
    assert turned_probe("Is the candidate calm under pressure?") is None
