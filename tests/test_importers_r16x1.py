"""Round 16 (x1): a question with no Latin words gets an id that says something (an English variant, the
English opening line of its answer, else its topic's slug and a short code of its text, stable across imports);
a lone STAR part's qualifier that says what kind of part it is (``Task (self-imposed):``) is kept as its bold lead.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

import re

from importing import imported
from leaderdeck.importers.noteids import id_base
from leaderdeck.importers.base import Parsed
from leaderdeck.model import Kind, QaBody

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

CHINESE = """# 面试问题

## 你如何处理团队里的分歧

我先听双方的理由，再一起定一个标准。

## 为什么想离开现在的公司

Growth in platform work. 我想做更大的系统。

## 你最骄傲的项目是什么

我重写了发布流水线，部署时间从一小时降到十分钟。

## Tell me about a time you missed a deadline.

I told the team early and we cut scope.
"""


def _ids(report) -> list[str]:
    return [note.id for note in report.notes]


def test_question_with_no_latin_words_takes_its_answers_english_line(taxonomy):
    ids = _ids(imported(CHINESE, taxonomy))
    assert ids[1] == "qa-growth-platform-work"
    assert all(ID.match(i) for i in ids)


def test_question_and_answer_with_no_latin_words_get_topic_and_stable_code(taxonomy):
    first, second = _ids(imported(CHINESE, taxonomy)), _ids(imported(CHINESE, taxonomy))
    assert first == second
    for note_id in (first[0], first[2]):
        assert re.fullmatch(r"qa(-[a-z0-9]+)+-[0-9a-f]{4}", note_id), note_id
        assert note_id not in ("qa", "qa-2", "qa-3")
    assert first[0] != first[2]


def test_latin_question_keeps_its_id(taxonomy):
    assert _ids(imported(CHINESE, taxonomy))[3] == "qa-time-missed-deadline"


def test_code_follows_the_question_text_not_its_place(taxonomy):
    section = "## 你如何处理团队里的分歧\n\n我先听双方的理由，再一起定一个标准。\n\n"
    moved = CHINESE.replace(section, "")
    moved += "\n## 你如何处理团队里的分歧\n\n我先听双方的理由，再一起定一个标准。\n"
    before = _ids(imported(CHINESE, taxonomy))[0]
    assert before in _ids(imported(moved, taxonomy))


def test_english_variant_names_the_note():
    item = Parsed(Kind.QA, QaBody("你如何带新人", "先给他们一个小任务。"), 3,
                  variants=("How do you onboard new engineers?",))
    assert id_base(item, "mentoring-growth") == "qa-onboard-new-engineers"


def test_no_words_anywhere_gives_topic_and_code():
    item = Parsed(Kind.QA, QaBody("你如何带新人", ""), 3)
    assert re.fullmatch(r"qa-mentoring-growth-[0-9a-f]{4}", id_base(item, "mentoring-growth"))


GROUPED = """# 行为面试题

## 价值观

### Ownership (主人翁精神)

**常见问题**：
- "请描述一次您主动接手无人负责的系统的经历"
- "谈谈您如何对一次线上事故负责到底"

### 技术深度

- "分享一次您深入排查性能问题的经历"
"""


def test_group_heading_latin_words_name_the_notes_under_it(taxonomy):
    ids = _ids(imported(GROUPED, taxonomy))
    assert ids[:2] == ["qa-ownership", "qa-ownership-2"]
    assert re.fullmatch(r"qa(-[a-z0-9]+)+-[0-9a-f]{4}", ids[2]), ids[2]


def test_page_title_never_names_the_notes(taxonomy):
    text = "# Interview Notes\n\n## Interview Notes\n\n### 你如何安排优先级\n\n先看影响，再看紧急程度。\n"
    note_id = _ids(imported(text, taxonomy))[0]
    assert "interview-notes" not in note_id
    assert re.fullmatch(r"qa(-[a-z0-9]+)+-[0-9a-f]{4}", note_id), note_id


def test_heading_naming_the_pages_kind_never_names_the_notes(taxonomy):
    text = "# 我的笔记\n\n## Behavioral Interview Questions\n\n### 你如何安排优先级\n\n先看影响，再看紧急程度。\n"
    note_id = _ids(imported(text, taxonomy))[0]
    assert "behavioral" not in note_id
    assert re.fullmatch(r"qa(-[a-z0-9]+)+-[0-9a-f]{4}", note_id), note_id


STORY = """# Stories

