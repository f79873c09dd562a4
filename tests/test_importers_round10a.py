"""Round 10 of real documents: prompts of a question bank not written as English questions (CJK questions
without "？", short topic prompts among questions), a question closed by a bracketed note, numbered question
headings that do not ask, and numbered sample answers with no question."""

from __future__ import annotations

import pytest
from importing import imported, skipped

from leaderdeck.importers.base import DocumentError

MIXED_BANK = """## 面试常见问题

- why did you pick backend work? why this company?
- disagreements with a designer/和设计师如何解决分歧，
- riskiest rollout
- tell me a time when you cut a release to hit a date

- 怎么带实习生
- 怎么安排一个季度的路线图
- 怎么让团队接受新的代码规范
    - 先找一个试点小组
    - 再用数据说话
- 上一个项目学到什么，如果重新做会改什么

- 换工作的原因
  - 想做更大规模的系统
- 优点缺点
"""


def _questions(report) -> list[str]:
    return [note.body.question for note in report.notes]


def test_cjk_questions_without_a_question_mark_ask(taxonomy):
    report = imported(MIXED_BANK, taxonomy, "bank.md")
    questions = _questions(report)
    assert "怎么带实习生" in questions
    assert "怎么安排一个季度的路线图" in questions
    assert "上一个项目学到什么，如果重新做会改什么" in questions
    (taught,) = [n for n in report.notes if n.body.question == "怎么让团队接受新的代码规范"]
    assert taught.body.answer == "- 先找一个试点小组\n- 再用数据说话"
    assert not taught.draft


def test_short_prompts_in_a_list_of_questions_are_draft_questions(taxonomy):
    report = imported(MIXED_BANK, taxonomy, "bank.md")
    assert len(report.notes) == 10
    by_question = {n.body.question: n for n in report.notes}
    assert by_question["riskiest rollout"].draft
    assert by_question["优点缺点"].draft
    assert by_question["换工作的原因"].body.answer == "- 想做更大规模的系统"
    # the trailing comma is a slip, not part of the question
    assert "disagreements with a designer/和设计师如何解决分歧" in by_question
    assert not [s for s in skipped(report) if "面试常见问题" in s]


def test_a_list_of_advice_keeps_its_short_items_as_text(taxonomy):
    text = """## Getting ready

- How early should you arrive?
- keep it short
- name the numbers
- eye contact
- 学会如何沟通
"""
    report = imported(text, taxonomy, "tips.md")
    assert _questions(report) == ["How early should you arrive?"]


def test_cjk_prose_with_an_interrogative_word_is_not_a_question(taxonomy):
    text = """## 准备

- 注意面试官想要的答案是什么。准备好关键字。
- 讲清楚为什么要这么做
- 学会如何沟通
- What is your biggest weakness?
"""
    report = imported(text, taxonomy, "prep.md")
    assert _questions(report) == ["What is your biggest weakness?"]


ASIDE = """#### Motivation 相关问题
面试官想知道你为什么换工作。

1. Why this team and why now? （先讲自己的背景，再讲团队）

> I have run two platform teams and want to be closer to the product.

2. What keeps you on a team for years?
3. What would make you leave after six months? (be honest, one example)
"""


def test_a_bracketed_note_after_a_question_mark_is_a_tip_not_the_end_of_asking(taxonomy):
    report = imported(ASIDE, taxonomy, "motivation.md")
    assert _questions(report) == ["Why this team and why now?", "What keeps you on a team for years?",
                                  "What would make you leave after six months?"]
    first, _, third = report.notes
    assert first.coach.tips == ("先讲自己的背景，再讲团队",)
    assert first.body.answer == "I have run two platform teams and want to be closer to the product."
    assert third.coach.tips == ("be honest, one example",)
    assert third.draft


def test_a_question_heading_closed_by_a_bracketed_note_keeps_the_note_as_a_tip(taxonomy):
    text = """# Prep

## Why are you leaving your current team? (keep it positive)

I want to own a product end to end, and my team is being folded into another.
"""
    (note,) = imported(text, taxonomy, "prep.md").notes
    assert note.body.question == "Why are you leaving your current team?"
    assert note.coach.tips == ("keep it positive",)


