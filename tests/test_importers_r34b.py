"""Round 34 fixes (b): story banks, answer banks and plain notes by other hands.
(a) An answer that opens with a clause of prose ending in a colon (``I sort incoming asks into three bins: ...``,
``Candour is the rule: ...``) keeps that clause as the answer's first words: before, it became a bold label over
the rest (``- **I sort incoming asks into three bins:** ...``). A short label (``Result:``, ``Team size:``) is
still a label.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds


# (a) a clause of prose ending in a colon is no label ---------------------------------------------------------

CLAUSES = """Questions for platform leads

1. How do you keep the roadmap honest?
I sort incoming asks into three bins: keep, defer and drop. Each bin is reviewed monthly with product.

2. How do you run a hard one-to-one?
Candour is the rule: I name the gap, give one example and agree the next step before we part.

3. How do you coach a new lead?
With new leads, the habit that matters most is this: write the plan down before the first team meeting.
"""


def test_a_clause_ending_in_a_colon_stays_the_answers_prose(taxonomy) -> None:
    report = imported(CLAUSES, taxonomy, "clauses.txt")
    assert kinds(report) == {"qa": 3}
    answers = [note.body.answer for note in report.notes]
    assert answers[0].startswith("I sort incoming asks into three bins: keep, defer and drop.")
    assert answers[1].startswith("Candour is the rule: I name the gap")
    assert answers[2].startswith("With new leads, the habit that matters most is this: write the plan down")
    assert not any("**" in answer for answer in answers)


LABELLED = """1. How big was the team you led?
Team size: nine engineers and a designer.

2. What came of the migration?
Result: the old cluster was switched off a week early.
"""


def test_a_short_label_before_a_colon_is_still_a_label(taxonomy) -> None:
    report = imported(LABELLED, taxonomy, "labelled.txt")
    assert kinds(report) == {"qa": 2}
    assert "**Team size:**" in report.notes[0].body.answer