## Tell me about a time you went beyond your brief.

**Situation (brief):** Our nightly export kept timing out and the report team worked around it by hand.

**Task (self-imposed):** Find out why the export stalled instead of raising its timeout again.

**Action (60-90 seconds):** I traced the export and found one query scanning the whole audit table.

**Result (The Outcome):** The export finishes in four minutes and the manual workaround is gone.
"""


def test_lone_part_keeps_a_qualifier_that_says_what_kind_it_is(taxonomy):
    body = imported(STORY, taxonomy).notes[0].body
    assert body.task == "**Self-imposed:**\nFind out why the export stalled instead of raising its timeout again."


def test_lone_part_drops_timings_and_glosses(taxonomy):
    body = imported(STORY, taxonomy).notes[0].body
    assert body.action.startswith("I traced the export")
    assert body.result.startswith("The export finishes")
    assert body.situation.startswith("Our nightly export")


GUIDE_EN = """# Guide

### Pushing back on a deadline

Tell me about a time you pushed back on a deadline.

This question tests whether you can say no without losing trust. Bring a real story.

Our team was asked to ship a billing rewrite in three weeks. I laid out what could be safe by then, we agreed to
ship the invoice part first, and the rest followed a month later with no incident.

You can also use a story about a vendor. When you answer, keep in mind:

- Name the risk, not the person.
- Offer a smaller first step.

Sometimes the interviewer asks about a time you gave in; tell that one honestly too.
"""

GUIDE_ZH = """# 面试指南

### 跟经理意见不合

Tell me about a time you disagreed with your manager.

这个问题主要考察你能不能在分歧中保持合作，面试官希望听到一个真实的故事。

上个季度我的经理想直接上线新的缓存层，我担心数据不一致。我们各写了一个小原型，压测之后选了我的方案，经理后来也帮我推动了上线。

当然你也可以讲和客户的分歧。回答的时候要注意：

- 对事不对人；
- 讲真实的经历，不要假设。

面试官有时会反过来问你失败的例子，那就把故事反过来讲。
"""


def test_coaching_after_the_sample_answer_is_tips(taxonomy):
    note = imported(GUIDE_EN, taxonomy).notes[0]
    assert note.body.answer.startswith("Our team was asked")
    assert note.body.answer.endswith("with no incident.")
    assert note.coach.tips == ("You can also use a story about a vendor. When you answer, keep in mind:",
                               "Name the risk, not the person.", "Offer a smaller first step.",
                               "Sometimes the interviewer asks about a time you gave in; tell that one honestly too.")


def test_chinese_coaching_after_the_sample_answer_is_tips(taxonomy):
    note = imported(GUIDE_ZH, taxonomy).notes[0]
    assert note.body.answer.startswith("上个季度我的经理")
    assert "对事不对人" not in note.body.answer
    assert len(note.coach.tips) == 4
    assert note.coach.tips[1] == "对事不对人；"
    assert note.coach.tips[3].startswith("面试官有时会反过来问你")


def test_answer_not_opened_by_coaching_keeps_its_closing_lines(taxonomy):
    lead = "This question tests whether you can say no without losing trust. Bring a real story.\n\n"
    text = GUIDE_EN.replace(lead, "")
    note = imported(text, taxonomy).notes[0]
    assert "keep in mind" in note.body.answer
    assert note.coach.tips == ()


def test_a_borrowed_id_never_takes_the_id_of_a_note_named_by_its_own_words(taxonomy):
    # the Chinese question comes first and borrows "ownership" from its heading; the English question
    # further down is about ownership in its own words and keeps the plain id
    text = GROUPED + "\n## Ownership\n\n- Ownership?\n\n  I took over the billing jobs nobody owned.\n"
    ids = _ids(imported(text, taxonomy))
    assert "qa-ownership" in ids
    own = [note for note in imported(text, taxonomy).notes if note.body.question == "Ownership?"]
    assert [note.id for note in own] == ["qa-ownership"], ids
