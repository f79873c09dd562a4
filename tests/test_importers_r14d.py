"""Round 14 of real documents (d): questions lettered ``a.`` / ``B.`` / ``(c)`` lose their letters and are read;
a CJK question put to "you" that ends with ``。`` asks, and one hard-wrapped over lines is one line; a plain-text
file indented as a whole (a tab before every line) is read as if it stood at the margin."""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.cjkasks import asks_in_cjk
from leaderdeck.errors import LeaderdeckError


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


LETTERED = """{a} Which deploy of yours went worst, and what did you change after it?

I pushed a schema change on a Friday; the rollback took an hour, so now every migration ships behind a flag.

{b} How do you onboard an engineer who joins mid-project?

I pair with them on a small ticket in the first week and hand them one real review.
"""


@pytest.mark.parametrize("marks", [("a.", "b."), ("A.", "B."), ("a)", "b)"), ("(a)", "(b)")])
def test_lettered_questions_lose_their_letters(taxonomy, marks) -> None:
    report = _import(LETTERED.format(a=marks[0], b=marks[1]), taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Which deploy of yours went worst, and what did you change after it?",
        "How do you onboard an engineer who joins mid-project?"]
    assert report.notes[0].body.answer.startswith("I pushed a schema change on a Friday")
    assert report.notes[1].body.answer.startswith("I pair with them")
    assert [n.id for n in report.notes] == ["qa-deploy-yours-went-worst-change-after",
                                                   "qa-onboard-engineer-joins-mid-project"]


