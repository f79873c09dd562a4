"""Round 39 fixes (a): coaching pages and blog posts about one behavioral question.
(a) A page coaching one question ("Why are you leaving your current role?") sets its sample answers out under a
heading such as ``## Sample Answers``, each numbered with a short name of its own (``### Example 1: Growth move``,
``### Example 2 — After a layoff``), often closed by a ``**Why it works:**`` list. Each is a sample answer to the
page's question: the first is the note's answer, each other one a note of its own for the same question, and the
list closing a sample is that note's coaching, not words of its answer. Before, a named sample was read as a
question of its own (``Example 2: After a layoff`` became a note) or set aside, and the page's introduction
(which quotes what not to say, ``you can't say "I'm a perfect fit"``) was taken as the answer. A numbered example
whose name asks (``### Example 1: Tell me about a time you failed``) stays a question.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, skipped

from leaderdeck.importers.samples import numbered_sample


# (a) numbered, named sample answers on a one-question page ----------------------------------------------------------

NAMED_SAMPLES = """---
title: "How to Answer 'Why Are You Leaving Your Current Role?'"
author: "Some Careers Team"
---

"Why are you leaving your current role?"

Hiring teams hear this one early. You can't say "I'm bored", but you can say what you are moving toward.

## What They Want to Hear

- **Direction:** that you are moving toward something
- **Tact:** that you do not run down your employer

## Sample Answers

### Example 1: Growth move

"I've spent four years on the billing team and learned a great deal. I'm ready for a wider scope, and this
role offers it."

**Why it works:**
- Positive about the past
- Points forward

### Example 2 — After a layoff

"My position was cut in a reorganisation last spring. I used the time to finish a cloud certificate, and I'm
keen to put it to work."

**Why it works:**
- Honest and brief
"""


def test_a_named_samples_answer_the_pages_question(taxonomy) -> None:
    report = imported(NAMED_SAMPLES, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["Why are you leaving your current role?"] * 2
    first, second = report.notes
    assert first.body.answer.startswith("I've spent four years")
    assert "Hiring teams" not in first.body.answer and "Why it works" not in first.body.answer
    assert "Positive about the past" in first.coach.signals
    assert "Honest and brief" not in first.coach.signals
    assert second.body.answer.startswith("My position was cut")
    assert "Honest and brief" in second.coach.signals
    assert not any("Example" in line for line in skipped(report))


def test_a_named_sample_heading_is_no_question() -> None:
    assert numbered_sample("Example 1: Growth move")
    assert numbered_sample("Sample 2 — After a layoff")
    assert numbered_sample("Example 3 (For a new manager)")
    assert numbered_sample("Example 2")


ASKED_EXAMPLES = """# Practice questions

### Example 1: Tell me about a time you failed

I shipped a migration without a dry run and lost an afternoon of orders.

### Example 2: Why do you want this job?

I want to work on tools that engineers use every day.
"""


def test_a_numbered_example_that_asks_stays_a_question(taxonomy) -> None:
    assert not numbered_sample("Example 1: Tell me about a time you failed")
    assert not numbered_sample("Example 2: Why do you want this job?")
    report = imported(ASKED_EXAMPLES, taxonomy)
    assert len(report.notes) == 2
    assert "Tell me about a time you failed" in report.notes[0].prompt
    assert "Why do you want this job?" in report.notes[1].prompt
