"""Round 8 leftovers (fixtures in our own words): story names given as answers, story parts kept in their
part, CAR stories complete in their own method, and the small forms of a question line.
"""

from __future__ import annotations

import pytest

from importing import imported, messages


# 1. An answer with X/Y/Z blanks in the teller's own sentences is kept, the note a draft; a whole blank is none

def test_letter_blanks_in_an_item_answer_keep_the_text_and_name_the_blanks(taxonomy) -> None:
    report = imported("- Why do you want this role?\n"
                      "  I have used your tool X for years. Your talk on Y changed how we deploy. I want to build Z.\n",
                      taxonomy)
    (note,) = report.notes
    assert note.body.answer.startswith("I have used your tool X for years.")
    assert note.draft
    assert "line 1: 'Why do you want this role?' is a draft: its answer has blanks to fill in (X, Y, Z)" \
        in messages(report)


@pytest.mark.parametrize("blank", ["[Describe the outage you led]", "TBD", "I did X for Y."])
def test_a_whole_placeholder_is_still_no_answer(taxonomy, blank: str) -> None:
    report = imported(f"### Tell me about an outage you led.\n\n{blank}\n", taxonomy)
    (note,) = report.notes
    assert note.body.answer == ""
    assert note.draft


# 4. The small forms of a question line

NAMED_MD = """* Practice set:
  * Q: **Pager Load** - describe a time the on-call rota wore people out. What did you change?
  * Q: **Splitting Work** - How would you split a project across your team? If you have led one, describe what you did.
  * Q: **Quiet Standups** - Imagine your team stops talking in standups. What do you do? Why that first?
"""


def test_a_named_question_line_splits_its_name_off_however_the_question_opens(taxonomy) -> None:
    report = imported(NAMED_MD, taxonomy)
    pager = report.notes[0]
    assert pager.body.question == ("Describe a time the on-call rota wore people out. What did you change?")
    assert pager.id == "qa-pager-load"  # the name, not the question, names the note


def test_an_instruction_after_the_question_is_part_of_it_not_a_variant(taxonomy) -> None:
    report = imported(NAMED_MD, taxonomy)
    split = report.notes[1]
    assert split.body.question == ("How would you split a project across your team? If you have led one, "
                                   "describe what you did.")
    assert split.variants == ()


def test_a_lower_case_competency_after_a_question_mark_is_its_competency(taxonomy) -> None:
    report = imported("# Trust:\n- Have you ever stepped in to unblock a peer? (ownership)\n"
                      "- Tell me about a review you gave. (optional)\n"
                      "- What is your biggest regret? (if any)\n", taxonomy)
    unblock, review, regret = report.notes
    assert unblock.body.question == "Have you ever stepped in to unblock a peer?"
    assert unblock.competencies == ("ownership",)
    assert review.body.question == "Tell me about a review you gave. (optional)" and not review.competencies
    assert regret.body.question == "What is your biggest regret? (if any)" and not regret.competencies


def test_a_second_question_after_a_question_is_still_a_variant() -> None:
    from leaderdeck.importers.questions import split_questions

    assert split_questions("How do you plan? How do you know it worked?") == ["How do you plan?",
                                                                             "How do you know it worked?"]
    assert split_questions("How do you plan? Walk me through it.") == ["How do you plan? Walk me through it."]
    assert split_questions("Which tools do you use? Why Node.js over Go?") == ["Which tools do you use?",
                                                                              "Why Node.js over Go?"]