def test_letters_out_of_order_or_alone_are_left_as_they_are(taxonomy) -> None:
    text = ("Q. What made you leave your last team?\n\n"
            "A. Why would anyone stay when the roadmap changes monthly? I left for a steadier product.\n")
    report = _import(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["What made you leave your last team?"]
    assert report.notes[0].body.answer.startswith("Why would anyone stay")


def test_lettered_lines_that_do_not_ask_stay_text(taxonomy) -> None:
    text = ("## How did you cut the build time?\n\n"
            "a. Cached the dependency layer.\n\n"
            "b. Split the slow suite across four runners.\n")
    report = _import(text, taxonomy)
    assert len(report.notes) == 1
    assert "a. Cached the dependency layer." in report.notes[0].body.answer
    assert "b. Split the slow suite" in report.notes[0].body.answer


CJK_BANK = """先写英文答案，每题不超过一分钟。

a. 你有没有遇到过需求临时变更的情况，你怎么应对的。
Twice on the search team. I froze the sprint scope and moved the new request to the next planning.
The product manager agreed once she saw the trade-off written down.

b. 你的同事提交的代码总是缺少测试，他觉得没问题，你们组长也没有注
意到，你该怎么做。

I would pair with him on one change and show how a test caught a bug we both missed.
If nothing changed, I would bring a testing rule to the team meeting.

c. 你要在两个方案中选一个。它们各有利弊。时间很紧，你应该怎么
做。 类似的题还有很多。

I set a deadline for the decision and wrote down what would make me switch.
"""


def test_cjk_questions_closed_by_a_full_stop_and_wrapped_are_read(taxonomy) -> None:
    report = _import(CJK_BANK, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == ["你有没有遇到过需求临时变更的情况，你怎么应对的。",
                         "你的同事提交的代码总是缺少测试，他觉得没问题，你们组长也没有注意到，你该怎么做。",
                         "你要在两个方案中选一个。它们各有利弊。时间很紧，你应该怎么做。"]
    assert report.notes[2].coach.tips == ("类似的题还有很多。",)  # the writer's remark on the list, a note to self
    first = report.notes[0].body.answer
    assert first.startswith("Twice on the search team.") and "The product manager agreed" in first
    assert "    The product manager" not in first  # no line of the answer indented as code
    assert report.notes[1].body.answer.startswith("I would pair with him")
    assert "你该怎么做" not in report.notes[0].body.answer
    assert report.notes[2].body.answer.startswith("I set a deadline")
    assert not report.skipped[1:]  # the introduction only


def test_cjk_questions_in_plain_text_too(taxonomy) -> None:
    report = _import(CJK_BANK, taxonomy, "notes.txt")
    assert [n.body.question[:6] for n in report.notes] == ["你有没有遇到", "你的同事提交", "你要在两个方"]
    assert report.notes[1].body.answer.startswith("I would pair with him")


def test_an_unlettered_wrapped_cjk_question_is_one_line(taxonomy) -> None:
    text = ("你们组的值班太多，大家都很累，你作为组长怎么\n安排？\n\n"
            "I moved the noisy alerts to business hours and added a second person to the rotation.\n")
    report = _import(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["你们组的值班太多，大家都很累，你作为组长怎么安排？"]
    assert report.notes[0].body.answer.startswith("I moved the noisy alerts")


@pytest.mark.parametrize(("line", "asks"), [
    ("你怎么处理的。", True),
    ("团队里有人不配合，你该怎么做。", True),
    ("遇到线上事故怎么办。", True),
    ("你会留下来吗。", True),
    ("我不知道为什么。", False),  # told as I
    ("我学会了怎么沟通。", False),  # the question word inside a clause
    ("他们讨论了很久。你也在场。", False),  # nothing asked
    ("你怎么看", True),  # the question word right after "you"
])
def test_cjk_full_stop_questions(line: str, asks: bool) -> None:
    assert asks_in_cjk(line) is asks


def test_lettered_fragments_raise_nothing_but_our_errors(taxonomy) -> None:
    for text in ("a.\n\nb.", "a. 你\n怎么", "(a) ?\n(b) ?", "a.你怎么。\nb.你。"):
        try:
            _import(text, taxonomy)
        except LeaderdeckError:
            pass


KEYED = """## How did you recover a missed launch?

We lost a week to a vendor outage, so I cut the admin screens and shipped the checkout path on the original date.

Answer in the STAR style
STAR
Story: which project and why it mattered.
Target: what the project aimed at.
Action: what I did.
Result: what came of it.
"""


def test_a_star_key_under_the_line_naming_it_is_a_template(taxonomy) -> None:
    report = _import(KEYED, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind.value == "qa"
    assert note.body.answer.startswith("We lost a week to a vendor outage")
    assert "what I did" not in note.body.answer
    assert any("line 5: 'STAR' (a template" in s for s in map(str, report.skipped))


def test_labels_that_do_not_spell_the_acronym_are_no_key(taxonomy) -> None:
    told = KEYED.replace("Story: which project and why it mattered.\nTarget: what the project aimed at.\n", "")
    report = _import(told.replace("Action: what I did.", "Action: I moved the launch.")
                     .replace("Result: what came of it.", "Result: we shipped on the day."), taxonomy)
    assert not any("a template" in str(s) for s in report.skipped)


def test_star_parts_without_a_question_are_named_where_they_start(taxonomy) -> None:
    text = ("Notes from the coaching call.\n\nKeep each story under two minutes.\n\n"
            "Situation: our payments queue backed up overnight.\n"
            "Action: I drained it by hand and added an alert.\n"
            "Result: no backlog since.\n")
    with pytest.raises(LeaderdeckError) as raised:
        _import(text, taxonomy)
    assert "STAR parts at line 5" in raised.value.report()


TABBED = """\tabout me:
\t    - platform engineer for five years, storage then CI
\t    - I moved to CI because slow builds annoy me

\tstick with it (strength):
\t    - I keep going on the bugs others park
\t    - last month I chased a flaky test for three days and found a clock bug

\tquestions:
\t    - how many services does the team own?
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_plain_text_file_indented_as_a_whole_reads_like_one_at_the_margin(taxonomy, newline) -> None:
    indented = _import(TABBED.replace("\n", newline), taxonomy, "prep.txt")
    margin = _import(TABBED.replace("\t", ""), taxonomy, "prep.txt")
    assert [n.body.question for n in indented.notes] == [n.body.question for n in margin.notes]
    assert [n.body.answer for n in indented.notes] == [n.body.answer for n in margin.notes]
    assert "stick with it (strength)" in [n.body.question for n in indented.notes]
    assert not any("introduction" in str(s) for s in indented.skipped)


def test_items_keep_their_depth_under_a_shared_indent(taxonomy) -> None:
    text = "Why this company?\n    - the product I use daily\n        - its API is what I build on\n"
    margin = _import(text, taxonomy, "prep.txt")
    report = _import("".join(f"  {line}" for line in text.splitlines(keepends=True)), taxonomy, "prep.txt")
    assert [n.body.question for n in report.notes] == ["Why this company?"]
    assert report.notes[0].body.answer == margin.notes[0].body.answer
    assert "\n    - its API is what I build on" in report.notes[0].body.answer


def test_a_title_naming_questions_typed_over_them_in_markdown(taxonomy) -> None:
    text = ("## Which rollout are you proudest of?\n\nThe search index swap: I ran both indexes side by side for a week.\n\n"
            "Behavioral Questions\nWhat would you change about it\nWho pushed back on the plan?\n")
    report = _import(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Which rollout are you proudest of?",
                                                       "What would you change about it",
                                                       "Who pushed back on the plan?"]
    assert [n.draft for n in report.notes] == [False, True, True]


def test_follow_up_questions_typed_under_their_title_are_not_cut(taxonomy) -> None:
    text = ("## Which rollout are you proudest of?\n\nThe search index swap: I ran both indexes side by side.\n\n"
            "Follow-up Questions\nWhat would you change about it\nWho pushed back on the plan?\n")
    assert len(_import(text, taxonomy).notes) == 1


def test_a_paragraph_whose_lines_do_not_all_ask_stays_whole(taxonomy) -> None:
    text = ("## Which rollout are you proudest of?\n\n"
            "Interview questions\nWhat would you change about it\nI would start the shadow traffic sooner.\n")
    report = _import(text, taxonomy)
    assert len(report.notes) == 1
    assert "Interview questions\nWhat would you change about it" in report.notes[0].body.answer


GROUPS = """about me:
    - data engineer for three years, first billing, now the warehouse
    - I switched teams after I rebuilt the nightly export

own the pipeline (strength):
    - I really like owning a pipeline end to end
    - I find the odd failures others skip and write them down

slow reviews (weakness):
    - I tend to sit on big reviews too long
    - these days I block an hour each morning for them

the company:
    - builds tools for small farms
    - ships every week

over deliver:
    - last spring I was asked to check a sample of export logs
    - I wrote a script that checked all of them and found eleven bad rows
"""


def test_sibling_groups_in_the_first_person_are_answers_in_a_bank_of_told_groups(taxonomy) -> None:
    report = _import(GROUPS, taxonomy, "prep.txt")
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about yourself.", "own the pipeline (strength)", "slow reviews (weakness)", "over deliver"]
    assert report.notes[1].body.answer.startswith("- I really like owning a pipeline")
    assert any("text under 'the company'" in str(s) for s in report.skipped)  # no "I": facts, not an answer


def test_a_group_in_the_present_without_told_siblings_stays_text(taxonomy) -> None:
    alone = GROUPS.split("the company:")[0].replace("    - I switched teams after I rebuilt the nightly export\n", "")
    alone = alone.replace("about me:\n    - data engineer for three years, first billing, now the warehouse\n\n", "")
    with pytest.raises(LeaderdeckError):
        _import(alone, taxonomy, "prep.txt")
