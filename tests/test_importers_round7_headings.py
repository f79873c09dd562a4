"""Round 7 (fixtures in our own words): questions the candidate will ask, self-check lists and conditional
statements are not questions to answer; a group heading that is a label word, or a short prompt heading, over a
question or a first-person answer of its own; text and advice around a question are not its answer."""

from __future__ import annotations

from leaderdeck.model import Kind
from importing import imported, kinds, messages, skipped


# D3a. Questions the candidate asks, in other wordings

ASK_THE_LEAD_MD = """# Team lead loop

## Behavioral questions

- Tell me about a time you changed a release plan late.
- How do you coach a new reviewer?

## 🗣 Questions You Could Ask the Team Lead

### Delivery
- How often does the team ship?
- Who decides what is cut?

### People
- How are new people paired?
"""


def test_a_heading_of_questions_you_can_ask_someone_is_skipped_with_its_groups(taxonomy) -> None:
    report = imported(ASK_THE_LEAD_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you changed a release plan late.",
                                                       "How do you coach a new reviewer?"]
    assert [s for s in skipped(report) if "questions to ask the interviewer" in s] == [
        "line 8: section 'Questions You Could Ask the Team Lead' (questions to ask the interviewer)"]


QUOTED_OWN_QUESTIONS_TXT = """Where do you see yourself in three years?
 - I want to lead a small platform group and still review code every week.

#### Think about what you want next: be ready to talk about your interests.

1. "I saw that you run your own message broker. How do you keep it upgraded?"

Growth Q - I'd like to go deeper into capacity planning. What room is there at this company to learn it?"

Why did you leave your last team?
 - The product was frozen and I wanted to build again.
"""


def test_quoted_questions_the_writer_will_ask_are_skipped_once(taxonomy) -> None:
    report = imported(QUOTED_OWN_QUESTIONS_TXT, taxonomy, name="prep.txt")
    assert [n.body.question for n in report.notes] == ["Where do you see yourself in three years?",
                                                       "Why did you leave your last team?"]
    assert [s for s in skipped(report) if "questions to ask the interviewer" in s] == [
        "line 6: 'questions to ask them' (questions to ask the interviewer)"]


def test_a_quoted_interviewer_prompt_about_what_you_did_stays_a_question(taxonomy) -> None:
    text = """## Round two

- "I read that you moved the team to trunk builds. How did you win over the sceptics?"
- "Tell me about the rollback you ran last spring."
"""
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "I read that you moved the team to trunk builds. How did you win over the sceptics?",
        "Tell me about the rollback you ran last spring."]


# D3b. A condition then what the teller does is an answer, not a question

WHEN_STATEMENT_TXT = """What do you do when a teammate stops doing their share?
 - When a teammate goes quiet, I always ask them for a coffee first.
   I listen to what blocks them and change the plan with them.

If you were given a failing team, what would you do first?
 - I would meet every engineer alone in the first week.
"""


def test_a_first_person_statement_opening_with_when_is_the_answer(taxonomy) -> None:
    report = imported(WHEN_STATEMENT_TXT, taxonomy, name="bank.txt")
    notes = report.notes
    assert [n.body.question for n in notes] == ["What do you do when a teammate stops doing their share?",
                                                "If you were given a failing team, what would you do first?"]
    assert notes[0].body.answer.startswith("- When a teammate goes quiet, I always ask them for a coffee first.")
    assert "I listen to what blocks them" in notes[0].body.answer
    assert not any(n.draft for n in notes)


# D3c. A self-check list under a line that is not about review, opening a section about refinement

REFINE_CHECKLIST_MD = """# My stories

## Questions to prepare

- Tell me about a time you took over a failing project.
- How do you handle a peer who misses reviews?

## Story Polish Checklist

Before calling a story "done":

- [ ] Can I tell it in three minutes?
- [ ] Do I say what I did, not the team?
- [ ] Is the result a number?
- [ ] Have I said it out loud twice?
"""


def test_a_self_check_list_under_its_own_lead_in_opening_a_checklist_section_is_skipped(taxonomy) -> None:
    report = imported(REFINE_CHECKLIST_MD, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you took over a failing project.",
                                                       "How do you handle a peer who misses reviews?"]
    assert "line 10: 'Story Polish Checklist' (not interview content)" in skipped(report)


# D2a. A label word heading the writer's own question and answer is their group

