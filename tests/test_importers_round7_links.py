"""Round 7 links (fixtures in our own words): notes kept in a notes app, full-width question marks, rules, and a
question's closing sub-section.

Full-width question marks end questions like "?"; a numbered line with no space before a CJK character is numbered;
a question after a "---" rule starts a note of its own; a list item that is only a link to the writer's own note is
a question in the link's words; embeds and links to the writer's notes under a question are a reference kept as a
tip, not the answer; a "### Conclusion" under a question is the end of its answer; a "> Tip" quote is a tip.
"""

from __future__ import annotations

from leaderdeck.model import Kind
from importing import imported, kinds, messages, skipped


def _questions(report) -> list[str]:
    return [n.body.question for n in report.notes]


def _note(report, question: str):
    return next(n for n in report.notes if n.body.question == question)


# 1. Full-width question marks, and numbered lines with no space before a CJK character

WIDE_MD = """# 面试准备

- Why did you pick the storage team?

  I wanted to own the thing that pages everyone.

- 你为什么离开上一家公司？

  团队解散了，我想换一个方向。

- 你最大的缺点是什么﹖

5.你如何处理冲突？
我会先听双方的说法。
"""


def test_full_width_marks_end_questions_in_markdown(taxonomy):
    report = imported(WIDE_MD, taxonomy)
    assert _questions(report) == ["Why did you pick the storage team?", "你为什么离开上一家公司？",
                                  "你最大的缺点是什么﹖", "你如何处理冲突？"]
    left = _note(report, "你为什么离开上一家公司？")
    assert left.body.answer.strip() == "团队解散了，我想换一个方向。"
    assert _note(report, "你如何处理冲突？").body.answer.strip() == "我会先听双方的说法。"
    assert _note(report, "你最大的缺点是什么﹖").draft
    assert "团队解散了" not in _note(report, "Why did you pick the storage team?").body.answer


WIDE_TXT = """Interview questions

1.你为什么想加入我们？
因为我喜欢你们的产品。

2、你的优点是什么？
我做事很细心。

3. What would your last lead say about you?
That I close loops.
"""


def test_full_width_marks_and_cjk_numbering_in_plain_text(taxonomy):
    report = imported(WIDE_TXT, taxonomy, name="bank.txt")
    assert _questions(report) == ["你为什么想加入我们？", "你的优点是什么？",
                                  "What would your last lead say about you?"]
    answers = [n.body.answer.strip() for n in report.notes]
    assert answers == ["因为我喜欢你们的产品。", "我做事很细心。", "That I close loops."]
    assert not any(n.draft for n in report.notes)


# 2. A question after a "---" rule is a note of its own, not more of the answer above the rule

RULE_MD = """## Warm-up

- Why this team?

I like the on-call rotation here: it is fair.

---

What would you want to learn in your first year?

最能代表你的一个词是什么？

How do you recharge after a hard week?
"""


def test_questions_after_a_rule_start_new_notes(taxonomy):
    report = imported(RULE_MD, taxonomy)
    assert _questions(report) == ["Why this team?", "What would you want to learn in your first year?",
                                  "最能代表你的一个词是什么？", "How do you recharge after a hard week?"]
    assert _note(report, "Why this team?").body.answer.strip() == "I like the on-call rotation here: it is fair."
    assert [n.draft for n in report.notes] == [False, True, True, True]
