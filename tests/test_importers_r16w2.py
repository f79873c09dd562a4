"""Round 16 (w2), fixtures in our own words: Chinese requests without a question mark, Chinese story labels, a
Chinese page title over stories, prompts after a dot and a TAB, a STAR template's hints, the level word EM, and a
Chinese coaching page over English questions."""

from __future__ import annotations

import pytest

from importing import imported, messages, skipped

from leaderdeck.importers.cjkasks import asks_in_cjk, requests_in_cjk
from leaderdeck.importers.labels import slot
from leaderdeck.model import Kind


# E3. Chinese requests ("请描述一次…的经历", "分享一次…", "谈谈…") ask, as "Describe a time ..." does

ZH_BANK_MD = """# 面试题库

### Ownership (担当)

**常见问题**：
- "请描述一次您接手一个没人管的系统的经历"
- "分享一次您不得不拒绝老板需求的情况"
- "谈谈您如何让新人快速上手"

### Delivery (交付)

**常见问题**：
- "请讲讲您砍掉一个功能来保住发布日期的例子"
- "描述您在两个紧急任务之间做取舍的实例"
"""


def test_chinese_requests_without_a_question_mark_are_draft_questions(taxonomy) -> None:
    report = imported(ZH_BANK_MD, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "请描述一次您接手一个没人管的系统的经历", "分享一次您不得不拒绝老板需求的情况", "谈谈您如何让新人快速上手",
        "请讲讲您砍掉一个功能来保住发布日期的例子", "描述您在两个紧急任务之间做取舍的实例"]
    assert all(note.kind is Kind.QA and note.draft for note in report.notes)
    assert not any("常见问题" in line for line in skipped(report))


@pytest.mark.parametrize("line", ["请描述一次您带团队度过裁员的经历。", "分享一次你搞砸一次上线的例子", "谈一谈您对代码评审的看法",
                                  "请举例说明您如何说服一个不同意的同事", "介绍一下你自己"])
def test_a_request_put_to_the_one_asked_asks(line: str) -> None:
    assert requests_in_cjk(line)
    assert asks_in_cjk(line)


@pytest.mark.parametrize("line", [
    "描述情况",  # a template's hint over a thing, put to no one
    "分享一次我带团队度过裁员的经历",  # speaks as I: tells
    "描述当时的背景。然后说明你的任务。",  # two sentences: prose
    "我们先描述一次故障的经历",  # does not open on the request
])
def test_a_bare_hint_a_first_person_line_or_prose_does_not_request(line: str) -> None:
    assert not requests_in_cjk(line)


# E4. Chinese story labels: "面试问题" (interview question), "关键学习" (key learning); a Chinese title over stories

ZH_STORY_MD = """# 行为面试案例

### 1. 迁移数据库 (Ownership)

**面试问题**：
> "请描述一次您主导一次高风险迁移的经历。"

**Situation (情况)**：
我们的订单库还跑在一台快要停保的机器上，每周都有一次慢查询告警。

**Task (任务)**：
我负责在一个季度内把它迁到新集群，而且不能停服。

**Action (行动)**：
我先做了双写，再用一周时间对比两边数据，最后分三批切流量。

**Result (结果)**：
迁移按期完成，切换期间没有一笔订单丢失。

**关键学习**：
高风险的迁移要先能回退，再谈速度。
"""


