"""Round 22 (j1): a bank's group words over stories begun under bare headings (``Resilience`` then ``## Story1``
and its ``Situation:`` line) name those stories' competency, even a group word that is also a part's label
("Growth", "Results"); an ``Impact:`` line written on right under a story's ``Situation:`` is its Result.
"""

from __future__ import annotations

from importing import imported

BEGUN = """# my stories

Resilience
## Story1
Situation: The billing export failed every night for a week
## Story2
Situation: Our staging cluster was rebuilt by hand before each release

Growth
## Story1
Situation: I assumed the session cache was shared across regions
## Story2
Situation: I paired with a new hire on the deploy scripts for a month
Impact: She shipped the rollback tool on her own by the end of the quarter

Results
## Story1
Situation: A race in the scheduler paged the on-call twice a week
"""


def test_a_group_word_names_the_competency_of_the_stories_begun_under_it(taxonomy) -> None:
    report = imported(BEGUN, taxonomy)
    assert [(n.body.question, n.draft, n.competencies) for n in report.notes] == [
        ("Story1", True, ("Resilience",)), ("Story2", True, ("Resilience",)),
        ("Story1", True, ("Growth",)), ("Story2", True, ("Growth",)), ("Story1", True, ("Results",))]


def test_an_impact_line_under_a_situation_is_the_result(taxonomy) -> None:
    report = imported(BEGUN, taxonomy)
    paired = report.notes[3]
    assert paired.body.situation == "I paired with a new hire on the deploy scripts for a month"
    assert paired.body.result == "She shipped the rollback tool on her own by the end of the quarter"


def test_questions_written_after_a_group_s_last_story_get_no_competency(taxonomy) -> None:
    text = BEGUN + "\n\n- Tell me about a time you changed a team's habit?\n    - the review channel\n"
    report = imported(text, taxonomy)
    assert [n.competencies for n in report.notes][-2:] == [("Results",), ()]
    assert report.notes[-1].kind.value == "qa"


def test_an_impact_line_in_a_paragraph_without_a_part_stays_in_it(taxonomy) -> None:
    report = imported("## Why did the outage last so long?\n\nThe pager went to an old rota.\n"
                      "Impact: three hours of failed checkouts\n", taxonomy)
    assert "Impact: three hours" in report.notes[0].body.answer


PROMPT_LIST = """面试准备

问题：
描述一次你带领团队上线新服务的经历。
需求评审时怎么拒绝产品经理，如何给出替代方案；上线延期怎么办，列出当时的沟通步骤
A time you rebuilt a flaky pipeline
"""


def test_a_prompt_line_with_a_second_question_after_a_semicolon_is_one_prompt(taxonomy) -> None:
    report = imported(PROMPT_LIST, taxonomy, name="prep.txt")
    asked = [n for n in report.notes if "产品经理" in n.body.question]
    assert len(asked) == 1
    assert asked[0].body.question == "需求评审时怎么拒绝产品经理，如何给出替代方案；上线延期怎么办，列出当时的沟通步骤"
    assert not asked[0].coach.tips


def test_a_closing_remark_without_a_question_word_is_still_a_remark() -> None:
    from leaderdeck.importers.cjkasks import closing_remark
    assert closing_remark("遇到上线延期的时候，你应该怎么做。诸如此类的还有不少。")[1] == "诸如此类的还有不少。"
    assert closing_remark("组员不配合怎么办；跟老板意见不同怎么办，列出两种情况")[1] == ""
