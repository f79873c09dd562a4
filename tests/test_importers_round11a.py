"""Round 11 (a) of real documents: a whole document kept inside one code fence, questions grouped in a plain fence
under level labels with what to listen for and red flags, a question heading closed by a bracketed remark and a
full stop, and level words that a file name or a title does not give."""

from __future__ import annotations

import pytest
from importing import imported, messages, skipped

from leaderdeck.importers.base import DocumentError

FENCED_BANK = """```{info}

== my prep ==

1. Ownership
Tell me about a time you picked up a service nobody maintained.
How did you get a silent partner team to answer?

== asked most ==

Tell me about a time you shipped later than you promised?
The search reindex slipped two weeks because I never load-tested the new cluster. I told my lead on day one, cut the
reindex into batches and shipped the rest on the new date.

note: ownership, candour
```
"""


def _questions(report) -> list[str]:
    return [note.body.question for note in report.notes]


@pytest.mark.parametrize("info", ["python", "", "text"])
def test_a_document_inside_one_fence_of_prose_is_read(taxonomy, info):
    report = imported(FENCED_BANK.format(info=info), taxonomy, "bank.md")
    questions = _questions(report)
    assert questions == ["Tell me about a time you picked up a service nobody maintained.",
                         "How did you get a silent partner team to answer?",
                         "Tell me about a time you shipped later than you promised?"]
    answered = report.notes[2]
    assert answered.body.answer.startswith("The search reindex slipped two weeks")
    assert report.format == "plain text"  # the content decides, not the fence's language
    assert any(m.startswith("line 6:") and "is a draft" in m for m in messages(report))  # the file's own lines


def test_a_markdown_fence_around_the_whole_document_is_read_as_markdown(taxonomy):
    text = "```markdown\n# Loop prep\n\n## Ownership\n\n- Tell me about a time you owned an outage?\n" \
           "- What did you change after your worst launch?\n```\n"
    report = imported(text, taxonomy, "prep.md")
    assert report.format == "Markdown"
    assert _questions(report) == ["Tell me about a time you owned an outage?",
                                  "What did you change after your worst launch?"]
    assert any(m.startswith("line 6:") for m in messages(report))


def test_a_document_that_is_one_fence_of_code_is_not_read_as_prose(taxonomy):
    text = "```python\ndef ask(question):\n    # why do we retry?\n    return question.strip();\n\n" \
           "x = ask('What happened?')\nprint(x)\n```\n"
    with pytest.raises(DocumentError):
        imported(text, taxonomy, "snippet.md")


def test_a_document_with_more_than_one_fence_is_not_unwrapped(taxonomy):
    text = "```\nTell me about a time you missed a deadline?\n```\n\nSome words between.\n\n" \
           "```\nWhat did you learn from it?\n```\n"
    with pytest.raises(DocumentError):
        imported(text, taxonomy, "two.md")


LEVEL_FENCE = """# Hiring leads

## Questions by skill

### Running delivery

```
MANAGER LEVEL:
"Tell me about a release that was about
to slip. What did you change?"

"How do you pick between two urgent asks?"

STAFF+ LEVEL:
"How have you kept several teams shipping
on one date? What broke?"

"How do you decide which migration to
stop funding?"

WHAT TO LISTEN FOR:
✓ Names a concrete trade-off
✓ Owns the miss

RED FLAGS:
✗ Every project was on time
```

### Calling references

```
OPENING:
"Thanks for the time. How long did you
work with them?"

PERFORMANCE:
"How did they handle a missed date?"
```
"""


def test_questions_in_a_fence_under_level_labels_take_the_level_and_the_fence_coaching(taxonomy):
    report = imported(LEVEL_FENCE, taxonomy, "guide.md")
    by_question = {n.body.question: n for n in report.notes}
    assert list(by_question) == ["Tell me about a release that was about to slip. What did you change?",
                                 "How do you pick between two urgent asks?",
                                 "How have you kept several teams shipping on one date? What broke?",
                                 "How do you decide which migration to stop funding?"]
    assert [n.level.value for n in report.notes] == ["manager", "manager", "staff", "staff"]
    for note in report.notes:
        assert note.draft
        assert note.coach.signals == ("Names a concrete trade-off", "Owns the miss")
        assert note.coach.tips == ("Red flag: Every project was on time",)
    assert not [s for s in skipped(report) if "RED FLAGS" in s or "Running delivery" in s]


