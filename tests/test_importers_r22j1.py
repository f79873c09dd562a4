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
