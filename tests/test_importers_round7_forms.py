"""Round 7 (fixtures in our own words): questions numbered before a colon (``**Q1**: "..."``) with their follow-up
prompts and evaluation criteria."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped


# 1. "**Q1**: ..." question lines, their follow-up prompts and evaluation criteria

NUMBERED_BANK_MD = """# Platform team question bank

## Ownership

### Core ownership questions

**Q1**: "Tell me about a time you fixed a build pipeline nobody owned."

*Follow-up prompts:*
- Who did you have to convince?
- How did you keep it fixed?

**Evaluation Criteria:**
- [ ] Acts without being asked
- [ ] Measures the result

---

**Q2:** "Describe a time you shipped a migration with a small crew."

**Follow-ups:**
- What did you cut?
- What did you keep?

**Evaluation Criteria:**
- [ ] Says what was left out and why

Q3: How do you decide what your team stops doing?

Probing questions:
- Who disagreed?

What good looks like:
- [ ] Names a cost of stopping
"""


def test_numbered_question_lines_are_questions(taxonomy) -> None:
    report = imported(NUMBERED_BANK_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you fixed a build pipeline nobody owned.",
        "Describe a time you shipped a migration with a small crew.",
        "How do you decide what your team stops doing?",
    ]
    assert kinds(report) == {"qa": 3}
    assert all(n.draft for n in report.notes)
    assert [n.origin.line for n in report.notes] == [7, 19, 28]


def test_follow_up_prompts_and_criteria_belong_to_their_question(taxonomy) -> None:
    first, second, third = imported(NUMBERED_BANK_MD, taxonomy).notes
    assert first.coach.tips == ("Follow-up: Who did you have to convince?", "Follow-up: How did you keep it fixed?")
    assert first.coach.signals == ("Acts without being asked", "Measures the result")
    assert second.coach.tips == ("Follow-up: What did you cut?", "Follow-up: What did you keep?")
    assert second.coach.signals == ("Says what was left out and why",)
    assert third.coach.tips == ("Follow-up: Who disagreed?",)
    assert third.coach.signals == ("Names a cost of stopping",)


def test_numbered_bank_report_has_no_repeats_and_no_stray_labels(taxonomy) -> None:
    report = imported(NUMBERED_BANK_MD, taxonomy)
    lines = messages(report)
    assert not any("asked" in line and "times" in line for line in lines)
    assert "line 7: 'Tell me about a time you fixed a build pipeline nobody owne…' is a draft: no answer, " \
           "only what interviewers look for" in lines
    assert not any("label with no text" in line for line in skipped(report))
    assert not any("line 7:" in line or "line 10:" in line for line in skipped(report))


PLAIN_NUMBERED_TXT = """Q1: "Tell me about a time you retired a service."

Follow-up prompts:
- Who still used it?

Q2: How do you pick the next hire for your team?
"""


def test_plain_text_numbered_questions_keep_their_follow_ups(taxonomy) -> None:
    report = imported(PLAIN_NUMBERED_TXT, taxonomy, name="bank.txt")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you retired a service.",
                                                       "How do you pick the next hire for your team?"]
    assert report.notes[0].coach.tips == ("Follow-up: Who still used it?",)
    assert report.notes[1].coach.tips == ()


QUARTERS_MD = """# Year in review

## What are you proudest of from last year?

**Q1**: Moved the payments team onto the new queue.

**Q3**: Shipped the billing rewrite two weeks early.
"""


def test_a_quarter_before_a_colon_is_no_question(taxonomy) -> None:
    report = imported(QUARTERS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["What are you proudest of from last year?"]
    assert report.notes[0].body.answer == "**Q1**: Moved the payments team onto the new queue.\n\n" \
                                          "**Q3**: Shipped the billing rewrite two weeks early."
    assert not report.notes[0].draft
