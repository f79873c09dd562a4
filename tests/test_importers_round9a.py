"""Round 9 (a): question lists under labels worded as "more ways to ask it", what closes a group of listed
questions, question headings over a labelled question, scene-led question lines in plain text, and headings
whose level word names a trait (fixtures in our own words, shaped like real prep documents).
"""

from __future__ import annotations

from importing import imported, messages, skipped
from leaderdeck.model import QaBody


def questions(report) -> list[str]:
    return [note.body.question for note in report.notes]


# E1. A "Common questions" label, or a "Categories" heading, over questions of their own

HANDOUT = """## Panel interviews
Panels often open with a story prompt such as "Walk me through a launch" before going deeper.

### Common Panel Questions
- How do you pick which bug to fix first?
- Tell me about a time you rewrote a flaky test suite.
- What would you change about your last team's on-call?
"""


def test_a_common_questions_heading_inside_a_page_of_no_other_notes_is_a_bank(taxonomy):
    report = imported(HANDOUT, taxonomy)
    assert questions(report) == ["How do you pick which bug to fix first?",
                                 "Tell me about a time you rewrote a flaky test suite.",
                                 "What would you change about your last team's on-call?"]
    assert all(note.draft for note in report.notes)
    assert not any("coaching for many questions" in line for line in skipped(report))


THEMES = """# Behavioural guide

### 1. Shipping under pressure

**Common questions:**
- "Tell me about a release you had to pull."
- "Describe a week when two deadlines collided."

### 2. Growing others

**Common questions:**
- "Tell me about someone you coached into a lead role."
- "How do you give feedback to a peer who outranks you?"
"""


def test_bold_common_questions_labels_under_theme_headings_give_every_listed_question(taxonomy):
    report = imported(THEMES, taxonomy)
    assert questions(report) == ["Tell me about a release you had to pull.",
                                 "Describe a week when two deadlines collided.",
                                 "Tell me about someone you coached into a lead role.",
                                 "How do you give feedback to a peer who outranks you?"]
    assert all(note.draft for note in report.notes)


def test_a_categories_heading_over_groups_of_questions_hides_none_of_them(taxonomy):
    text = "## Categories\n\n### Your background\n1. Why this company?\n2. What do you want to learn next?\n"
    report = imported(text, taxonomy)
    assert questions(report) == ["Why this company?", "What do you want to learn next?"]


def test_a_common_questions_list_on_a_page_about_one_question_stays_that_question_s_variants(taxonomy):
    text = """# Owning a slip

## Common questions
- Tell me about a deadline you missed.
- Describe a date you had to move.

## Worked example

### Tell me about a deadline you missed.

**Situation:** A vendor API changed a week before our launch.
**Action:** I cut the export feature and told sales the same day.
**Result:** We launched on time without exports and added them two weeks later.
"""
    report = imported(text, taxonomy)
    assert questions(report) == ["Tell me about a deadline you missed."]
    assert "Describe a date you had to move." in report.notes[0].variants


# E2. What closes a group of listed questions is the group's, not the last question's answer

POINTS = """# Loop prep

### Running incidents
**Questions:**
- "How do you pick an incident commander?"
- "How do you run the first hour of an outage?"

**Points to show:**
- Calm hand-offs
- Status updates

### Budgets
**Questions:**
- "How do you defend a headcount ask?"
"""


def test_a_points_label_after_unanswered_listed_questions_answers_none_of_them(taxonomy):
    report = imported(POINTS, taxonomy)
    assert questions(report) == ["How do you pick an incident commander?", "How do you run the first hour of an outage?",
                                 "How do you defend a headcount ask?"]
    assert all(note.draft for note in report.notes)
    assert isinstance(report.notes[1].body, QaBody) and not report.notes[1].body.answer


SCORECARD = """# Scorecard: Engineering Manager

### 1. Running delivery

**Sample Questions:**
- Tell me about a quarter where your team missed its goals.
- How do you decide what your team stops doing?

| Rating | ☐ 1 | ☐ 2 | ☐ 3 |
|--------|-----|-----|-----|

**Notes:**

```
[Write here]
```
"""


def test_a_rating_form_after_a_list_of_questions_is_not_the_last_question_s_answer(taxonomy):
    report = imported(SCORECARD, taxonomy)
    assert questions(report) == ["Tell me about a quarter where your team missed its goals.",
                                 "How do you decide what your team stops doing?"]
    assert all(note.draft for note in report.notes)


THEMED = """## Questions by theme

10. **Owning outcomes**
   - Tell me about a launch you owned from start to finish.

11. **Fast calls**
   - Describe a decision you made with half the facts.

12. **Speed vs. polish**
   - Tell me about a time you shipped something rough on purpose.

13. **Listening to users**
   - How do you turn support tickets into roadmap items?
"""


def test_numbered_bold_themes_over_shallow_questions_start_the_next_group(taxonomy):
    report = imported(THEMED, taxonomy)
    assert questions(report) == ["Tell me about a launch you owned from start to finish.",
                                 "Describe a decision you made with half the facts.",
                                 "Tell me about a time you shipped something rough on purpose.",
                                 "How do you turn support tickets into roadmap items?"]
    assert all(note.draft for note in report.notes)
    assert not any("text under" in line for line in skipped(report))


