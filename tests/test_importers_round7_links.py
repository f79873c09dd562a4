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


# 3. A list item that is only a link to the writer's own note; embeds and links under a question

VAULT_MD = """# Behavioural prep

1. [Walk me through your resume](./stories/01-resume.md)
2. [Why are you looking to move](./stories/02%20why%20move.md)
3. How do you handle a noisy pager?

### 5. Why should we pick you?
![[why-pick-me#Short version]]

6. What salary do you expect?
![[salary-notes#Range]]
[more](salary-notes.md)

7. What did you learn from the billing outage?
We now page a human before retrying. See [[billing-outage|the write-up]] for the timeline.

8. 你能接受出差吗？[[travel-notes|详细]]

9. Who was your best mentor? [[mentors]]
My first lead, who made me write design notes before code.
"""


def test_link_items_read_as_questions_and_references_as_tips(taxonomy):
    report = imported(VAULT_MD, taxonomy)
    assert _questions(report) == ["Walk me through your resume", "Why are you looking to move",
                                  "How do you handle a noisy pager?", "Why should we pick you?",
                                  "What salary do you expect?", "What did you learn from the billing outage?",
                                  "你能接受出差吗？", "Who was your best mentor?"]
    resume = _note(report, "Walk me through your resume")
    assert resume.draft and resume.coach.tips == ("See: Walk me through your resume (./stories/01-resume.md)",)
    move = _note(report, "Why are you looking to move")
    assert move.coach.tips == ("See: Why are you looking to move (./stories/02 why move.md)",)
    pick = _note(report, "Why should we pick you?")
    assert pick.draft and pick.coach.tips == ("See: why-pick-me#Short version",)
    assert not pick.body.answer
    salary = _note(report, "What salary do you expect?")
    assert salary.draft and salary.coach.tips == ("See: salary-notes#Range", "See: more (salary-notes.md)")
    outage = _note(report, "What did you learn from the billing outage?")
    assert not outage.draft and "[[billing-outage|the write-up]]" in outage.body.answer  # a link inside text stays
    travel = _note(report, "你能接受出差吗？")
    assert travel.draft and travel.coach.tips == ("See: travel-notes",)
    mentor = _note(report, "Who was your best mentor?")
    assert mentor.coach.tips == ("See: mentors",)
    assert mentor.body.answer.strip() == "My first lead, who made me write design notes before code."
    assert not any("[" in q or "](" in q for q in _questions(report))


def test_a_web_link_under_a_question_is_still_reported(taxonomy):
    text = "## How do you run a retro?\n\nhttps://example.com/retros\n\nI keep it to three questions.\n"
    report = imported(text, taxonomy)
    note = report.notes[0]
    assert note.body.answer.strip() == "I keep it to three questions."
    assert not note.coach.tips
    assert "line 3: a link (a reference, not the answer)" in skipped(report)


# 4. A closing sub-section under a question is its answer; a "> Tip" quote is a tip

CLOSING_MD = """# Interview notes

## Tell me about yourself

### Opening

Name, team, one line on the product.

### Conclusion

> Finish on why this role.

- I build the payments platform at a mid-size retailer.
- I led the move to event sourcing last year.

## Why do you want this job?

> Tip
> Tie it to something you have shipped.

I want to work on tooling that other engineers depend on.

## Why now?

> **Tip:** Keep it positive.

My project wrapped up and I am ready for a bigger scope.

## Conclusion

Thanks for reading, good luck out there.
"""


def test_a_conclusion_under_a_question_is_its_answer(taxonomy):
    report = imported(CLOSING_MD, taxonomy)
    assert _questions(report) == ["Tell me about yourself", "Why do you want this job?", "Why now?"]
    about = _note(report, "Tell me about yourself")
    assert "I led the move to event sourcing last year." in about.body.answer
    assert "**Conclusion**" in about.body.answer
    assert not about.draft
    assert "line 29: section 'Conclusion' (not interview content)" in skipped(report)
    assert len(skipped(report)) == 1


def test_a_quoted_tip_under_a_question_is_a_tip(taxonomy):
    report = imported(CLOSING_MD, taxonomy)
    job = _note(report, "Why do you want this job?")
    assert job.coach.tips == ("Tie it to something you have shipped.",)
    assert not job.coach.signals
    assert job.body.answer.strip() == "I want to work on tooling that other engineers depend on."
    now = _note(report, "Why now?")
    assert now.coach.tips == ("Keep it positive.",)
    assert now.body.answer.strip() == "My project wrapped up and I am ready for a bigger scope."
    assert kinds(report) == {Kind.QA.value: 3}
    assert not any("draft" in m for m in messages(report))
