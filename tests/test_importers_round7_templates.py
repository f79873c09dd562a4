"""Round 7 templates (fixtures in our own words): STAR parts that instruct or only give timings are no story; what a
strong answer covers is a draft's signals; a take-home case's numbered inbox items are its challenges."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped


# 1. A STAR framework written as sub-headings over bullets that instruct

GUIDE_MD = """# Loop prep

## Telling it well

### Situation
- Sketch the team and the stakes
- Keep it to two sentences

### Task
- Name what you owned
- Say what success looked like for you

### Action
- Walk through your steps in order
- Connect each step to a reason

### Result
- Give a number where you can
- Close with what you would repeat

## Questions

### Tell me about a time you rescued a late project.
"""


def test_a_framework_of_instructing_sub_headings_is_skipped_once(taxonomy):
    report = imported(GUIDE_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "Tell me about a time you rescued a late project."
    said = skipped(report)
    assert "line 3: STAR template (instructions for an answer, not an answer)" in said
    assert not any("line 4" in s or "line 8" in s or "line 12" in s or "line 16" in s for s in said)


FILLED_MD = """# My stories

## The night the billing job stalled

### Situation
- Our billing export stalled on the last night of the quarter
- Finance needed the file by six in the morning

### Task
- I was the engineer on call

### Action
- I split the export by region and reran the slow shard
- Paged the database owner about the lock

### Result
- We delivered the file at five and I wrote the runbook the next week
"""


def test_a_story_told_under_the_same_sub_headings_stays_a_story(taxonomy):
    report = imported(FILLED_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "The night the billing job stalled"
    assert note.body.task == "- I was the engineer on call"
    assert not note.draft


TERSE_MD = """# Notes

## Quarter close incident

### Situation
- Describe nothing, the export stalled at midnight

### Action
- Moved the slow shard to its own worker
- Explain later

### Result
- Finished by five
"""


def test_terse_notes_in_the_past_are_no_framework(taxonomy):
    report = imported(TERSE_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.action == "- Moved the slow shard to its own worker\n- Explain later"


# 2. STAR labels whose values are timings

PACING_MD = """# Delivery tips

## Story pacing
- Opening: 20 seconds
- Situation/Task: 30 seconds
- Action: 60-90 seconds
- Result: 30 seconds
- Total: 2-3 minutes per story

## Tell me about a time you missed a deadline.

I told my lead early, cut the export feature and shipped the rest on the date.
"""


def test_star_labels_giving_only_timings_are_skipped_as_pacing(taxonomy):
    report = imported(PACING_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.question == "Tell me about a time you missed a deadline."
    said = skipped(report)
    assert "line 3: 'Story pacing' (how long to spend on each STAR part, not a story)" in said
    assert not any("line 4" in s or "line 5" in s for s in said)
    assert not any("Story pacing" in m for m in messages(report))


PACED_QUESTION_MD = """# Practice

## Tell me about a time you changed a team's process.

- Situation: 20%
- Action: 60%
- Result: 20%
"""


def test_timings_under_a_question_are_its_tips_not_a_story(taxonomy):
    report = imported(PACED_QUESTION_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.answer == ""
    assert note.coach.tips == ("Situation: 20%", "Action: 60%", "Result: 20%")
    assert note.draft
    assert "line 3: 'Tell me about a time you changed a team's process.' is a draft: no answer" in messages(report)