def test_chinese_labels_name_the_question_and_the_learning_of_a_story(taxonomy) -> None:
    report = imported(ZH_STORY_MD, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind is Kind.STAR
    assert note.body.question == "请描述一次您主导一次高风险迁移的经历。"
    assert note.body.title == "迁移数据库 (Ownership)"
    assert note.body.situation.startswith("我们的订单库")
    assert note.body.result == "迁移按期完成，切换期间没有一笔订单丢失。"
    assert note.body.learning == "高风险的迁移要先能回退，再谈速度。"
    assert not any("no question for story" in line for line in messages(report))


def test_a_chinese_title_naming_the_material_is_no_competency(taxonomy) -> None:
    note = imported(ZH_STORY_MD, taxonomy).notes[0]
    assert note.competencies == ("Ownership",)


@pytest.mark.parametrize(("label", "expected"), [
    ("面试问题：", "question"), ("问题", "question"), ("关键学习：", "learning"), ("收获", "learning"),
    ("经验教训", "learning"), ("背景", "situation"), ("任务", "task"), ("行动", "action"), ("结果", "result"),
    ("追问", "followups"), ("面试问题汇总", None), ("学习计划", None)])
def test_chinese_label_words(label: str, expected: str | None) -> None:
    assert slot(label) == expected


# E5. Prompts after a dot and a TAB; a STAR template headed "(S)ituation"; the level word EM

DOT_TAB_MD = """# Loop prep

## Behaviour questions

.\tTell me about a time you rolled back a release nobody else wanted to roll back.

.\tWhen did you say no to a senior colleague? How did it go?

.\tDescribe a week when two incidents landed at once.

## STAR answer format

### (S)ituation

Describe where you were and what was at stake.

### (T)ask

What was the goal?

### (A)ction

Say what you did, using I.

### (R)esult

What changed, in numbers?
"""


def test_prompts_after_a_dot_and_a_tab_are_questions_and_the_template_is_skipped(taxonomy) -> None:
    report = imported(DOT_TAB_MD, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you rolled back a release nobody else wanted to roll back.",
        "When did you say no to a senior colleague? How did it go?",
        "Describe a week when two incidents landed at once."]
    assert all(note.draft and not note.variants for note in report.notes)
    assert "line 11: section 'STAR answer format' (a template, not an answer)" in skipped(report)


def test_a_dot_and_a_tab_inside_a_fence_stays_code(taxonomy) -> None:
    text = "# Notes\n\n## Why do you want this job?\n\nI like the team.\n\n```\n.\tTell me about a release.\n```\n"
    report = imported(text, taxonomy)
    assert [note.body.question for note in report.notes] == ["Why do you want this job?"]
    assert ".\tTell me about a release." in report.notes[0].body.answer


@pytest.mark.parametrize(("label", "expected"), [
    ("(S)ituation", "situation"), ("(T)ask", "task"), ("(A)ction", "action"), ("(R)esult", "result"),
    ("(S)ituação", "situation"), ("(T)arefa", "task"), ("(A)ção", "action"), ("(R)esultados", "result"),
    ("Formato de resposta STAR", "noise")])
def test_a_star_part_with_its_initial_in_brackets(label: str, expected: str) -> None:
    assert slot(label) == expected


PT_MD = """# PREPARACAO

## ENTREVISTA BASEADA EM EXEMPLOS

.\tConte sobre uma vez em que você discordou do seu líder técnico. O que aconteceu?

.\tDescreva um momento em que você assumiu um sistema sem dono.

.\tFale-me de um prazo que você perdeu.

## FORMATO DE RESPOSTA STAR

### (S)ituação

Descreva onde você estava.

### (T)arefa

Qual o objetivo?
"""


def test_portuguese_prompts_ask_and_the_word_em_names_no_level(taxonomy) -> None:
    report = imported(PT_MD, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Conte sobre uma vez em que você discordou do seu líder técnico. O que aconteceu?",
        "Descreva um momento em que você assumiu um sistema sem dono.",
        "Fale-me de um prazo que você perdeu."]
    assert not any("level manager" in line for line in messages(report))
    assert {note.level.value for note in report.notes} == {"senior"}


@pytest.mark.parametrize(("title", "level"), [
    ("# Entrevista baseada em exemplos", "senior"), ("# ENTREVISTA BASEADA EM EXEMPLOS", "senior"),
    ("# EM Interview Prep", "manager"), ("# SENIOR EM INTERVIEW", "manager"), ("# Prep for the EM/Director loop",
                                                                              "director"),
    ("# QUESTIONS (EM)", "manager")])
def test_em_names_the_manager_band_only_as_the_abbreviation(taxonomy, title: str, level: str) -> None:
    report = imported(f"{title}\n\n- Tell me about a time you had to let someone go.\n", taxonomy)
    assert report.notes[0].level.value == level


# E6. A Chinese coaching page over English questions

ZH_COACH_MD = """# 行为面试笔记

### Culture Fit 类型

#### 你怎么处理和同事的分歧？

Tell me about a time you disagreed with a teammate.

这个问题主要考察面试者能不能和别人合作，面试官希望听到一个真实的故事。

> 我和同事对队列的选型有分歧，我们各写了一个小原型，最后用压测数据定了方案。

#### 为什么想换工作？

Why do you want to leave your current job?

总结：为什么选我们 = 公司的优点 + 自己的经历

### Question to Ask 类型

最后一般会留时间让你提问：

* What does the first month in this role look like?
* How does the team decide what to build next?
"""


def test_a_chinese_heading_over_an_english_question_is_its_variant_not_a_second_note(taxonomy) -> None:
    report = imported(ZH_COACH_MD, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you disagreed with a teammate.", "Why do you want to leave your current job?"]
    assert report.notes[0].variants == ("你怎么处理和同事的分歧？",)
    assert report.notes[1].variants == ("为什么想换工作？",)


def test_chinese_coaching_about_the_question_is_coaching_not_the_answer(taxonomy) -> None:
    note = imported(ZH_COACH_MD, taxonomy).notes[0]
    assert note.coach.signals == ("这个问题主要考察面试者能不能和别人合作，面试官希望听到一个真实的故事。",)
    assert note.body.answer.startswith("我和同事对队列的选型有分歧")


def test_a_summary_formula_and_the_questions_for_the_interviewer_are_no_interview_questions(taxonomy) -> None:
    report = imported(ZH_COACH_MD, taxonomy)
    assert not any("=" in note.body.question or "first month" in note.body.question for note in report.notes)
    assert "line 19: section 'Question to Ask 类型' (questions to ask the interviewer)" in skipped(report)


def test_a_heading_and_a_line_in_the_same_script_stay_two_questions(taxonomy) -> None:
    text = "## Why are you leaving?\n\nWhat would make you stay?\n\nA bigger scope would.\n"
    report = imported(text, taxonomy)
    assert [note.body.question for note in report.notes] == ["Why are you leaving?", "What would make you stay?"]


@pytest.mark.parametrize("line", ["为什么选我们 = 常用说法 + 自己的亮点", "怎么选 = 数据 + 直觉"])
def test_a_formula_does_not_ask(line: str) -> None:
    assert not asks_in_cjk(line)