def test_a_band_in_brackets_after_the_question_stays_the_level_not_a_tip(taxonomy):
    text = """## Questions

- How do you handle a report who misses every deadline? (Manager)
- How do you size a migration? (two minutes)
"""
    first, second = imported(text, taxonomy, "bank.md").notes
    assert first.body.question == "How do you handle a report who misses every deadline?"
    assert first.level == "manager"
    assert first.coach.tips == ()
    assert second.coach.tips == ("two minutes",)


NUMBERED_HEADINGS = """## Warm-up

### 1. Your background / what you want next
- Two minutes, no more.

### 2. Where do you see yourself in three years?
- Tie it to the team you would join.

### 3. Blunt feedback from a peer:
- Say what you changed afterwards.

### 4. Why do you want to leave your current job?
- Stay positive about the old team.
"""


def test_numbered_headings_that_do_not_ask_are_prompts_in_a_run_of_numbered_questions(taxonomy):
    report = imported(NUMBERED_HEADINGS, taxonomy, "warmup.md")
    assert _questions(report) == ["Your background / what you want next",
                                  "Where do you see yourself in three years?",
                                  "Blunt feedback from a peer",
                                  "Why do you want to leave your current job?"]
    assert report.notes[2].body.answer == "- Say what you changed afterwards."
    assert not [s for s in skipped(report) if "text under" in s]


def test_numbered_headings_of_an_outline_stay_sections_when_few_of_them_ask(taxonomy):
    text = """# Preparing for the loop

## 1. Background
I led the payments team for two years and moved it to weekly releases.

## 2. Stories to keep ready
I keep four stories: the outage, the hire, the migration and the missed date.

## 3. What would you ask the panel?
I would ask how they measure a team's health.

## 4. Logistics
Bring water.
"""
    report = imported(text, taxonomy, "loop.md")
    assert "Background" not in _questions(report)
    assert "Logistics" not in _questions(report)


SAMPLES_WITHOUT_QUESTION = """
Hiring managers want to hear how you lead. This question checks how you run a team day to day.

How to Answer
-------------

1. **Describe your style:** Say how you run your team and give an example.
2. **Show results:** Share what changed because of it.

Sample Answers
--------------

### Example 1

I believe a team works best when everyone knows why the work matters. Last year I moved our planning to written
proposals, and we cut the number of dropped projects in half.

### Example 2

I led the billing team through a reorg. I met every engineer one to one in the first week, and we kept every
release date that quarter.
"""


def test_numbered_sample_answers_with_no_question_are_never_questions(taxonomy):
    with pytest.raises(DocumentError) as caught:
        imported(SAMPLES_WITHOUT_QUESTION, taxonomy, "philosophy.md")
    message = caught.value.problems[0].message
    assert "sample answer 'Example 1' at line 13" in message
    assert message.endswith("write the question as a heading or a 'Q:' line above its answer")


def test_numbered_sample_answers_with_no_question_are_reported_beside_other_notes(taxonomy):
    text = SAMPLES_WITHOUT_QUESTION + """
## What did you change after your last retro?

We dropped the weekly status meeting and wrote a short update instead.
"""
    report = imported(text, taxonomy, "philosophy.md")
    assert _questions(report) == ["What did you change after your last retro?"]
    assert "line 13: sample answer 'Example 1' (no question above it; write the question it answers)" \
        in skipped(report)
    assert "line 18: sample answer 'Example 2' (no question above it; write the question it answers)" \
        in skipped(report)


def test_a_single_word_item_among_questions_is_not_a_prompt(taxonomy):
    text = """## Tools

- What tracker does your team use?
- Jira
- Linear
- How do you plan a quarter?
"""
    report = imported(text, taxonomy, "tools.md")
    assert _questions(report) == ["What tracker does your team use?", "How do you plan a quarter?"]


def test_japanese_and_korean_questions_without_a_question_mark_ask(taxonomy):
    text = """## よくある質問

- なぜ今のチームを離れたいのですか
- いつも結論から話す
- 数字で話す

## 자주 묻는 질문

- 어떻게 팀을 이끌었나요
"""
    report = imported(text, taxonomy, "bank.md")
    questions = _questions(report)
    assert "なぜ今のチームを離れたいのですか" in questions
    assert "어떻게 팀을 이끌었나요" in questions
    assert "いつも結論から話す" not in questions
