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


# E1. Follow-ups listed under a question, one per item

FOLLOW_UP_ITEMS_MD = """# Interview bank

## Ownership

**Tell me about a time you took over a project nobody owned.**
- Follow-up: What did you drop to make room for it?
- Follow-up: Who did you tell first?

**Describe a service you kept alive past its planned end.**
- Follow up: What did it cost the team?
* **Probe:** How did you decide to retire it?

## Judgement

**Tell me about a call you made with half the data.**
- Follow-up: What did you wish you had?
"""


def test_follow_up_items_are_tips_of_the_question_above_them(taxonomy) -> None:
    report = imported(FOLLOW_UP_ITEMS_MD, taxonomy)
    assert kinds(report) == {"qa": 3}
    assert [(note.body.question, note.coach.tips) for note in report.notes] == [
        ("Tell me about a time you took over a project nobody owned.",
         ("Follow-up: What did you drop to make room for it?", "Follow-up: Who did you tell first?")),
        ("Describe a service you kept alive past its planned end.",
         ("Follow-up: What did it cost the team?", "Follow-up: How did you decide to retire it?")),
        ("Tell me about a call you made with half the data.", ("Follow-up: What did you wish you had?",)),
    ]
    assert all(note.draft and note.body.answer == "" for note in report.notes)
    assert not any("asked" in line and "times" in line for line in messages(report))



NESTED_FOLLOW_UPS_MD = """# Bank

- Tell me about a time you missed a date?
  - Follow-up: Who did you tell first?
  - **Follow-up:** What changed after it?
- How do you run quarterly planning?
"""


def test_follow_up_items_nested_under_a_question_item_lose_their_label(taxonomy) -> None:
    report = imported(NESTED_FOLLOW_UPS_MD, taxonomy)
    assert [(note.body.question, note.coach.tips) for note in report.notes] == [
        ("Tell me about a time you missed a date?",
         ("Follow-up: Who did you tell first?", "Follow-up: What changed after it?")),
        ("How do you run quarterly planning?", ()),
    ]

HEADED_FOLLOW_UPS_MD = """# Behavioural questions

### Tell me about a release you had to roll back.
* How did you tell the customers?

### Tell me about a time you were stretched thin.
- Follow-up: What did you say no to?

### Describe a review you pushed back on.

I asked for a design doc before the code, and we found the flaw in the doc.

- Follow-up: How did the author take it?
"""


def test_a_question_list_under_a_bare_question_heading_is_its_follow_ups(taxonomy) -> None:
    report = imported(HEADED_FOLLOW_UPS_MD, taxonomy)
    assert kinds(report) == {"qa": 3}
    first, second, third = report.notes
    assert (first.body.question, first.coach.tips, first.draft) == (
        "Tell me about a release you had to roll back.", ("Follow-up: How did you tell the customers?",), True)
    assert (second.body.question, second.coach.tips) == (
        "Tell me about a time you were stretched thin.", ("Follow-up: What did you say no to?",))
    assert third.body.answer == "I asked for a design doc before the code, and we found the flaw in the doc."
    assert third.coach.tips == ("Follow-up: How did the author take it?",)
    assert not third.draft


# E3. Story prompts worded without a question, in a list of prompts

STORY_PROMPTS_MD = """# Prompts by theme

## Mentoring
- Tell me about a time you coached someone through a hard launch.
- Time when you helped a new hire find their feet.
- Times when you gave feedback nobody wanted to hear.

## Ownership
- Time when you picked up work that had no owner.
- Time when your team shipped something you had argued against.

## Grab bag
* What is the hardest bug you have chased?
* example of a migration you planned end to end
* story about a promise to a customer you could not keep
* piece of trivia about your favourite database

## Notes from the pager week
- Time when I paged the wrong team at night.
- Examples of alerts we dropped: disk, cron.
"""


def test_story_prompts_in_a_list_of_prompts_are_draft_questions(taxonomy) -> None:
    report = imported(STORY_PROMPTS_MD, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you coached someone through a hard launch.",
        "Time when you helped a new hire find their feet.",
        "Times when you gave feedback nobody wanted to hear.",
        "Time when you picked up work that had no owner.",
        "Time when your team shipped something you had argued against.",
        "What is the hardest bug you have chased?",
        "example of a migration you planned end to end",
        "story about a promise to a customer you could not keep",
    ]
    assert all(note.draft for note in report.notes)
    assert "line 16: text under 'Grab bag' (not part of a question)" in skipped(report)
    assert "line 19: text under 'Notes from the pager week' (not part of a question)" in skipped(report)


# E4. A list item's question hard-wrapped over several lines

WRAPPED_MD = """## Questions I was asked

- Releases keep slipping at most companies. How would you get a team that
  misses every date back to shipping on time, and what would you measure
  first?

  > I would shrink the batch size first and track lead time per change.

- Have you ever had to tell a director that a launch
  date was not going to hold?

  > Yes. I brought two options and a revised date to the same meeting.

- Tell me about a time you pushed
  back on a request from sales.

  > I asked for the customer's real deadline and it was a month later.

- Tell me about your current team
  Four engineers and a designer, all remote.
"""


def test_a_wrapped_item_question_is_one_question_with_its_scene(taxonomy) -> None:
    report = imported(WRAPPED_MD, taxonomy)
    assert kinds(report) == {"qa": 4}
    assert [(note.body.question, note.body.answer) for note in report.notes] == [
        ("Releases keep slipping at most companies. How would you get a team that misses every date back to "
         "shipping on time, and what would you measure first?",
         "I would shrink the batch size first and track lead time per change."),
        ("Have you ever had to tell a director that a launch date was not going to hold?",
         "Yes. I brought two options and a revised date to the same meeting."),
        ("Tell me about a time you pushed back on a request from sales.",
         "I asked for the customer's real deadline and it was a month later."),
        ("Tell me about your current team", "Four engineers and a designer, all remote."),
    ]
    assert not any(note.draft for note in report.notes)
    assert skipped(report) == []