LABEL_GROUPS_MD = """# My interview notes

Tell me about yourself.
 - I build payment services and lead a team of four.

##### Challenges

What was the hardest outage you handled
 - Our queue filled up overnight and I was the only one on call.
   I drained it by hand and later added an alert on its depth.

##### Mistakes/Failures

Have you ever broken production? What did you do?
 - I once dropped a staging table by mistake. I told my lead at once and restored it from the nightly dump.

##### Red flags

- Blaming the people who were on call.
"""


def test_a_label_heading_over_a_question_with_my_answer_does_not_swallow_it(taxonomy) -> None:
    report = imported(LABEL_GROUPS_MD, taxonomy)
    notes = report.notes
    assert [n.body.question for n in notes] == ["Tell me about yourself.", "What was the hardest outage you handled",
                                                "Have you ever broken production? What did you do?"]
    assert notes[1].body.answer.startswith("- Our queue filled up overnight and I was the only one on call.")
    assert "restored it from the nightly dump" in notes[2].body.answer
    assert not any(n.draft for n in notes)
    assert not any("Challenges" in s or "Mistakes" in s for s in skipped(report))
    # a label heading over text with no question of its own keeps its role
    assert [n.coach.tips for n in notes] == [("Red flag: Blaming the people who were on call.",)] * 3


def test_a_label_heading_over_a_question_nobody_answered_keeps_its_role(taxonomy) -> None:
    text = """# Scenario: the slow migration

## Situation

We are moving billing to a new store and the cut-over keeps slipping.

## Challenges

- Which tables move first?
- Who signs off on the freeze?
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"scenario": 1}
    assert report.notes[0].body.challenges == ("Which tables move first?", "Who signs off on the freeze?")


# D2b. A short prompt heading without a question mark over my own answer

PROMPT_HEADINGS_MD = """# Behavioral notes

## 1. Tell me about a time you disagreed with your lead.

I disagreed about the rollout order and we ran a one-week trial.

## Weaknesses

- Sometimes I go too deep into a bug before asking for help, so I now set myself a two-hour limit.

## What I'd Change Next Time

- I would write the migration plan down before the first meeting.
- I would ask the data team to review it earlier.

## Hardest bug - the socket storm

Thousands of idle sockets kept every page busy /
Removed the polling loop and moved the updates to one shared worker.

## Interview format

- The loop has four rounds.
- Each round lasts forty-five minutes.

## Before you go in

- Sleep well and eat something.
- Bring your own questions.

## Biggest incidents of the platform

- The payments team rebuilt the queue after the outage.
- Support moved to a follow-the-sun rota.
"""


def test_a_prompt_heading_over_my_own_text_is_a_question_and_its_answer(taxonomy) -> None:
    report = imported(PROMPT_HEADINGS_MD, taxonomy)
    notes = report.notes
    assert [(n.kind, n.body.question) for n in notes] == [
        (Kind.QA, "Tell me about a time you disagreed with your lead."), (Kind.QA, "Weaknesses"),
        (Kind.QA, "What I'd Change Next Time"), (Kind.QA, "Hardest bug - the socket storm")]
    assert notes[1].body.answer == ("- Sometimes I go too deep into a bug before asking for help, so I now set myself a"
                                    " two-hour limit.")
    assert notes[2].body.answer == ("- I would write the migration plan down before the first meeting.\n"
                                    "- I would ask the data team to review it earlier.")
    assert notes[3].body.answer.startswith("Thousands of idle sockets kept every page busy")
    assert not any(n.draft for n in notes)
    # third-person facts and advice to the reader stay text, reported under their headings
    assert "line 23: text under 'Interview format' (not part of a question)" in skipped(report)
    assert "line 28: text under 'Before you go in' (not part of a question)" in skipped(report)
    assert "line 33: text under 'Biggest incidents of the platform' (not part of a question)" in skipped(report)


PROMPT_BEFORE_QUESTION_MD = """# Behavioral prep

##### Conflicts

  - On the billing rewrite the client's architect wanted to keep the old batch design.
    I owned the dashboard and met him before every sprint with two working examples, and he agreed to most of them.

What do you do when a teammate stops doing their share?
 - I ask them what is in the way and change the plan with them.

