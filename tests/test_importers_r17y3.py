"""Round 17 (y3): a take-home write-up filling the document (the writer tells what they were asked to put
together, then gives the plan in sections) is one scenario, never notes made of the writer's own questions or of
the plan's section headings.
Headings that name prompts without asking (``### Greatest Weakness``) under a heading of questions are questions,
each answered by its own outline.
Paragraphs of advice under a question, on a page that lists advice under another, are its tips, and a reply quoted
under a lead-in of advice is part of that advice, never a question."""

from __future__ import annotations

import pytest
from importing import imported, kinds, skipped

from leaderdeck.importers.base import DocumentError

PLAN = """---
title: Ninety days leading the payments team
---

In the last round of the loop we were asked to put together what we would do in our first three months as the new manager of a payments team.

This plan leans on one earlier move between teams, so take it with a pinch of salt.

## Things I keep an eye on

* **Review queues.** Who waits days for a review? Which repos have no second reviewer?
* **Pager noise.** Does anyone get woken more than once a week? Which alerts nobody acts on?

## Month 1: Learn the ground

**Sit with every engineer.** I ask what slows them down and write it in a shared doc.

## Month 2: Small fixes

**Trim the alert list.** I delete the alerts nobody acted on in the last quarter.

## Conclusion

I expect to change half of this once I meet the team.
"""


def _plan(taxonomy):
    report = imported(PLAN, taxonomy)
    assert kinds(report) == {"scenario": 1}
    return report, report.notes[0]


def test_a_write_up_of_what_the_writer_was_asked_for_is_one_scenario(taxonomy):
    report, note = _plan(taxonomy)
    assert note.body.title == "Ninety days leading the payments team"
    assert note.body.question.startswith("In the last round of the loop we were asked to put together")
    assert note.body.situation.startswith("This plan leans on one earlier move between teams")
    assert not skipped(report)


def test_the_write_ups_sections_are_its_discussion_points(taxonomy):
    _, note = _plan(taxonomy)
    headings = [point.heading for point in note.body.discussion]
    assert headings == ["Things I keep an eye on", "Month 1: Learn the ground", "Month 2: Small fixes"]
    watch = note.body.discussion[0].questions
    assert len(watch) == 2 and watch[0].startswith("**Review queues.** Who waits days for a review?")
    assert note.body.discussion[1].questions[0].startswith("**Sit with every engineer.**")


def test_a_closing_section_of_the_write_up_is_its_tips(taxonomy):
    _, note = _plan(taxonomy)
    assert note.coach.tips == ("I expect to change half of this once I meet the team.",)


ONLY_ASK = """# My first quarter as a platform lead

I was asked to write down how I would spend my first quarter leading the platform group.

## Weeks 1 to 4

**Meet the on-call rota.** I shadow each shift once.

## Weeks 5 to 12

**Pick one migration.** I finish the one the team argues about most.
"""


def test_a_write_up_under_its_own_title_with_only_the_ask_takes_the_ask_as_situation(taxonomy):
    report = imported(ONLY_ASK, taxonomy)
    assert kinds(report) == {"scenario": 1}
    note = report.notes[0]
    assert note.body.title == "My first quarter as a platform lead"
    assert note.body.situation.startswith("I was asked to write down how I would spend my first quarter")
    assert [point.heading for point in note.body.discussion] == ["Weeks 1 to 4", "Weeks 5 to 12"]


ASKED_BANK = """# Platform lead loop

I was asked to prepare answers to these for my final round.

## How do you pick which migration to finish first?

I finish the one the team argues about most, because the argument costs more than the work.

## What do you do in your first week?

I shadow each on-call shift once.
"""


def test_answered_questions_under_such_an_intro_stay_questions(taxonomy):
    report = imported(ASKED_BANK, taxonomy)
    assert kinds(report) == {"qa": 2}


OUTLINE = """# Common Interview Questions

### Biggest Weakness
  - I take on too many reviews
    - now I batch them twice a day

### Hardest Outage
  - Stale prices in checkout
    - moved to another cache client
  - Problem:
    - a cache served stale prices
  - Action:
    - traced the key format
  - Result:
    - fixed the key and added a test

### Rollouts
  - 1) Flaky test suite
    - Problem: the build failed one run in five
    - Action:
      - quarantined the worst tests
    - Result:
      - green builds went from 80% to 99%
  - 2) Slow deploys
    - cut the image size

### Disagreements
  - tabs against spaces
    - walk through the advantages

### Why do you want this role?
  - the team owns its on-call
"""


