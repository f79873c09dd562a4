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
