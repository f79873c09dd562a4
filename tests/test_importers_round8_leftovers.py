"""Round 8 leftovers (fixtures in our own words): story names given as answers, story parts kept in their
part, CAR stories complete in their own method, and the small forms of a question line.
"""

from __future__ import annotations

import pytest

from leaderdeck.model import QaBody, StarBody
from importing import imported, kinds, messages, skipped


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


# 2. A one-line name under a question asking for an instance is the story to tell: a draft story of that name

POINTERS_MD = """# Helping others:
- Tell me about a time you stepped in to help a struggling teammate.
  Flaky contract tests in the billing service
- Give an example of a project you had to restart halfway.
  Search Indexer Rewrite
- Tell me about a time you missed a deadline.
  Yes, twice.
- Describe a time you changed your mind after a code review.
  Shipped the queue change anyway
- What languages do you use most?
  Python and Go
- Tell me about a time you disagreed with your lead.
  We argued about caching
"""


def test_a_title_line_under_an_instance_question_is_a_draft_story_of_that_name(taxonomy) -> None:
    report = imported(POINTERS_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    helped = notes["Tell me about a time you stepped in to help a struggling teammate."]
    assert isinstance(helped.body, StarBody) and helped.draft
    assert helped.body.title == "Flaky contract tests in the billing service"
    assert not any(getattr(helped.body, part) for part in ("situation", "task", "action", "result"))
    restarted = notes["Give an example of a project you had to restart halfway."]
    assert isinstance(restarted.body, StarBody) and restarted.body.title == "Search Indexer Rewrite"


def test_sentences_terse_notes_and_answers_to_other_questions_stay_answers(taxonomy) -> None:
    report = imported(POINTERS_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    answers = {q: n.body.answer for q, n in notes.items() if isinstance(n.body, QaBody)}
    assert answers["Tell me about a time you missed a deadline."] == "Yes, twice."  # a sentence
    assert answers["Describe a time you changed your mind after a code review."] == "Shipped the queue change anyway"
    assert answers["What languages do you use most?"] == "Python and Go"  # asks for no instance
    assert answers["Tell me about a time you disagreed with your lead."] == "We argued about caching"  # told as we
    assert kinds(report) == {"star": 2, "qa": 4}


def test_a_pointer_helper_reads_structure_only() -> None:
    from leaderdeck.importers.pointers import story_pointer

    asked = "Tell me about a time you led a migration."
    assert story_pointer(asked, "Licensing rollout")
    assert story_pointer(asked, "2023 payments cutover")
    assert not story_pointer(asked, "Licensing")  # one word: a short answer
    assert not story_pointer(asked, "licensing rollout")  # no capital: a note, not a name
    assert not story_pointer(asked, "Licensing rollout, then billing")
    assert not story_pointer(asked, "Licensing rollout\nBilling cutover")
    assert not story_pointer(asked, "No time like that")
    assert not story_pointer("How do you keep up with new tools?", "Reading release notes weekly")


# 3a. Bullets between a CAR story's labels are part of the part above them

CAR_MD = """# Tell me about a hard call you had to make.

**The Context:**
Three days before a launch I found that our export job could write duplicate invoices under load.

**The Conflict:**
The fix needed a schema change that the launch plan had no room for.

* **Fast option**: launch and clean up duplicates by hand.
* **Safe option**: move the launch and fix the schema first.

**The Decision:**
I asked to move the launch by a week.

**Action:**
I wrote the migration, paired on the review and ran it on a copy of production first.

**The Result:**
We launched a week late and sent no duplicate invoice.
"""


def test_bullets_between_car_labels_stay_in_the_part_above_them(taxonomy) -> None:
    report = imported(CAR_MD, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, StarBody)
    situation = note.body.situation
    assert situation.startswith("Three days before a launch")
    assert "- **Fast option**: launch and clean up duplicates by hand." in situation
    assert "- **Safe option**: move the launch and fix the schema first." in situation
    assert situation.index("**The Conflict:**") < situation.index("**Fast option**") \
        < situation.index("**The Decision:**")
    assert not [s for s in skipped(report) if "outside the STAR parts" in s]


LEAD_MD = """# Tell me about a hard call you had to make.

I had to choose between a launch date and clean data.

* **Fast option**: launch and clean up by hand.
* **Safe option**: move the launch.

**Situation:**
Three days before a launch I found a bug that wrote duplicate invoices.

**Task:**
I owned the export job.

**Action:**
I asked to move the launch by a week and fixed the schema.

**Result:**
We launched a week late with no duplicates.
"""


def test_bullets_under_a_told_lead_in_open_the_situation_with_it(taxonomy) -> None:
    report = imported(LEAD_MD, taxonomy)
    (note,) = report.notes
    assert note.body.situation.startswith("I had to choose between a launch date and clean data.")
    assert "- **Safe option**: move the launch." in note.body.situation
    assert note.body.situation.endswith("Three days before a launch I found a bug that wrote duplicate invoices.")
    assert not note.draft


# 3b. A numbered story pointer above a numbered story told in parts is another story, reported

FENCE_MD = """# Conflict:
- Tell me about a time a teammate pushed back on your design. What did you do?
  ```
  1. Cache rework. The teammate wanted expiry times, I wanted explicit invalidation.
  2.  Situation: Our nightly reports kept timing out.
      Task: I was asked to make them finish before six.
      Action: I split the job into shards and added retries.
      Response: The reports finished by four every night after that.
  ```
"""


def test_a_numbered_pointer_above_a_story_is_reported_not_its_situation(taxonomy) -> None:
    report = imported(FENCE_MD, taxonomy)
    (note,) = report.notes
    assert note.body.situation == "Our nightly reports kept timing out."
    assert note.body.result == "The reports finished by four every night after that."
    assert not note.draft
    assert any(s.startswith("line 4: 'Cache rework.") and "another story listed for this question" in s
               for s in skipped(report))


# 3c. A story told from its Context (CAR) among stories with a Task stays a draft, the report saying it is told
# without a separate Task (CAR) rather than that it lacks one by mistake; alone, no draft, as before

CAR_AND_STAR_MD = CAR_MD + """
# Tell me about a time you improved on-call.

**Situation:** Our pager woke someone every night.

**Task:** I was asked to halve the pages in a quarter.

**Action:** I deleted alerts nobody acted on and tuned the rest.

**Result:** Pages dropped by seventy percent.
"""


def test_a_car_story_among_stories_with_a_task_says_it_is_told_as_car(taxonomy) -> None:
    report = imported(CAR_AND_STAR_MD, taxonomy)
    car, star = report.notes
    assert car.draft and not car.body.task
    assert not star.draft
    said = messages(report)
    assert "line 1: 'Tell me about a hard call you had to make.' is a draft: told without a separate Task (CAR)" \
        in said
    assert not [m for m in said if "no Task" in m]


def test_a_car_story_alone_is_no_draft(taxonomy) -> None:
    report = imported(CAR_MD, taxonomy)
    (note,) = report.notes
    assert not note.draft
    assert "line 1: stories told without a Task (SAR/CAR): 1; add a Task or leave it" in messages(report)


def test_a_situation_story_without_a_task_is_still_no_task(taxonomy) -> None:
    text = CAR_AND_STAR_MD + ("\n# Tell me about a slow release.\n\n**Situation:** Releases took a day.\n\n"
                              "**Action:** I scripted the release steps.\n\n**Result:** Releases took an hour.\n")
    report = imported(text, taxonomy)
    slow = report.notes[-1]
    assert slow.draft
    assert "'Tell me about a slow release.' is a draft: no Task" in " ".join(messages(report))


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