def _outline(taxonomy):
    report = imported(OUTLINE, taxonomy)
    return report, {note.body.question: note for note in report.notes}


def test_headings_naming_prompts_under_a_heading_of_questions_are_questions(taxonomy):
    report, notes = _outline(taxonomy)
    assert list(notes) == ["Biggest Weakness", "Hardest Outage", "Rollouts", "Disagreements",
                           "Why do you want this role?"]
    assert notes["Biggest Weakness"].body.answer == "- I take on too many reviews\n    - now I batch them twice a day"
    assert not any("line 4" in line or "line 3" in line for line in skipped(report))


def test_a_nested_item_that_requests_stays_in_the_outline_answer(taxonomy):
    _, notes = _outline(taxonomy)
    assert notes["Disagreements"].body.answer == "- tabs against spaces\n    - walk through the advantages"


def test_story_parts_stay_under_their_own_heading(taxonomy):
    _, notes = _outline(taxonomy)
    bug = notes["Hardest Outage"]
    assert bug.kind.value == "star"
    assert bug.body.situation == ("- Stale prices in checkout\n    - moved to another cache client\n\n"
                                  "- a cache served stale prices")  # the outline above the parts opens the story
    assert bug.competencies == ()
    assert bug.body.action == "- traced the key format"
    assert bug.body.result == "- fixed the key and added a test"


def test_numbered_points_with_story_labels_under_them_are_one_outline_answer(taxonomy):
    _, notes = _outline(taxonomy)
    rollouts = notes["Rollouts"]
    assert rollouts.kind.value == "qa"
    answer = rollouts.body.answer
    assert "- Action:\n" in answer and "quarantined the worst tests" in answer
    assert "- Result:\n" in answer and "cut the image size" in answer
    assert "\n- \n" not in answer and "2. Slow deploys" in answer


PREP = """# Prep notes

### Biggest Weakness
  - I take on too many reviews

### Hardest Outage
  - Stale prices in checkout

### Disagreements
  - tabs against spaces
"""


def test_headings_that_ask_nothing_under_a_title_of_their_own_stay_sections(taxonomy):
    with pytest.raises(DocumentError):
        imported(PREP, taxonomy)


ADVICE = """# Interview tips

### What is your greatest weakness?

* Pick a weakness you are already fixing.
* Don't offer a strength in disguise.

### What are your strengths?

Pick strengths that the team in the posting needs.

### Tell me about yourself

Most panels have read your resume by then. If asked anyway, reply with a question such as:

"Which part of my background should I start with?"

If they pick one, answer that. Otherwise keep it to your last two roles.

### What does good on-call look like?

You page rarely and your runbooks are current.
"""


def _advice(taxonomy):
    report = imported(ADVICE, taxonomy)
    return report, {note.body.question: note for note in report.notes}


def test_a_lone_paragraph_of_advice_under_a_question_is_its_tip(taxonomy):
    _, notes = _advice(taxonomy)
    note = notes["What are your strengths?"]
    assert note.body.answer == "" and note.draft
    assert note.coach.tips == ("Pick strengths that the team in the posting needs.",)


def test_a_reply_quoted_under_advice_is_not_a_question_and_stays_with_the_advice(taxonomy):
    report, notes = _advice(taxonomy)
    assert "Which part of my background should I start with?" not in notes
    note = notes["Tell me about yourself"]
    assert note.draft and note.body.answer == ""
    assert '"Which part of my background should I start with?"' in note.coach.tips
    assert "If they pick one, answer that. Otherwise keep it to your last two roles." in note.coach.tips
    assert not skipped(report)


def test_words_to_you_with_no_imperative_stay_the_answer(taxonomy):
    _, notes = _advice(taxonomy)
    assert notes["What does good on-call look like?"].body.answer == "You page rarely and your runbooks are current."


def test_on_a_page_listing_no_advice_a_paragraph_worded_as_advice_stays_the_answer(taxonomy):
    text = ADVICE.split("### What are your strengths?")[1]
    report = imported("# Answers\n\n### What are your strengths?" + text, taxonomy)
    notes = {note.body.question: note for note in report.notes}
    assert notes["What are your strengths?"].body.answer == "Pick strengths that the team in the posting needs."
