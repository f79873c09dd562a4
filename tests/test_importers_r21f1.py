"""Round 21 (f1): a labelled heading line after a question's listed answer opens a new group (plain text); a bare
line after a labelled part's list, over lines of another topic, ends that part.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers.base import DocumentError

from importing import imported, messages, skipped

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

UNTITLED_THEN_NAMED = """STAR:

Situation: Our nightly billing export took six hours and blocked the morning reports for the finance team.

Task: Cut the export under one hour without a new database.

Action:
	- Moved the export to incremental batches keyed by invoice date.
	- Added a checksum step so finance could trust the numbers.

Result: The export finished in forty minutes and nobody waited for the reports again.


------------------   for the search rebuild   ------------------

Situation: the search index drifted from the catalogue every week.

Task: Rebuilt the indexer so it followed the catalogue's change log.

Action:

- Wrote a change-log reader.
- Replayed a month of changes to check it.

Result:
"""

NAMED_PARTS_ONLY = """STAR
S: Situation
T: Task
A: Action
R: Result

What was your hardest project?
I moved our payments service to a new queue and kept every message.
"""

INSTRUCTED_PARTS = """Notes

Situation: Describe the context you were in and why it mattered to your team.
Task: Explain what goal you were working toward and what you owned.
Action: Describe the steps you took, and keep the focus on what you did.
Result: Describe the outcome and what you learned, with numbers if you have them.
"""


def test_a_story_told_in_full_parts_with_nothing_above_is_a_draft(taxonomy) -> None:
    report = imported(UNTITLED_THEN_NAMED, taxonomy, name="stories.txt")
    assert len(report.notes) == 2
    first, second = report.notes
    assert first.draft and first.body.question == "Our nightly billing export took six hours and…"
    assert first.body.result.startswith("The export finished in forty minutes")
    assert second.body.question == "the search rebuild"
    assert ("line 3: 'Our nightly billing export took six hours and…' is a draft: no question or title above "
            "it: its Situation's opening stands in; write the question") in messages(report)
    assert not any("STAR parts" in line for line in skipped(report))


def test_parts_that_only_name_themselves_stay_a_reported_template(taxonomy) -> None:
    report = imported(NAMED_PARTS_ONLY, taxonomy, name="notes.txt")
    assert [n.body.question for n in report.notes] == ["What was your hardest project?"]


def test_parts_that_instruct_the_reader_make_no_draft(taxonomy) -> None:
    with pytest.raises(DocumentError) as caught:
        imported(INSTRUCTED_PARTS, taxonomy, name="notes.txt")
    assert caught.value.problems[0].message.startswith("nothing recognisable as a note")

ESSAY_EXAMPLE = """# Leading platform teams

## 1. Build or buy

Leaders face this choice every quarter.

*   **The Rule**: Buy what is a commodity; build what sets you apart.
*   **Example**: Do not write your own feature-flag service unless flags are your product.
*   **Cost of Building**: Upkeep, patches and onboarding last for years.

## 2. Interview questions

### How do you decide when to rewrite a service?

I compare the cost of patching it for a year with a staged rewrite, and I pick the staged rewrite when
the patches keep touching the same module.
"""


def test_an_example_point_in_an_essay_section_is_reported_as_its_text(taxonomy) -> None:
    report = imported(ESSAY_EXAMPLE, taxonomy)
    assert [n.body.question for n in report.notes] == ["How do you decide when to rewrite a service?"]
    lines = skipped(report)
    assert "line 8: text under 'Build or buy' (not part of a question)" in lines
    assert not any("coaching for many questions" in line for line in lines)

CJK_HOW_TO = """# 行为面试笔记

## 如何准备故事

刚毕业的同学项目不多，你可以从课程设计和实习里挑两三个例子。

不要凭空编造经历，面试官通常会追问细节。

## Questions

### Tell me about a time you disagreed with a teammate.

I disagreed with our tech lead about caching the search results, so I ran a one-week trial and we kept the cache.
"""

CJK_ASKED = """# 行为面试笔记

## 你如何处理和同事的冲突？

我先私下和同事谈，把各自的顾虑写下来，然后一起找数据来决定。
"""


def test_a_chinese_how_to_heading_over_advice_is_a_guides_explainer(taxonomy) -> None:
    report = imported(CJK_HOW_TO, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you disagreed with a teammate."]
    assert "line 3: section '如何准备故事' (a guide's explainer, not an interview question)" in skipped(report)


def test_a_chinese_how_question_put_to_you_stays_a_question(taxonomy) -> None:
    report = imported(CJK_ASKED, taxonomy)
    assert [n.body.question for n in report.notes] == ["你如何处理和同事的冲突？"]
    assert report.notes[0].body.answer.startswith("我先私下和同事谈")
