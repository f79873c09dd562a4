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


# 3. What a strong answer covers, and a sample answer's structure with blanks

THEMES_MD = """# Senior loop

### Q: How do you run an incident review?

**Strong answer themes**:
- Blameless framing from the first minute
- Actions with owners and dates

---

### Q: What is the biggest saving you have delivered?

**Strong answer themes**:
- Numbers (bill down X%, $Y a month back)
- A change others kept using

---

### Q: Tell me about a time you led a risky migration.

**What interviewers want to see**:
- You planned a rollback

**Sample answer structure**:
> "Our ledger service had to move to the new cluster before the yearly audit, and the old one was out of
> support. I owned the cutover plan and the rollback drill.
> We rehearsed it X times, moved Y tenants a night and finished Z days early, with no missed payment."
"""


def test_strong_answer_themes_are_signals_of_a_draft_for_every_question(taxonomy):
    report = imported(THEMES_MD, taxonomy)
    assert kinds(report) == {"qa": 3}
    review, saving, migration = report.notes
    assert review.coach.signals == ("Blameless framing from the first minute", "Actions with owners and dates")
    assert saving.coach.signals == ("Numbers (bill down X%, $Y a month back)", "A change others kept using")
    for note in (review, saving):
        assert note.draft and note.body.answer == ""
    said = messages(report)
    assert "line 3: 'How do you run an incident review?' is a draft: no answer, only what interviewers look for" in said
    assert "line 11: 'What is the biggest saving you have delivered?' is a draft: no answer, only what interviewers " \
           "look for" in said


def test_a_sample_answer_structure_with_letter_blanks_is_the_draft_s_answer(taxonomy):
    report = imported(THEMES_MD, taxonomy)
    migration = report.notes[2]
    assert migration.coach.signals == ("You planned a rollback",)
    assert migration.body.answer.startswith('Our ledger service had to move to the new cluster')
    assert "finished Z days early" in migration.body.answer
    assert migration.draft
    assert "line 19: 'Tell me about a time you led a risky migration.' is a draft: its answer has blanks to fill in " \
           "(X, Y, Z)" in messages(report)


def test_letters_naming_plans_or_things_are_no_blanks(taxonomy):
    answer = ("Our payments team had two ways to leave the old queue before the contract ran out in March. We "
              "weighed plan X against plan Y for a week, took an X-ray of the costs with finance and chose X "
              "because it kept the launch date and let the support team keep their tools.")
    report = imported(f"# Prep\n\n## Tell me about a hard choice.\n\n{answer}\n", taxonomy)
    assert report.notes[0].body.answer == answer
    assert not report.notes[0].draft
    assert not any("blanks" in m for m in messages(report))


def test_letters_in_a_remark_quoted_on_one_line_are_no_blanks(taxonomy):
    answer = ("When the reorg was announced I kept the team on what we knew. I told my leads to frame each week as "
              "\u201cWe know X and Y, we are still learning Z.\u201d We paused speculative work, shipped the billing "
              "fixes and lost nobody in the six months that followed.")
    report = imported(f"# Prep\n\n## How do you lead through ambiguity?\n\n{answer}\n", taxonomy)
    assert report.notes[0].body.answer == answer
    assert not report.notes[0].draft


# 4. A take-home case's numbered inbox items are its challenges

INBOX_MD = """# The Tuesday Backlog

## Overview

This exercise puts you in the seat of a new engineering lead at a small logistics startup.

## The Scenario

You are back from a conference. Your messages:

**1. 🚨 Failed deploy** (Chat, Monday 10:02 PM)

```
The routing deploy rolled back twice tonight. I left it on the old build. - Rui
```

**2. 📅 Planning clash** (Email)

> Can we move sprint planning to Thursday? Half the team is at the offsite. - Mara

**3. 💸 Cloud bill** (Chat DM from Finance)

```
Storage costs doubled in May. What changed?
```

## Your Task

Decide what you do with each message and in what order, and say why.
"""


def test_numbered_items_over_messages_are_the_case_s_challenges(taxonomy):
    report = imported(INBOX_MD, taxonomy)
    assert kinds(report) == {"scenario": 1}
    body = report.notes[0].body
    assert body.title == "The Tuesday Backlog"
    assert body.challenges == ("1. 🚨 Failed deploy (Chat, Monday 10:02 PM)", "2. 📅 Planning clash (Email)",
                               "3. 💸 Cloud bill (Chat DM from Finance)")
    assert body.question == "Decide what you do with each message and in what order, and say why."
    assert "**1. 🚨 Failed deploy** (Chat, Monday 10:02 PM)\n\n```\nThe routing deploy rolled back" in body.situation
    assert "Half the team is at the offsite." in body.situation
    assert "****" not in body.situation


HEADED_INBOX_MD = """# Case: The full queue

## Background

You lead a team of six that owns the payments API.

### **1. Outage** (pager, Sunday)

```
The export died again at 3 AM.
```

### **2. Hiring** (email)

```
Can you interview two candidates on Thursday?
```

## Your task

Plan your Monday.
"""


def test_a_bold_heading_is_never_wrapped_in_bold_twice_and_numbered_headings_are_challenges(taxonomy):
    report = imported(HEADED_INBOX_MD, taxonomy)
    assert kinds(report) == {"scenario": 1}
    body = report.notes[0].body
    assert "****" not in body.situation
    assert "**1. Outage** (pager, Sunday)" in body.situation
    assert body.challenges == ("1. Outage (pager, Sunday)", "2. Hiring (email)")


STEPS_MD = """# Case: The slow release

## Background

Our releases take a full day.

**1. Build** (the longest step)

It runs every test twice.

**2. Sign-off** (a manual step)

Two people approve by hand.

## Your task

Cut the release to an hour.
"""


def test_numbered_bold_lines_over_plain_text_stay_in_the_situation(taxonomy):
    report = imported(STEPS_MD, taxonomy)
    body = report.notes[0].body
    assert body.challenges == ()
    assert "**1. Build** (the longest step)\n\nIt runs every test twice." in body.situation
