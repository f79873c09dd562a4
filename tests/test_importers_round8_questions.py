"""Round 8 questions (fixtures in our own words): question lines the importer missed or split.

A question numbered within its section in bold (``**2.1**: "..."``) is a question line like ``**Q1**:``; a
``- Follow-up: ...`` item under a question is its follow-up tip; a prompt worded ``Time when you ...`` in a list of
prompts is a draft question; a list item's question wrapped over several lines is one question.
"""

from __future__ import annotations

from importing import imported, kinds, messages, skipped


# E2. A dotted question number in bold, then a colon and the question

DOTTED_MD = """# Behavioural bank

## Section 1: Delivery

**1.1**: "Tell me about a time you cut a project's scope to hit a date."

**Answer Framework**:
- Situation: What was the deadline?
- Task: What did you own?
- Action: What did you cut, and how did you decide?
- Result: What shipped?

**Senior-level signals**:
- Named the trade-off out loud
- Told stakeholders early

---

**1.2**: "Describe a time you inherited a failing service."

**Answer Framework**:
- What was broken
- How you found the cause
- What you changed

**Good Example Elements**:
- Added alerting before refactoring
- Wrote a runbook

---

**1.3**: How do you decide what to automate first?

## Section 2: People

**2.0**: Shipped the billing rewrite in March.

**Q2.1**: "Tell me about a hard conversation with a peer."

**2.2.** "Tell me about mentoring someone."
"""


def test_a_bold_dotted_number_then_a_colon_is_a_question_line(taxonomy) -> None:
    report = imported(DOTTED_MD, taxonomy)
    assert kinds(report) == {"qa": 5}
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you cut a project's scope to hit a date.",
        "Describe a time you inherited a failing service.",
        "How do you decide what to automate first?",
        "Tell me about a hard conversation with a peer.",
        "Tell me about mentoring someone.",
    ]
    assert all(note.draft for note in report.notes)


def test_signals_under_a_dotted_question_after_its_answer_framework(taxonomy) -> None:
    report = imported(DOTTED_MD, taxonomy)
    first, second, third = report.notes[:3]
    assert first.coach.signals == ("Named the trade-off out loud", "Told stakeholders early")
    assert second.coach.signals == ("Added alerting before refactoring", "Wrote a runbook")
    assert not third.coach.signals
    assert skipped(report) == ["line 7: 'Answer Framework' (a template, not an answer)",
                               "line 21: 'Answer Framework' (a template, not an answer)",
                               "line 36: text under 'Section 2: People' (not part of a question)"]
