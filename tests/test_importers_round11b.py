"""Round 11 of real documents (b): template stories of blanks are skipped one by one, with their facts; coaching
stays with its section; principle headings give their competency to every note under them; advice bullets under
a question heading are its tips; numbered principles between questions head them; a blank scorecard gives nothing."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.base import DocumentError
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


TEMPLATE_THEN_STORY = """# Story bank

## 1. [Story Title]

**Tags:** [pick: speed, scale, people]

**Context:** [Team], [Quarter]. [One line of setup.]

**Situation:** [What was broken?]

**Task:** [What did you own?]

**Action:**
- [First step]
- [Second step]

**Result:**
- [Number that moved]

---

## 2. Rebuilding the on-call rota

**Tags:** on-call, reliability

**Situation:** Our pager woke the same two engineers every week and one of them was about to quit.

**Task:** I had to spread the load without hiring.

**Action:**
- I paired every new engineer with a veteran for their first three shifts.

**Result:**
- Pages per person fell by half within a quarter.
"""


def test_a_template_story_is_skipped_with_its_own_report_line(taxonomy):
    report = _import(TEMPLATE_THEN_STORY, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR]
    assert any(item.line == 3 and "template" in item.why for item in report.skipped)


def test_a_template_storys_facts_stay_with_it(taxonomy):
    note = _import(TEMPLATE_THEN_STORY, taxonomy).notes[0]
    assert note.tags == ("on-call", "reliability")
    assert "[Team]" not in note.body.situation
    assert note.body.situation.startswith("Our pager")


ONLY_TEMPLATES = """# My stories

## 1. [Story name]

**Tags:** [pick: speed, scale]

**Context:** [Team], [Year]. [Setup.]

**Situation:** [What was broken?]

**Action:**
- [First step]

---

## 2. [Hard Call Story]

**Tags:** judgement, [more]

**Context:** [Team], [Year].

**Situation:** [What made it hard?]

**Result:**
- [What happened]
"""


def test_a_bank_of_template_stories_gives_no_draft_and_names_each(taxonomy):
    with pytest.raises(DocumentError) as caught:
        _import(ONLY_TEMPLATES, taxonomy)
    message = caught.value.problems[0].message
    assert "'[Story name]' at line 3" in message
    assert "'[Hard Call Story]' at line 16" in message


FAR_SIGNALS = """# Loop notes

## Behavioural round

### Sample questions

- "Tell me about a time you kept a migration going after its owner left"
- "Describe a chore you finished that nobody asked you to finish"

## Design round

### How the round runs

One broad prompt, forty minutes, a whiteboard.

### What They Look For

1. **Capacity** - numbers before boxes
2. **Failure modes** - what breaks first
"""


def test_coaching_of_a_section_without_questions_stays_with_it(taxonomy):
    report = _import(FAR_SIGNALS, taxonomy)
    assert len(report.notes) == 2
    assert all(not note.coach.signals for note in report.notes)
    assert any(item.line == 16 and "What They Look For" in item.what for item in report.skipped)


EXPLAINER = """# Loop guide

## Background

### Why Panel Loops Are Different

Every round is scored against written values; other firms judge fit by feel.

### What Is a Shadow Interviewer?

- A trainee who watches the round
- Takes no part in the vote

## Sample questions

- "Tell me about a time you shipped something you were unsure of"
- "Describe a decision you reversed after launch"
"""


def test_a_background_section_explaining_terms_is_reported_not_a_notes_context(taxonomy):
    report = _import(EXPLAINER, taxonomy)
    assert len(report.notes) == 2 and all(not note.coach.tips for note in report.notes)
    assert any(item.line == 3 and "Background" in item.what for item in report.skipped)


def test_a_background_over_a_scene_still_sets_the_question(taxonomy):
    text = ("## Background\n\nYour team of six owns billing and the on-call load doubled this quarter.\n\n"
            "## Question\n\nHow would you cut the pages in half?\n")
    (note,) = _import(text, taxonomy).notes
    assert "on-call load doubled" in " ".join([*note.coach.tips, note.body.answer, note.prompt])


PRINCIPLE_STORIES = """# Story bank

### 1. Ownership

**Example Question**: "Tell me about a time you kept a service running that nobody owned."

<details>
<summary>Story: The orphaned export job (Click to expand)</summary>

- **Situation**: A nightly export had no owner after a reorg and failed twice a week.
- **Task**: I chose to own it until a team took it over.
- **Action**: I added alerts, wrote a runbook and moved it onto our scheduler.
- **Result**: It has not failed in six months.

</details>

<details>
<summary>Story: The stale search index (Click to expand)</summary>

- **Situation**: The search index had drifted days behind the catalogue.
- **Task**: Nobody had touched it in a year, so I took it on.
- **Action**: I rebuilt it with an incremental loader.
- **Result**: Search results now lag by minutes, not days.

</details>
"""


def test_a_principle_heading_over_several_stories_is_each_storys_competency(taxonomy):
    notes = _import(PRINCIPLE_STORIES, taxonomy).notes
    assert len(notes) == 2
    assert all(note.kind is Kind.STAR and note.competencies == ("Ownership",) for note in notes)


PRINCIPLE_QUESTIONS = """# Loop prep

### Questions by principle

#### Customer Obsession

- "Tell me about a time you changed a plan after talking to a user"
- "Describe a trade-off you made for a customer"

#### Dive Deep

- "Tell me about a bug you traced through three systems"
- "Describe a time a metric misled your team"
"""


def test_principle_headings_over_questions_give_each_question_its_competency(taxonomy):
    notes = _import(PRINCIPLE_QUESTIONS, taxonomy).notes
    assert [note.competencies for note in notes] == [("Customer Obsession",)] * 2 + [("Dive Deep",)] * 2


ROUND_GROUPS = """# Loop prep

