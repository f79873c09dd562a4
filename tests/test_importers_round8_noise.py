"""Round 8 (fixtures in our own words): text that only looks like a question (a label heading of an answer, a
first-person condition, doubt marked with "???", a sentence naming a question); level words inside a project's
name; a competency heading over questions; questions pasted as an indented block; questions to ask the
interviewer in plain text."""

from __future__ import annotations

import pytest

from importing import imported, kinds, messages, skipped
from leaderdeck.importers.base import DocumentError


# E6. Text that is not a question

LABEL_SUBHEADINGS_MD = """# What is the piece of work you are proudest of?

My proudest piece of work was **rebuilding the billing export for the payments team**.

### Why it was important:

The old export dropped about one invoice in a hundred and finance patched the gaps by hand.

### My Part:

* I put a queue between the ledger and the exporter.
* I added a nightly job that compared the totals.

### How it ended:

Missing invoices went to zero and finance got two days a month back.

# How do you pick what to cut when a date slips?

I list what each item buys the customer and cut from the bottom.
"""


def test_a_colon_sub_heading_under_an_answered_question_labels_its_answer(taxonomy) -> None:
    report = imported(LABEL_SUBHEADINGS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["What is the piece of work you are proudest of?",
                                                       "How do you pick what to cut when a date slips?"]
    answer = report.notes[0].body.answer
    assert "**Why it was important:**\n\nThe old export dropped about one invoice" in answer
    assert "**How it ended:**\n\nMissing invoices went to zero" in answer
    assert not report.skipped


UNANSWERED_SUBQUESTIONS_MD = """# Leadership

## Tell me about a time you led without authority.

### Why did it matter to you:

I wanted the release to go out on time.
"""


def test_a_colon_sub_heading_under_a_question_with_no_text_of_its_own_still_asks(taxonomy) -> None:
    report = imported(UNANSWERED_SUBQUESTIONS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you led without authority.",
                                                       "Why did it matter to you:"]


CONDITION_ANSWER_MD = """# How do you keep a team going through a hard quarter?

When the team is stretched (e.g., a freeze, a reorg, or a long incident), I lean on **honesty and a narrow plan**.

Whenever a deadline moves, e.g. after a vendor slips, we replan together the same day.

### My Approach:

1. **Say what is true**: I explain where we stand and what comes next.
2. **Guard the calendar**: I decline meetings that do not move the plan.
"""


def test_a_first_person_answer_opening_with_a_condition_stays_the_answer(taxonomy) -> None:
    report = imported(CONDITION_ANSWER_MD, taxonomy)
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "How do you keep a team going through a hard quarter?"
    assert not note.draft
    assert note.body.answer.startswith("When the team is stretched (e.g., a freeze, a reorg, or a long incident), "
                                       "I lean on **honesty and a narrow plan**.\n\nWhenever a deadline moves, "
                                       "e.g. after a vendor slips, we replan together the same day.")


def test_a_condition_that_asks_is_still_a_question(taxonomy) -> None:
    report = imported("- When you disagree with your manager, how do you raise it?\n"
                      "- If a release slips (e.g., a failed migration), what do you tell the customer?\n",
                      taxonomy)
    assert [n.body.question for n in report.notes] == [
        "When you disagree with your manager, how do you raise it?",
        "If a release slips (e.g., a failed migration), what do you tell the customer?"]


WORKSHEET_TXT = """Route planner rewrite:
Team: Ines, Marek
Hardest part: the offline cache
Biggest bug: tiles drawn twice after a resume???
Liked most: the map tests

Payroll export:
Team:
Hardest part:
Biggest bug:

==========
SIDE PROJECTS
RECIPE SCALER ????
"""


def test_question_marks_after_a_statement_mark_doubt_not_a_question(taxonomy) -> None:
    with pytest.raises(DocumentError) as caught:
        imported(WORKSHEET_TXT, taxonomy, name="worksheet.txt")
    message = caught.value.problems[0].message
    assert message.startswith("nothing recognisable as a note (no question, story or scenario found in: "
                              "text under 'Route planner rewrite' at line 1, ")


def test_a_question_written_with_several_marks_still_asks(taxonomy) -> None:
    report = imported("Why did the rewrite take a year???\nWe rebuilt the sync layer twice.\n\n"
                      "Biggest bug: tiles drawn twice???\n", taxonomy, name="notes.txt")
    assert [n.body.question for n in report.notes] == ["Why did the rewrite take a year???"]
    assert report.notes[0].body.answer == "We rebuilt the sync layer twice.\n\nBiggest bug: tiles drawn twice???"


NAMED_QUESTION_MD = """# Answering with detail

## Be specific

Imagine two replies to the classic interview question "Tell me about yourself."

    I have written software for a few years and I want something new.

The second reply names the tool the candidate built and the users it served.

## Borrow a voice

Try one more familiar question: "What is your greatest strength?"

Quote what a teammate said about you rather than praising yourself.

## Questions

- Tell me about a project you are proud of.
"""


def test_a_sentence_that_names_a_quoted_question_is_not_one(taxonomy) -> None:
    report = imported(NAMED_QUESTION_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a project you are proud of."]
    assert skipped(report) == ["line 5: text under 'Be specific' (not part of a question)",
                               "line 13: text under 'Borrow a voice' (not part of a question)"]


def test_a_label_or_an_asking_lead_before_a_quoted_question_still_asks(taxonomy) -> None:
    report = imported('Sample question: "Why do you want this role?"\n\n'
                      'The panel will ask the question "How do you handle conflict?"\n', taxonomy)
    assert [n.body.question for n in report.notes] == ["Why do you want this role?",
                                                       'The panel will ask the question "How do you handle '
                                                       'conflict?"']


# E13. Level words inside a project's name; category headings as topics

GENERIC_BANK_MD = """# Interview questions

- Tell me about a time you changed your mind after a code review.
- How do you decide what to test first?
"""


@pytest.mark.parametrize("name", ["someone__virtual-cto__behavioral-questions.md", "awesome-vp.md",
                                  "acme__tools__ai-director-bot.md"])
def test_a_level_word_inside_a_project_name_names_no_level(taxonomy, name: str) -> None:
    report = imported(GENERIC_BANK_MD, taxonomy, name=name)
    assert {n.level.value for n in report.notes} == {"senior"}
    assert "line 3: no level stated for 2 notes; set to senior (pass --level)" in messages(report)


@pytest.mark.parametrize(("name", "level"), [
    ("vp-interview-questions.md", "executive"),
    ("someone__prep__cto_questions.md", "executive"),
    ("acme-em-prep.md", "manager"),
    ("notes__Part3_Role_Specific_Engineering_Manager_Q1-5.md", "manager"),
    ("12_SeniorStaff_QA.md", "staff"),
    ("for-directors.md", "director"),
])
def test_a_file_name_about_the_role_still_names_the_level(taxonomy, name: str, level: str) -> None:
    report = imported(GENERIC_BANK_MD, taxonomy, name=name)
    assert {n.level.value for n in report.notes} == {level}
    stem = name.rsplit(".", 1)[0]
    assert f"line 3: level {level} for 2 notes, from the file name '{stem}'" in messages(report)


CATEGORY_BANK_MD = """Questions I am preparing, by category.

# Conflict Resolution:
- Tell me about a time a teammate would not accept your design.
  We met twice, wrote down both options and let the benchmark decide.

# Trust and Relationships:
- Tell me about a time you needed help from somebody.

# Deadlines:
- Tell me about a time you had to design a database migration.
"""


def test_a_category_heading_outweighs_a_weak_guess_from_the_answer(taxonomy) -> None:
    report = imported(CATEGORY_BANK_MD, taxonomy)
    assert [(n.body.question, n.topic.name) for n in report.notes] == [
        ("Tell me about a time a teammate would not accept your design.", "Conflict & Influence"),
        ("Tell me about a time you needed help from somebody.", "Culture"),
        ("Tell me about a time you had to design a database migration.", "Architecture Decisions"),
    ]
    assert not [m for m in messages(report) if "topic guessed" in m]


# E12. A heading worded like a story's part over questions of its own

PART_WORDED_GROUPS_MD = """# Interviewer question bank

## Ownership

**Tell me about a time you fixed something nobody asked you to fix.**

**Describe a project you carried to the finish alone.**

## Results & Delivery

**Tell me about a time you shipped under a hard deadline.**

**Describe the most important result your team delivered last year.**

## Learning & Growth

### What did you learn from a launch that failed?

### How do you pick what to learn next?
"""


def test_a_heading_worded_like_a_story_part_over_questions_is_their_group(taxonomy) -> None:
    report = imported(PART_WORDED_GROUPS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you fixed something nobody asked you to fix.",
        "Describe a project you carried to the finish alone.",
        "Tell me about a time you shipped under a hard deadline.",
        "Describe the most important result your team delivered last year.",
        "What did you learn from a launch that failed?",
        "How do you pick what to learn next?"]
    assert not report.skipped


STORY_WITH_OWN_QUESTIONS_MD = """# The flaky deploys

## Situation

Our deploys failed one time in five and nobody owned the pipeline.

## Action

I traced the failures to a shared cache and split it per service.

## Result

Failures dropped to one in a hundred. Why did I wait a quarter to do it? Was the cache ever needed?
"""


def test_a_story_part_holding_the_tellers_own_questions_stays_a_part(taxonomy) -> None:
    report = imported(STORY_WITH_OWN_QUESTIONS_MD, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.result.startswith("Failures dropped to one in a hundred.")


# E15. Questions pasted as an indented block

INDENTED_QUESTIONS_MD = """# Telling stories well

## Keep it concrete

Name the tool, the team and the number.

    I rebuilt the importer and cut the nightly run from five hours to forty minutes.

## Practice

Work through the prompts below, first plainly, then with one concrete detail each.

    Tell me about the last design review you led.
    What is a habit you dropped this year? Why?
    Describe a bug that took you more than a week.
"""


def test_an_indented_block_of_questions_is_a_list_of_questions(taxonomy) -> None:
    report = imported(INDENTED_QUESTIONS_MD, taxonomy)
    assert [(n.body.question, n.draft) for n in report.notes] == [
        ("Tell me about the last design review you led.", True),
        ("What is a habit you dropped this year? Why?", True),
        ("Describe a bug that took you more than a week.", True)]
    assert [m for m in messages(report) if "is a draft" in m] == [
        "line 13: 'Tell me about the last design review you led.' is a draft: no answer",
        "line 14: 'What is a habit you dropped this year? Why?' is a draft: no answer",
        "line 15: 'Describe a bug that took you more than a week.' is a draft: no answer"]
    assert skipped(report) == ["line 5: text under 'Keep it concrete' (not part of a question)",
                               "line 11: text under 'Practice' (not part of a question)"]


def test_an_indented_block_with_a_line_that_does_not_ask_stays_code(taxonomy) -> None:
    text = ("## Practice\n\n- Tell me about a launch you led.\n\nThe review I wrote after it:\n\n"
            "    What went wrong?\n    We lost the queue for an hour.\n")
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a launch you led."]
    assert "```\nWhat went wrong?\nWe lost the queue for an hour.\n```" in report.notes[0].body.answer


# E7. Questions to ask the interviewer in plain text; the "Q " mark of a plain-text question

ASK_INTERVIEWER_TXT = """Behavioural prep
- Tell me about a time you untangled a messy release?
Ans: The payments cutover where two teams shipped the same fix.

- Creative way to overcome a blocker?
Built a fake queue so the mobile team could test offline.

Ask the interviewer

Q What does a good first quarter look like here?
Q How do teams pick their on-call rotation?
"""


def test_questions_under_an_ask_the_interviewer_line_are_skipped_once(taxonomy) -> None:
    report = imported(ASK_INTERVIEWER_TXT, taxonomy, name="prep.txt")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you untangled a messy release?",
                                                       "Creative way to overcome a blocker?"]
    assert report.notes[1].body.answer == "Built a fake queue so the mobile team could test offline."
    assert [s for s in skipped(report) if "interviewer" in s] == [
        "line 8: 'Ask the interviewer' (questions to ask the interviewer)"]


def test_a_to_ask_heading_in_markdown_is_skipped(taxonomy) -> None:
    report = imported("# Prep\n\n- Why do you want to join a smaller team?\n\n## To ask\n\n"
                      "- How is the roadmap set?\n- Who reviews designs?\n", taxonomy)
    assert [n.body.question for n in report.notes] == ["Why do you want to join a smaller team?"]
    assert [s for s in skipped(report) if "interviewer" in s] == [
        "line 5: section 'To ask' (questions to ask the interviewer)"]


Q_MARKED_TXT = """Q What is the hardest call you made last year?
I moved the launch by a month to fix billing.

Q Describe a time you coached a new lead.
I paired with her on the first three incident reviews.

Q4 planning went well.
"""


def test_the_q_mark_of_a_plain_text_question_is_dropped(taxonomy) -> None:
    report = imported(Q_MARKED_TXT, taxonomy, name="bank.txt")
    assert [(n.body.question, n.body.answer) for n in report.notes] == [
        ("What is the hardest call you made last year?", "I moved the launch by a month to fix billing."),
        ("Describe a time you coached a new lead.",
         "I paired with her on the first three incident reviews.\n\nQ4 planning went well.")]
