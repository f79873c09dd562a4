"""Round 12 (a), fixtures in our own words: an interviewer's bank whose questions are followed by commentary about
the one asked in the third person, label lines of what to assess in a section of questions, and a numbered
competency heading over stories."""

from __future__ import annotations

from importing import imported, messages, skipped

from leaderdeck.model import Kind


# 1. An interviewer's bank: the text under each question speaks of the one asked in the third person

INTERVIEWER_BANK_MD = """# Platform Lead Interview Questions

We interview platform leads on delivery, people and judgement.

## Delivery

### How do you keep a roadmap honest?
Keeping a roadmap honest is one of their hardest jobs.

They should say which dates are promises and which are guesses.

### How do you decide what to cut?
A platform lead is able to drop work that no team asked for.

### In your last team, which migrations did you push through?
The platform lead can talk here about the moves they drove. It will show you how far their influence reached.

## People

### How do you react when a report hides a failed rollout?
We want to see which steps a lead would take before the next release.

### How do you grow the people on your team?
This question lets you see whether the candidate coaches or only assigns work.

### What would you change about how you run reviews?
They need to be honest about the reviews that went badly.

### When do you skip a postmortem?
This is a bit of a trick question. Small slips teach as much as outages do.
"""


def test_third_person_commentary_under_a_banks_questions_is_signals(taxonomy) -> None:
    report = imported(INTERVIEWER_BANK_MD, taxonomy)
    assert len(report.notes) == 7
    assert all(n.kind is Kind.QA and n.draft and n.body.answer == "" for n in report.notes)
    notes = {n.body.question: n for n in report.notes}
    assert notes["How do you keep a roadmap honest?"].coach.signals == (
        "Keeping a roadmap honest is one of their hardest jobs.",
        "They should say which dates are promises and which are guesses.")
    assert notes["How do you decide what to cut?"].coach.signals == (
        "A platform lead is able to drop work that no team asked for.",)
    assert notes["How do you react when a report hides a failed rollout?"].coach.signals == (
        "We want to see which steps a lead would take before the next release.",)
    assert notes["In your last team, which migrations did you push through?"].coach.signals == (
        "The platform lead can talk here about the moves they drove. It will show you how far their influence "
        "reached.",)
    assert notes["When do you skip a postmortem?"].coach.signals == (
        "This is a bit of a trick question. Small slips teach as much as outages do.",)
    assert sum("is a draft: no answer, only what interviewers look for" in m for m in messages(report)) == 7


CANDIDATE_BANK_MD = """# My platform lead prep

### How do you keep a roadmap honest?
I mark each date as a promise or a guess, and I review the guesses every two weeks.

### How do you decide what to cut?
We cut what no team asked for; I ask each team lead to name one thing they would drop.

### How do you handle on-call load?
The on-call engineers rotate weekly and they hand over in writing.

### How do you grow the people on your team?
I pair each engineer with someone a level above them for a quarter.
"""


def test_a_candidates_own_answers_stay_answers_with_one_in_the_third_person(taxonomy) -> None:
    report = imported(CANDIDATE_BANK_MD, taxonomy)
    assert [n.draft for n in report.notes] == [False] * 4
    notes = {n.body.question: n for n in report.notes}
    assert notes["How do you handle on-call load?"].body.answer.startswith("The on-call engineers rotate weekly")
    assert notes["How do you handle on-call load?"].coach.signals == ()


MODEL_ANSWERS_MD = """# Platform lead answers

### How do you keep a roadmap honest?
You should explain how you mark dates as promises or guesses, and when they are reviewed.

### How do you decide what to cut?
Name the work no team asked for, then say how their leads agreed to drop it.

### How do you grow the people on your team?
You can say how you pair them with someone a level above for a quarter.
"""

ROLE_ANSWERS_MD = """# Platform lead notes

### Which work should a platform lead refuse?
A good platform lead says no to work that no team asked for. They keep the roadmap honest.

### What does a platform lead own?
The platform lead owns the paved road and their on-call rota.

### Why do platform teams fail?
They build what nobody asked for, and the platform lead cannot say no.
"""


def test_model_answers_to_you_and_answers_about_a_role_stay_answers(taxonomy) -> None:
    for text in (MODEL_ANSWERS_MD, ROLE_ANSWERS_MD):
        report = imported(text, taxonomy)
        assert len(report.notes) == 3
        assert all(not n.draft and n.body.answer and n.coach.signals == () for n in report.notes)


LINKED_MD = """# Head of data interview questions

### How do you pick a warehouse?
This question lets you see whether the candidate weighs cost.

### How do you staff a data team?
They need a plan for the first three hires.

### How do you run an incident review?
The data lead can walk through a recent one; it shows you how they share the blame.

### How do you handle a broken pipeline?
Ask about the last one. [Read the postmortem guide](https://example.com/they-broke-it).

### When do you not backfill data?
Backfills cost money and time [when tables are big](https://example.com/how-they-cost), so weigh it.
"""


def test_words_of_a_links_address_say_nothing_of_the_one_asked(taxonomy) -> None:
    report = imported(LINKED_MD, taxonomy)
    notes = {n.body.question: n for n in report.notes}
    assert [n.draft for n in report.notes] == [True, True, True, False, False]
    assert notes["When do you not backfill data?"].body.answer.startswith("Backfills cost money and time")