## Manager round

- Tell me about a time you changed a plan after talking to a user?
- Describe a trade-off you made for a customer?

## Director round

- Tell me about a bug you traced through three systems?
- Describe a time a metric misled your team?
"""


def test_headings_naming_rounds_give_no_competency(taxonomy):
    notes = _import(ROUND_GROUPS, taxonomy).notes
    assert len(notes) == 4 and all(not note.competencies for note in notes)


def test_unnumbered_groups_under_a_plain_heading_give_no_competency(taxonomy):
    text = ("# Loop prep\n\n## Always asked\n\n- Why this team?\n- Why now?\n\n"
            "## Situational\n\n- How would you handle a missed launch?\n- How would you split a team?\n")
    notes = _import(text, taxonomy).notes
    assert len(notes) == 4 and all(not note.competencies for note in notes)


ADVICE_ITEMS = """# Prep themes

### Tell me about a time you rescued a late migration
- Open with the deadline and what was at risk.
- Explain how you cut scope and who agreed to it.
- Show what you changed so it would not slip again.

### Tell me about a time you coached a new lead
- Describe where they struggled and how you paired with them.
- Point to one thing they now do without you.
"""


def test_advice_items_under_a_question_heading_are_its_tips(taxonomy):
    notes = _import(ADVICE_ITEMS, taxonomy).notes
    assert [note.prompt for note in notes] == ["Tell me about a time you rescued a late migration",
                                               "Tell me about a time you coached a new lead"]
    assert [len(note.coach.tips) for note in notes] == [3, 2]
    assert all(note.draft and not note.body.answer for note in notes)


FOLLOW_UP_REQUESTS = """# Loop

### Tell me about a time you rescued a late migration
- Describe the scope you cut.
- Explain who agreed to it.
"""


def test_a_list_made_only_of_requests_is_not_taken_as_advice(taxonomy):
    notes = _import(FOLLOW_UP_REQUESTS, taxonomy).notes
    assert not any(note.coach.tips for note in notes)


PRINCIPLE_ITEMS = """## Values questions
1. Customer Focus
Teams begin from what the user needs and work back from it.


2. Ownership
Owners think in years and never say a task is not theirs.
------
Tell me about a time you fixed something outside your team's area?

3. Simplicity
Good teams remove steps before they add tools.
------
Tell me about a time you removed a process step.
I dropped the manual sign-off from our release checklist after showing it caught nothing in a year.

4. Frugality
Do more with less.
----
"""


def test_numbered_principles_between_questions_are_their_competencies_not_answers(taxonomy):
    report = _import(PRINCIPLE_ITEMS, taxonomy)
    first, second = report.notes
    assert first.competencies == ("Ownership",) and first.draft and not first.body.answer
    assert second.competencies == ("Simplicity",)
    assert second.body.answer.strip() == ("I dropped the manual sign-off from our release checklist after showing "
                                          "it caught nothing in a year.")
    assert {item.line for item in report.skipped} >= {3, 7, 12, 18}


def test_a_numbered_list_of_names_without_questions_between_is_left_alone(taxonomy):
    text = ("## Tell me about a time you led a migration?\n\n1. Planning Phase\nWe mapped every job first.\n\n"
            "2. Cutover Night\nWe moved the jobs in three waves.\n")
    note = _import(text, taxonomy).notes[0]
    assert "Planning Phase" in note.body.answer and not note.competencies


def test_numbered_steps_of_answers_between_questions_stay_answers(taxonomy):
    text = ("## Bank\n\nTell me about a time you led a migration?\n\n1. Planning Phase\nWe mapped every job first.\n\n"
            "2. Cutover Night\nWe moved the jobs in three waves.\n\nTell me about a time you cut costs?\n\n"
            "1. Spot Instances\nI moved batch work to spot capacity.\n")
    notes = _import(text, taxonomy).notes
    assert len(notes) == 2 and "Cutover Night" in notes[0].body.answer and not notes[0].competencies


FEEDBACK_FORM = """# Debrief form

## Candidate
- Name:
- Panel:

## Panel Signals
- Where did the candidate go deeper than asked?
- What did they skip or gloss over?

## Decision
- Verdict:
- Main evidence:

## Follow-Up Topics
- If moving forward, what should the final panel test?
- If stopping here, which gap decided it?
"""


def test_a_blank_interviewers_scorecard_gives_no_note_and_says_so(taxonomy):
    with pytest.raises(DocumentError) as caught:
        _import(FEEDBACK_FORM, taxonomy)
    assert caught.value.problems[0].message == ("nothing recognisable as a note (an interviewer's scorecard to fill "
                                                "in: no interview questions)")


def test_questions_beside_a_few_empty_fields_are_still_imported(taxonomy):
    text = ("# Prep\n\n- Name:\n- Date:\n- Role:\n\n## Questions\n"
            "- If you joined tomorrow, what would you change first?\n- Why would your peers call you the fixer?\n")
    assert len(_import(text, taxonomy).notes) == 2


def test_a_competency_given_by_a_group_heading_states_no_topic(taxonomy):
    numbered = ("# Prep\n\n## 1. Teamwork & Collaboration\n\n- How do you handle team conflicts?\n"
                "- Describe a successful team project\n\n## 2. Failure and Learning\n\n"
                "- Tell me about a time you failed and how you handled it\n- Describe a time you received critical feedback\n")
    plain = numbered.replace("## 1. ", "## ").replace("## 2. ", "## ")
    grouped, alone = _import(numbered, taxonomy).notes, _import(plain, taxonomy).notes
    assert grouped[0].competencies == ("Teamwork & Collaboration",) and not alone[0].competencies
    assert [note.topic for note in grouped] == [note.topic for note in alone]