##### Leadership
-
-
"""


def test_my_answer_under_a_prompt_heading_before_a_question_of_its_own_is_the_headings(taxonomy) -> None:
    report = imported(PROMPT_BEFORE_QUESTION_MD, taxonomy)
    notes = report.notes
    assert [n.body.question for n in notes] == ["Conflicts", "What do you do when a teammate stops doing their share?"]
    assert notes[0].body.answer.startswith("- On the billing rewrite the client's architect wanted")
    assert notes[1].body.answer == "- I ask them what is in the way and change the plan with them."
    assert not any("Conflicts" in s for s in skipped(report))


# D11. Text above a question, and advice pasted after an answer left empty, are no answer

ABOVE_LAST_QUESTION_MD = """## Tell me about yourself.

- How did you pick your first job?
  - I followed the team that built the tools I used every day.

Things to keep in mind:

Arrive early and bring water.

What was your best day at work?
"""


def test_text_above_the_last_question_under_a_question_heading_is_not_its_answer(taxonomy) -> None:
    report = imported(ABOVE_LAST_QUESTION_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    assert list(notes) == ["Tell me about yourself.", "How did you pick your first job?",
                           "What was your best day at work?"]
    best = notes["What was your best day at work?"]
    assert best.draft and best.body.answer == ""
    assert notes["How did you pick your first job?"].body.answer == \
        "- I followed the team that built the tools I used every day."
    assert "line 6: text between questions (not part of a question)" in skipped(report)


EMPTY_THEN_ADVICE_MD = """# Team bank

5. Give an example of a goal you reached.
 - I wanted to own the release train, and I ran it for a year.

7. Give an example of how you worked on a team.
 - 


Designing from scratch: Think about a system you use every day and how you would build it.

Improving a design: Look back at what you built and ask what you would change.

- How do you deal with conflict?
    I talk to each person alone first.
"""


def test_advice_pasted_after_an_empty_answer_leaves_the_question_a_draft(taxonomy) -> None:
    report = imported(EMPTY_THEN_ADVICE_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    assert list(notes) == ["Give an example of a goal you reached.", "Give an example of how you worked on a team.",
                           "How do you deal with conflict?"]
    team = notes["Give an example of how you worked on a team."]
    assert team.draft and "Designing from scratch" not in team.body.answer
    assert not notes["Give an example of a goal you reached."].draft
    assert notes["How do you deal with conflict?"].body.answer == "I talk to each person alone first."
    assert any(s.startswith("line 10: text") and s.endswith("(not part of a question)") for s in skipped(report))
    assert "line 6: 'Give an example of how you worked on a team.' is a draft: a placeholder, not an answer" \
        in messages(report)


def test_my_answer_after_an_empty_item_is_still_the_answer(taxonomy) -> None:
    text = """1. Tell me about a time you missed a deadline.
 -

I promised the export for Friday and shipped it on Tuesday, so I now pad my estimates.
"""
    report = imported(text, taxonomy, name="bank.md")
    assert len(report.notes) == 1
    assert "I promised the export for Friday" in report.notes[0].body.answer


def test_plain_text_advice_after_a_dash_left_as_the_answer_is_skipped(taxonomy) -> None:
    report = imported(EMPTY_THEN_ADVICE_MD, taxonomy, name="bank.txt")
    notes = {n.body.question: n for n in report.notes}
    team = notes["Give an example of how you worked on a team."]
    assert team.draft and team.body.answer == ""
    assert "line 10: text (not part of a question)" in skipped(report)


def test_an_introduction_about_the_notes_under_a_short_heading_stays_text(taxonomy) -> None:
    text = """# Staff loop prep

## Introduction

I keep these notes for my staff loop and add to them after each mock.

## Tell me about a time you changed a team's mind.

I showed the on-call numbers for a month and the team agreed to pause features.
"""
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you changed a team's mind."]
    assert "line 5: text under 'Introduction' (not part of a question)" in skipped(report)


def test_empty_bullets_left_after_an_answer_are_not_kept(taxonomy) -> None:
    text = """##### Failures

Have you ever lost data? What did you do?
 - I dropped a staging table once and restored it from the nightly dump within the hour.

-
-
##### Enjoyed
-
-
"""
    report = imported(text, taxonomy)
    assert [(n.body.question, n.body.answer) for n in report.notes] == [
        ("Have you ever lost data? What did you do?",
         "- I dropped a staging table once and restored it from the nightly dump within the hour.")]


def test_words_about_what_follows_in_my_story_do_not_make_it_an_introduction(taxonomy) -> None:
    report = imported(PROMPT_BEFORE_QUESTION_MD.replace("before every sprint", "before the following sprint"),
                      taxonomy)
    assert [n.body.question for n in report.notes] == ["Conflicts",
                                                       "What do you do when a teammate stops doing their share?"]
