"""Round 18 (a1): a guide's coaching around the sample it gives. A coaching paragraph that leads after a colon
into a sample told as I (``…你可以这样说：我去年负责…``) gives its coaching to the signals and its sample to the
answer; a paragraph that judges the sample after it (``我觉得这个例子一般…``, ``That example is thin``) and all
after it are tips; a lone paragraph that coaches the reader under a question is its signal, the note a draft.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages

from leaderdeck.importers.judged import judged_apart, lone_coaching, sample_in_coaching

SAMPLE = ("我去年负责把支付服务迁到新的集群，起初没有写回滚方案，上线当晚出了故障，"
          "我们花了三个小时才恢复。之后我把回滚演练加进了每次发布的清单。")

CHINESE = f"""# 行为面试准备

## 失败

### 最大的失败

What was your biggest failure at work?

这种问题面试官是想看你能不能承认错误，回答时说清楚后果和你学到的东西，比如你可以这样说：{SAMPLE}

我觉得这个例子一般，以后想到更好的再补充。

### 带领团队

Tell me about a time you led a team through a hard release.

这类问题会考察领导力，如果你没有带过团队，可以把一个项目讲成你带着两个同事一起完成，重点放在你怎么分工。

### 冲突

Tell me about a conflict with a teammate.

我和一位同事对缓存方案有不同意见，我们各写了一个原型，测了半天，最后一起选了更快的那个，之后合作也更顺了。

上面这个例子很普通，但是结构清楚，你也可以换成自己的故事。

- 不要说别人坏话；
- 讲具体的事。
"""

ENGLISH = """# Behavioral prep

## Tell me about a time you missed a deadline.

I promised the billing export for the quarter close and slipped by a week because I had not asked finance
what format they needed. I now agree the format before writing any code.

That example is thin; swap in one where the cost was bigger if you have it.

## Describe how you lead a team through a reorg.

Interviewers want to see whether you keep people informed; you should pick a reorg where you owned the message.
"""


def test_the_sample_after_a_colon_in_coaching_is_the_answer(taxonomy) -> None:
    notes = imported(CHINESE, taxonomy).notes
    failure = next(n for n in notes if n.body.question.startswith("What was your biggest failure"))
    assert failure.body.answer.strip() == SAMPLE
    assert len(failure.coach.signals) == 1
    assert failure.coach.signals[0].endswith("比如你可以这样说：")
    assert failure.coach.tips == ("我觉得这个例子一般，以后想到更好的再补充。",)
    assert not failure.draft


def test_a_lone_coaching_paragraph_is_a_signal_and_the_note_a_draft(taxonomy) -> None:
    report = imported(CHINESE, taxonomy)
    lead = next(n for n in report.notes if n.body.question.startswith("Tell me about a time you led"))
    assert lead.draft and not lead.body.answer
    assert len(lead.coach.signals) == 1 and lead.coach.signals[0].startswith("这类问题会考察领导力")
    assert any("a time you led" in line and "only what interviewers look for" in line for line in messages(report))


def test_a_verdict_on_the_sample_and_what_follows_are_tips(taxonomy) -> None:
    notes = imported(CHINESE, taxonomy).notes
    conflict = next(n for n in notes if n.body.question.startswith("Tell me about a conflict"))
    assert conflict.body.answer.strip().startswith("我和一位同事") and "上面这个例子" not in conflict.body.answer
    assert conflict.coach.tips == ("上面这个例子很普通，但是结构清楚，你也可以换成自己的故事。", "不要说别人坏话；", "讲具体的事。",)


def test_english_verdict_and_lone_coaching(taxonomy) -> None:
    report = imported(ENGLISH, taxonomy)
    missed, reorg = report.notes
    assert missed.body.answer.strip().startswith("I promised the billing export")
    assert "That example is thin" not in missed.body.answer
    assert missed.coach.tips == ("That example is thin; swap in one where the cost was bigger if you have it.",)
    assert reorg.draft and not reorg.body.answer
    assert reorg.coach.signals[0].startswith("Interviewers want to see")


def test_an_answer_that_only_mentions_an_example_keeps_it() -> None:
    kept, tips = judged_apart(["I cut the build from 40 to 12 minutes.",
                               "For example, the lint step now runs only on changed files."])
    assert tips == [] and len(kept) == 2
    kept, tips = judged_apart(["That example taught me to ask first.", "We shipped on time."])
    assert tips == [] and len(kept) == 2  # the opening paragraph is never a verdict


def test_no_split_without_a_told_sample_after_the_colon() -> None:
    text = "面试官想看你怎么分析问题，可以按这个顺序讲：背景、难点、做法、结果，每一部分都要具体，不要泛泛而谈，尽量给出数字。"
    assert sample_in_coaching(text) == (text, "")
    # a colon inside brackets is an aside, never the lead into a sample
    aside = "面试官会考察你（比如：我们页面要几分钟才能打开，我后来把它降到了一秒以内，这样的例子就很好）的分析能力。"
    assert sample_in_coaching(aside) == (aside, "")


def test_a_lone_answer_told_as_i_is_no_coaching() -> None:
    assert not lone_coaching(["The interviewer asked me about it and I said we rebuilt the queue together."])
    assert not lone_coaching(["Interviewers want this.", "I led the reorg."])


def test_a_lone_list_of_steps_stays_the_answer(taxonomy) -> None:
    text = ("# Prep\n\n## How do you explain a migration to the sales team?\n\n"
            "**Why it matters:** Most manager roles ask for it.\n\n"
            "**Solution approach:**\n\n"
            "1. Assess your audience's background first\n2. Start from what changes for them\n"
            "3. Check they can repeat the plan back\n\n**Best practices:**\n\n- Keep slides short\n")
    note = imported(text, taxonomy).notes[0]
    assert not note.draft and "1. Assess your audience" in note.body.answer



def test_a_sample_after_a_colon_in_japanese_and_no_teller_in_a_korean_word() -> None:
    coaching = "面接官はあなたが失敗から学べるかを見ています。たとえばこう話せます："
    sample = "私は去年、決済サービスの移行を担当しましたが、切り戻しの手順を用意しておらず、三時間の障害を起こしました。"
    assert sample_in_coaching(coaching + sample) == (coaching, sample)
    # 제 inside 문제 ("problem") is no teller: nothing told after the colon
    korean = "당신이 어떻게 문제를 푸는지 봅니다: 문제의 원인, 해결 과정, 결과를 순서대로 정리해 두면 답하기가 훨씬 쉬워집니다."
    assert sample_in_coaching(korean) == (korean, "")