def test_an_answered_listed_question_keeps_its_answer_after_another_answered_one(taxonomy):
    text = """# My answers

- How do you onboard a new report?

  I pair them with a buddy for two weeks.

- How do you run your one-on-ones?

**My take:**
- Weekly, thirty minutes, their agenda first.
"""
    report = imported(text, taxonomy)
    assert "buddy" in report.notes[0].body.answer
    assert "their agenda first" in report.notes[1].body.answer


# E4. A heading numbered as a question over a "**Question:**" line: the heading titles that question's note

NUMBERED = """## Worked answers

### Question 1: Rescuing a late migration

**Question:** *"Tell me about a project you pulled back on schedule."*

**Situation:** Our billing migration was a month behind.
**Task:** I was asked to land it before the pricing change.
**Action:** I split the cut-over by region and paired on the riskiest one.
**Result:** The last region moved three days before the deadline.

### Question 2: Problem-Solving under load

**Question:** *"Describe the hardest outage you debugged."*

**Situation:** Checkout timed out for a tenth of users every evening.
**Task:** I owned the payment service.
**Action:** I traced the slow calls to a connection pool set too small.
**Result:** Timeouts stopped the night the pool was resized.
"""


def test_a_question_n_heading_over_a_labelled_question_is_its_title_not_a_second_note(taxonomy):
    report = imported(NUMBERED, taxonomy)
    assert questions(report) == ["Tell me about a project you pulled back on schedule.",
                                 "Describe the hardest outage you debugged."]
    assert [note.body.title for note in report.notes] == ["Rescuing a late migration", "Problem-Solving under load"]
    assert not any(note.draft for note in report.notes)


def test_a_question_n_heading_that_asks_stays_the_question(taxonomy):
    text = ("### Question 1: How do you run a retro?\n\nI ask each person for one thing to keep and one to drop, "
            "then we vote on a single change.\n")
    report = imported(text, taxonomy)
    assert questions(report) == ["How do you run a retro?"]
    assert "vote on a single change" in report.notes[0].body.answer


# E9. Plain text, one question a line: a line that sets a scene before it asks is a question of its own

LINES = """How do you decide who goes on call first?
Release trains slip all the time. Tell me about a time you had to hold one back.
Describe a time you moved a meeting to save a launch.
When your team is spread over three time zones, hand-offs get lost. How do you keep work moving overnight?
Tell me about a time you rewrote a design doc after review.
"""


def test_a_scene_led_question_line_under_an_unanswered_question_is_a_question_of_its_own(taxonomy):
    report = imported(LINES, taxonomy, name="bank.txt")
    assert questions(report) == [
        "How do you decide who goes on call first?",
        "Release trains slip all the time. Tell me about a time you had to hold one back.",
        "Describe a time you moved a meeting to save a launch.",
        "When your team is spread over three time zones, hand-offs get lost. How do you keep work moving overnight?",
        "Tell me about a time you rewrote a design doc after review."]
    assert all(note.draft for note in report.notes)


def test_an_answer_line_told_as_i_under_a_question_stays_its_answer(taxonomy):
    text = ("How do you handle a missed deadline?\n"
            "I told my manager the same day. Then I asked the team what we could cut.\n")
    report = imported(text, taxonomy, name="bank.txt")
    assert questions(report) == ["How do you handle a missed deadline?"]
    assert "asked the team" in report.notes[0].body.answer


# E10. A heading's level word that names a trait, or the people the candidate grows, names no level

TRAITS = """# Loop guide: Director of Engineering

## 1. Executive Presence

**Sample Questions:**
- How do you prepare a board update?
- Describe a meeting where you changed a VP's mind.

## 2. Developing Senior Leaders

**Sample Questions:**
- How do you grow a manager into a director?

## 3. Staff Engineer questions

**Sample Questions:**
- How do you pick which cross-team problem to own?
"""


def test_trait_and_grown_people_headings_leave_the_document_s_level(taxonomy):
    report = imported(TRAITS, taxonomy)
    levels = [note.level.value for note in report.notes]
    assert levels == ["director", "director", "director", "staff"]
    assert not any("Executive Presence" in line or "Developing Senior Leaders" in line for line in messages(report))


def test_a_heading_saying_whom_its_questions_are_for_still_sets_their_level(taxonomy):
    text = ("# Question bank\n\n## For Directors\n\n- How do you set a budget for a new org?\n"
            "- How do you merge two teams?\n\n## Senior Data Engineer questions\n\n"
            "- How do you backfill a broken table?\n- How do you test a pipeline?\n")
    report = imported(text, taxonomy)
    assert [note.level.value for note in report.notes] == ["director", "director", "senior", "senior"]


def test_a_points_label_after_a_common_questions_list_gives_its_points_to_that_list_s_questions(taxonomy):
    text = THEMES.replace('- "Describe a week when two deadlines collided."\n',
                          '- "Describe a week when two deadlines collided."\n\n**Key points to show:**\n'
                          '- Early warning\n- Clear trade-offs\n')
    report = imported(text, taxonomy)
    assert len(report.notes) == 4
    assert [note.coach.signals for note in report.notes] == [("Early warning", "Clear trade-offs")] * 2 + [()] * 2
