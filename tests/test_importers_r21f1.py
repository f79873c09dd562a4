"""Round 21 (f1): a labelled heading line after a question's listed answer opens a new group (plain text); a bare
line after a labelled part's list, over lines of another topic, ends that part.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, skipped

LIST_THEN_GROUP = """Interview practice

Two outages at once and one on-call engineer. What do you do?
1. Triage by customer impact first, then page the second owner.
2. Post a status update every half hour.

Manager -: Hiring type questions...

    *
"""

LIST_THEN_NOTE = """Interview practice

Two outages at once and one on-call engineer. What do you do?
1. Triage by customer impact first, then page the second owner.
2. Post a status update every half hour.

Aftermath -: then I wrote the postmortem with both teams and we fixed the paging rota.
"""

PART_THEN_TOPIC = """# Notes

**Tell me about a release you had to slip. What did you do?**

## Answer

- Situation: the storage migration ran late.
- Result: we shipped a week later with no data loss.

### Action

1. I split the migration into three batches and measured each one.
2. I told the product lead the new date on the same day.

Salary talk

Range: ask for the band first
Notice: four weeks

## Links

https://example.com/notes
"""

PART_THEN_MORE = """# Notes

**Tell me about a release you had to slip. What did you do?**

## Answer

### Action

1. I split the migration into three batches and measured each one.
2. I told the product lead the new date on the same day.

Second batch

We moved the last tables on a Sunday and I watched the error rates.
"""


def test_a_label_heading_after_a_listed_answer_is_no_more_of_it(taxonomy) -> None:
    report = imported(LIST_THEN_GROUP, taxonomy, name="notes.txt")
    assert len(report.notes) == 1
    answer = report.notes[0].body.answer
    assert answer.startswith("1. Triage by customer impact") and answer.rstrip().endswith("half hour.")
    assert "Hiring type" not in answer and "- *" not in answer
    assert any(line == "line 7: text (not part of a question)"
               for line in skipped(report))


def test_a_labelled_sentence_after_a_listed_answer_stays_in_it(taxonomy) -> None:
    report = imported(LIST_THEN_NOTE, taxonomy, name="notes.txt")
    assert len(report.notes) == 1
    assert "I wrote the postmortem" in report.notes[0].body.answer


def test_a_bare_line_after_a_parts_list_heads_another_topic(taxonomy) -> None:
    report = imported(PART_THEN_TOPIC, taxonomy)
    assert len(report.notes) == 1
    star = report.notes[0].body
    assert star.action == ("1. I split the migration into three batches and measured each one.\n"
                           "2. I told the product lead the new date on the same day.")
    assert "Salary" not in str(report.notes[0].body) and "Notice:" not in str(report.notes[0].body)
    assert any(line.startswith("line 15: text after the list under 'Action'") for line in skipped(report))


def test_a_bare_line_over_more_of_the_story_stays_in_the_part(taxonomy) -> None:
    report = imported(PART_THEN_MORE, taxonomy)
    assert len(report.notes) == 1
    action = report.notes[0].body.answer
    assert "Second batch" in action and "We moved the last tables" in action
    assert not any("text after the list" in line for line in skipped(report))