def test_a_fence_of_questions_about_someone_else_stays_text(taxonomy):
    report = imported(LEVEL_FENCE, taxonomy, "guide.md")
    assert not [n for n in report.notes if "they" in n.body.question]
    assert any("Calling references" in s for s in skipped(report))


def test_red_flags_beside_the_criteria_closing_a_bank_go_to_the_same_questions(taxonomy):
    text = """# Bank

## Delivery

- How do you plan a quarter?
- How do you cut scope?
- How do you handle a slipped date?
- How do you run a retro?

### What to listen for
- Trade-offs named

### Red flags
- Blames the team

## Hiring

- How do you run a loop?
- How do you close a candidate?
- How do you write a job post?
- How do you onboard?
"""
    report = imported(text, taxonomy, "bank.md")
    assert len(report.notes) == 8
    delivery, hiring = report.notes[:4], report.notes[4:]
    for note in delivery:
        assert note.coach.signals == ("Trade-offs named",)
        assert note.coach.tips == ("Red flag: Blames the team",)
    for note in hiring:
        assert not note.coach.signals and not note.coach.tips
    assert not [s for s in skipped(report) if "Red flags" in s]


def test_a_question_heading_closed_by_numbers_in_brackets_and_a_full_stop_asks(taxonomy):
    text = """## General questions

#### Why this team?
I like small teams that own their services end to end.

#### The worst outage you caused and what you changed after it?  (2,5).
I pushed a config change that took down login for twenty minutes, then added a canary step.
"""
    report = imported(text, taxonomy, "general.md")
    assert _questions(report) == ["Why this team?", "The worst outage you caused and what you changed after it?"]
    outage = report.notes[1]
    assert outage.body.answer.startswith("I pushed a config change")
    assert not outage.coach.tips  # the principle numbers are a cross-reference, not a tip
    assert not skipped(report)


def test_a_remark_in_brackets_closed_by_a_full_stop_is_still_a_tip(taxonomy):
    text = """## Questions

- Why do you want to leave so soon? (two minutes at most).
- How do you pick which bug to fix first?
"""
    report = imported(text, taxonomy, "list.md")
    assert _questions(report) == ["Why do you want to leave so soon?", "How do you pick which bug to fix first?"]
    assert report.notes[0].coach.tips == ("two minutes at most",)


GENERIC_BANK = """# Questions

- Tell me about a time you changed your mind after a code review.
- How do you decide what to test first?
"""


@pytest.mark.parametrize("name", ["e6_notes.md", "e5_prep.md", "l5-draft.md"])
def test_a_grade_code_in_a_file_name_names_no_level(taxonomy, name):
    report = imported(GENERIC_BANK, taxonomy, name)
    assert {n.level.value for n in report.notes} == {"senior"}
    assert "line 3: no level stated for 2 notes; set to senior (pass --level)" in messages(report)


def test_a_file_name_naming_a_level_in_words_still_gives_it(taxonomy):
    report = imported(GENERIC_BANK, taxonomy, "e6_staff_prep.md")
    assert {n.level.value for n in report.notes} == {"staff"}


def test_a_title_naming_three_bands_names_no_level(taxonomy):
    text = GENERIC_BANK.replace("# Questions", "# Interviews for EM/Director/VP")
    report = imported(text, taxonomy, "guide.md")
    assert {n.level.value for n in report.notes} == {"senior"}
    assert not [m for m in messages(report) if "from the heading" in m]


def test_a_title_naming_two_bands_still_gives_the_higher(taxonomy):
    text = GENERIC_BANK.replace("# Questions", "# Interviews for EM/Director")
    report = imported(text, taxonomy, "guide.md")
    assert {n.level.value for n in report.notes} == {"director"}


def test_nothing_found_names_the_sections_the_labels_are_in(taxonomy):
    text = "# Story bank\n\n## Ownership\n- Example: TBD\n\n## Frugality\n- Example: TBD\n"
    with pytest.raises(DocumentError) as raised:
        imported(text, taxonomy, "stub.md")
    message = str(raised.value.problems[0])
    assert "'Example' under 'Ownership' at line 4" in message
    assert "'Example' under 'Frugality' at line 7" in message
